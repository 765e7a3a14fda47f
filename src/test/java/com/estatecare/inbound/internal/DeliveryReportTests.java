package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.estatecare.inbound.MailBounced;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A bounce's failed recipients and the Message-ID it returns, read with bounded work (RFC 3464). */
class DeliveryReportTests {

    private static final MailIntakePolicy POLICY = MailIntakePolicy.defaults();

    @Test
    void aBounceNamesItsFailedRecipientsAndTheMailThatBounced() throws Exception {
        IncomingMail mail = read(MailText.bounce("<b1@mx.example.com>", "<BX-20261126-0001.outbound-42@estatecare.test>",
                MailText.recipient("Wang.Li@Example.com", "failed", "5.1.1"),
                MailText.recipient("later@example.com", "delayed", "4.4.1")));

        assertThat(mail.automatic()).isEqualTo("auto-submitted");
        assertThat(mail.bounce().failed()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo("wang.li@example.com");
            assertThat(r.status()).isEqualTo("5.1.1");
            assertThat(r.diagnostic()).contains("Recipient address rejected");
            assertThat(r.toString()).doesNotContain("wang.li");
        });
        assertThat(mail.bounce().originalMessageId()).isEqualTo("<BX-20261126-0001.outbound-42@estatecare.test>");
    }

    @Test
    void aDelayNoticeMarksNobody() throws Exception {
        IncomingMail mail = read(MailText.bounce("<b2@mx.example.com>", null,
                MailText.recipient("later@example.com", "delayed", "4.4.1")));
        assertThat(mail.bounce().failed()).isEmpty();
        assertThat(mail.bounce().originalMessageId()).isNull();
    }

    @Test
    void aBounceNamingThousandsOfRecipientsIsReadToItsBound() throws Exception {
        String[] groups = new String[2_000];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = MailText.recipient("r" + i + "@example.com", "failed", "5.1.1");
        }
        IncomingMail mail = read(MailText.bounce("<b3@mx.example.com>", null, groups));
        assertThat(mail.bounce().failed()).hasSizeLessThanOrEqualTo(DeliveryReport.MAX_RECIPIENTS)
                .extracting(MailBounced.Recipient::address).startsWith("r0@example.com");
    }

    @Test
    void aGroupWithoutAnAddressOrActionIsSkipped() {
        assertThat(DeliveryReport.failedRecipients("Final-Recipient: rfc822; nobody\nAction: failed\n\n"
                + "Final-Recipient: rfc822; a@example.com\nStatus: 5.0.0")).isEmpty();
    }

    private static IncomingMail read(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return MailReader.read(message, POLICY, Instant.EPOCH);
    }
}
