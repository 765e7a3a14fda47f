package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Reading a mail does bounded work and keeps what it can, whatever the mail holds. */
class MailReaderTests {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
    private static final MailIntakePolicy POLICY = MailIntakePolicy.defaults();

    @Test
    void aPlainMailIsReadWithItsSenderSubjectTextAndFile() throws Exception {
        IncomingMail mail = read(MailText.withFile("Zhang San <Owner@Example.com>", "=?UTF-8?B?"
                + Base64.getEncoder().encodeToString("卫生间漏水".getBytes(StandardCharsets.UTF_8)) + "?=",
                "<m1@example.com>", "楼上渗水到我家", "leak.png", PNG));
        assertThat(mail.messageKey()).isEqualTo("<m1@example.com>");
        assertThat(mail.from()).isEqualTo("owner@example.com");
        assertThat(mail.fromName()).isEqualTo("Zhang San");
        assertThat(mail.subject()).isEqualTo("卫生间漏水");
        assertThat(mail.text()).isEqualTo("楼上渗水到我家");
        assertThat(mail.files()).singleElement().satisfies(f -> {
            assertThat(f.filename()).isEqualTo("leak.png");
            assertThat(f.contentType()).isEqualTo("image/png");
        });
        assertThat(mail.unreadable()).isFalse();
        assertThat(mail.automatic()).isNull();
    }

    @Test
    void aSubjectOfAMegabyteIsCutAndALineBreakInItIsNoHeader() throws Exception {
        String raw = "From: a@example.com\r\nMessage-ID: <big@example.com>\r\nSubject: "
                + "x".repeat(1_000_000) + "\r\nContent-Type: text/plain\r\n\r\nhi\r\n";
        assertThat(read(raw).subject()).hasSize(com.estatecare.inbound.Triage.MAX_SUBJECT);
        String injected = "From: a@example.com\r\nSubject: =?UTF-8?Q?hello=0D=0ABcc:_victim@example.com?=\r\n"
                + "Content-Type: text/plain\r\n\r\nhi\r\n";
        assertThat(read(injected).subject()).isEqualTo("hello  Bcc: victim@example.com").doesNotContain("\n", "\r");
    }

    @Test
    void filesBeyondTheLimitsAreLeftWithTheirReason() throws Exception {
        byte[] large = new byte[(int) POLICY.maxAttachmentBytes() + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        IncomingMail tooLarge = read(MailText.withFile("a@example.com", "s", "<l@example.com>", "t", "big.png", large));
        assertThat(tooLarge.files()).isEmpty();
        assertThat(tooLarge.left()).containsExactly(new IncomingMail.Left("big.png", "too-large"));

        IncomingMail exe = read(MailText.withFile("a@example.com", "s", "<e@example.com>", "t", "run.exe",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(exe.left()).containsExactly(new IncomingMail.Left("run.exe", "unsupported-attachment"));

        StringBuilder many = new StringBuilder(MailText.head("a@example.com", "s", "<n@example.com>"))
                .append("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nt\r\n");
        for (int i = 0; i < POLICY.maxAttachments() + 2; i++) {
            many.append(MailText.filePart("b", "p" + i + ".png", PNG));
        }
        IncomingMail mail = read(many.append("--b--\r\n").toString());
        assertThat(mail.files()).hasSize(POLICY.maxAttachments());
        assertThat(mail.left()).extracting(IncomingMail.Left::reason).containsExactly("too-many", "too-many");
    }

    @Test
    void malformedMimeIsMarkedUnreadableWithWhatCouldBeRead() throws Exception {
        String raw = "From: a@example.com\r\nMessage-ID: <bad@example.com>\r\nSubject: broken\r\n"
                + "Content-Type: multipart/mixed\r\n\r\nno boundary at all\r\n";
        IncomingMail mail = read(raw);
        assertThat(mail.subject()).isEqualTo("broken");
        assertThat(mail.from()).isEqualTo("a@example.com");
        assertThat(mail.unreadable()).isTrue();

        StringBuilder deep = new StringBuilder(MailText.head("a@example.com", "deep", "<deep@example.com>"));
        for (int i = 0; i < MailReader.MAX_DEPTH + 3; i++) {
            deep.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\r\n\r\n--b").append(i)
                    .append("\r\n");
        }
        deep.append("Content-Type: text/plain\r\n\r\nbottom\r\n");
        assertThat(read(deep.toString()).unreadable()).isTrue();
    }

    @Test
    void anHtmlOnlyMailIsReadAsText() throws Exception {
        String raw = MailText.head("a@example.com", "html", "<h@example.com>")
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<html><style>p{}</style><p>水管&nbsp;爆了</p>"
                + "<script>alert(1)</script></html>\r\n";
        assertThat(read(raw).text()).contains("水管 爆了").doesNotContain("alert", "<p>", "p{}");
    }

    @Test
    void aMailWithoutMessageIdIsKeyedByADigestOfItsHeaders() throws Exception {
        String raw = "From: a@example.com\r\nDate: Thu, 26 Nov 2026 10:00:00 +0800\r\nSubject: s\r\n\r\nt\r\n";
        assertThat(read(raw).messageKey()).startsWith("sha256:").isEqualTo(read(raw).messageKey());
        assertThat(read(raw.replace("Subject: s", "Subject: t")).messageKey()).isNotEqualTo(read(raw).messageKey());
    }

    @Test
    void machineMailIsNotReadFurther() throws Exception {
        String raw = MailText.head("a@example.com", "Out of office", "<oof@example.com>")
                + "Auto-Submitted: auto-replied\r\nContent-Type: text/plain\r\n\r\naway\r\n";
        IncomingMail mail = read(raw);
        assertThat(mail.automatic()).isEqualTo("auto-submitted");
        assertThat(mail.text()).isNull();
    }

    static IncomingMail read(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        return MailReader.read(message, POLICY, Instant.EPOCH);
    }
}
