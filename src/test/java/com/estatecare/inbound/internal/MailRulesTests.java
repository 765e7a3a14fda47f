package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of e-mail in, without a mailbox: machine mail, the reply's request, the sender, the storm. */
class MailRulesTests {

    private static final MailIntakePolicy POLICY = MailIntakePolicy.defaults();
    private static final long OWNER = 7;

    @Test
    void autoReplyIsNeverAnswered() {
        assertThat(automatic(Map.of("Auto-Submitted", "auto-replied"))).contains("auto-submitted");
        assertThat(automatic(Map.of("Auto-Submitted", "Auto-Generated (vacation)"))).contains("auto-submitted");
        assertThat(automatic(Map.of("X-Autoreply", "yes"))).contains("auto-reply");
        assertThat(automatic(Map.of("X-Autorespond", "anything"))).contains("auto-reply");
        assertThat(route(mail("owner@example.com", "Re: 您的工单 BX-20261126-0001 已受理", null, "auto-submitted"),
                List.of(OWNER), List.of(new MailRoute.Named(1, OWNER))))
                .as("even a reply on the owner's own request").isEqualTo(new MailRoute.Ignored("auto-submitted"));
    }

    @Test
    void autoSubmittedNoIsAPersonsMail() {
        assertThat(automatic(Map.of("Auto-Submitted", "no"))).isEmpty();
        assertThat(automatic(Map.of("Auto-Submitted", " No ; comment"))).isEmpty();
        assertThat(automatic(Map.of())).isEmpty();
    }

    @Test
    void bulkJunkAndListMailIsNeverAnswered() {
        for (String precedence : List.of("bulk", "junk", "list", "Bulk")) {
            assertThat(automatic(Map.of("Precedence", precedence))).as(precedence).contains("precedence");
        }
        assertThat(automatic(Map.of("Precedence", "first-class"))).isEmpty();
    }

    @Test
    void bouncesAreNeverAnswered() {
        assertThat(automatic(Map.of("Return-Path", "<>"))).contains("bounce");
        assertThat(automatic(Map.of("Return-Path", " < > "))).contains("bounce");
        assertThat(MailLoops.automatic(h -> null, null, "MAILER-DAEMON@mx.example.com")).contains("bounce");
        assertThat(MailLoops.automatic(h -> null,
                "multipart/report; report-type=delivery-status;\r\n\tboundary=\"x\"", "postmaster@example.com"))
                .contains("bounce");
        assertThat(MailLoops.automatic(h -> null, "multipart/report; report-type=\"delivery-status\"", null))
                .contains("bounce");
        assertThat(MailLoops.automatic(h -> null, "multipart/mixed; boundary=x", "owner@example.com")).isEmpty();
        assertThat(automatic(Map.of("Return-Path", "<owner@example.com>"))).isEmpty();
    }

    @Test
    void newMailOfOneKnownOwnerBecomesARequest() {
        assertThat(route(mail("owner@example.com", "卫生间漏水", null, null), List.of(OWNER), List.of()))
                .isEqualTo(new MailRoute.NewRequest(OWNER));
    }

    @Test
    void replyWithRequestNumberInSubjectLandsOnThatRequest() {
        assertThat(route(mail("owner@example.com", "Re: 您的工单 BX-20261126-0007 已受理", null, null), List.of(OWNER),
                List.of(new MailRoute.Named(42, OWNER)))).isEqualTo(new MailRoute.Reply(42));
    }

    @Test
    void replyByInReplyToHeaderLandsOnThatRequest() {
        IncomingMail reply = mail("owner@example.com", "Re: 已受理", "<TS-20261126-0003.outbound-99@example.com>", null);
        assertThat(RequestNumbersInMail.of(reply.references(), reply.subject())).containsExactly("TS-20261126-0003");
        assertThat(route(reply, List.of(OWNER), List.of(new MailRoute.Named(43, OWNER))))
                .isEqualTo(new MailRoute.Reply(43));
    }

    @Test
    void replyNamingAnotherCustomersRequestGoesToTriage() {
        IncomingMail mail = mail("owner@example.com", "Re: BX-20261126-0007", null, null);
        assertThat(route(mail, List.of(OWNER), List.of(new MailRoute.Named(42, 8L))))
                .isEqualTo(new MailRoute.Triaged("REQUEST_NOT_THEIRS"));
        assertThat(route(mail, List.of(OWNER), List.of())).as("a number of no request of this company")
                .isEqualTo(new MailRoute.Triaged("REQUEST_NOT_THEIRS"));
    }

    @Test
    void unknownSenderGoesToTriage() {
        assertThat(route(mail("stranger@example.com", "你好", null, null), List.of(), List.of()))
                .isEqualTo(new MailRoute.Triaged("UNKNOWN_SENDER"));
        assertThat(route(mail(null, "你好", null, null), List.of(), List.of()))
                .isEqualTo(new MailRoute.Triaged("UNKNOWN_SENDER"));
        assertThat(route(mail("family@example.com", "你好", null, null), List.of(OWNER, 8L), List.of()))
                .as("an address two customers share").isEqualTo(new MailRoute.Triaged("AMBIGUOUS_SENDER"));
    }

    @Test
    void senderBeyondTheHourlyAllowanceIsHeldBack() {
        IncomingMail mail = mail("owner@example.com", "again", null, null);
        assertThat(MailRoute.decide(mail, POLICY.perSenderPerHour() - 1, POLICY, List.of(OWNER), List.of(),
                List.of())).isEqualTo(new MailRoute.NewRequest(OWNER));
        assertThat(MailRoute.decide(mail, POLICY.perSenderPerHour(), POLICY, List.of(OWNER), List.of(), List.of()))
                .isEqualTo(new MailRoute.Limited());
    }

    @Test
    void unreadableMailGoesToTriageEvenFromAKnownOwner() {
        IncomingMail mail = new IncomingMail("<x@y>", "owner@example.com", null, "s", null, null, null, List.of(),
                List.of(), true, Instant.EPOCH);
        assertThat(route(mail, List.of(OWNER), List.of())).isEqualTo(new MailRoute.Triaged("UNREADABLE"));
    }

    @Test
    void requestNumbersAreReadInTheirFormatOnly() {
        assertThat(RequestNumbersInMail.of(null, "Re: BX-20261126-0001 and ZX-20261126-12345")).containsExactly(
                "BX-20261126-0001", "ZX-20261126-12345");
        assertThat(RequestNumbersInMail.of(null, "XBX-20261126-0001 BX-2026112-0001 QQ-20261126-0001 BX-20261126-01"))
                .isEmpty();
        assertThat(RequestNumbersInMail.of("<outbound-42@example.com> <JY-20261126-0002.outbound-43@example.com>",
                "Re: BY-20261126-0004")).containsExactly("JY-20261126-0002", "BY-20261126-0004");
        assertThat(RequestNumbersInMail.of(null, "BX-20261126-0001 ".repeat(1000))).containsExactly(
                "BX-20261126-0001");
    }

    @Test
    void thePolicyRefusesWhatCannotWork() {
        assertThat(MailIntakePolicy.defaults().problems()).isEmpty();
        assertThat(new MailIntakePolicy(null, -1, 0, 0, 1000).problems()).extracting(p -> p.field())
                .containsExactly("newMailKind", "maxAttachments", "maxAttachmentBytes", "perSenderPerHour", "batch");
        assertThat(new MailIntakePolicy(POLICY.newMailKind(), 5, MailIntakePolicy.ATTACHMENT_LIMIT + 1, 10, 20)
                .problems()).extracting(p -> p.field()).containsExactly("maxAttachmentBytes");
    }

    private static java.util.Optional<String> automatic(Map<String, String> headers) {
        return MailLoops.automatic(headers::get, "text/plain", "someone@example.com");
    }

    private static MailRoute route(IncomingMail mail, List<Long> senders, List<MailRoute.Named> named) {
        return MailRoute.decide(mail, 0, POLICY, senders, RequestNumbersInMail.of(mail.references(), mail.subject()),
                named);
    }

    private static IncomingMail mail(String from, String subject, String references, String automatic) {
        return new IncomingMail("<m@example.com>", from, null, subject, "text", references, automatic, List.of(),
                List.of(), false, Instant.EPOCH);
    }
}
