package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static com.estatecare.notifications.internal.TestMail.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

import com.estatecare.reporting.ReportQueued;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.Requests;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;

/**
 * The owners' messages from the event to the other side: an SMTP server (GreenMail) and a text and WeChat gateway
 * (the JDK's HTTP server) on the loopback, configured as an operator would. The sender is called by the tests
 * (its timer waits an hour here); the test clock moves the retries along.
 */
@EstateCareTest
class OutboundMessageTests {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final int SMTP_PORT = freePort();
    private static final LocalGateway GATEWAY = new LocalGateway();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("estatecare.notifications.email.from", () -> "service@estatecare.test");
        properties.add("estatecare.notifications.gateway.sms.url", () -> GATEWAY.url("/sms"));
        properties.add("estatecare.notifications.gateway.sms.token", () -> "sms-secret");
        properties.add("estatecare.notifications.gateway.wechat.url", () -> GATEWAY.url("/wechat"));
        properties.add("estatecare.notifications.gateway.wechat.templates.WORK_DONE", () -> "tmpl-done-1");
        properties.add("estatecare.notifications.outbox.interval", () -> "PT1H");
        properties.add("estatecare.notifications.outbox.max-attempts", () -> "3");
        properties.add("estatecare.notifications.outbox.first-retry", () -> "PT1M");
        properties.add("estatecare.notifications.outbox.max-retry-delay", () -> "PT10M");
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.close();
    }

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    OutboxSender sender;
    @Autowired
    OutboundListeners listeners;
    @Autowired
    Requests requests;
    @Autowired
    StaffMail staffMail;
    @Autowired
    ReportMail reportMail;
    @Autowired
    MagazineMail magazineMail;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @Autowired
    Channels channels;
    @Autowired
    ContactPreferences preferences;
    @Autowired
    BouncingAddresses bouncing;
    @Autowired
    OutboundProperties properties;
    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications incomplete;
    @Autowired
    org.springframework.modulith.events.core.EventPublicationRepository publications;

    /** The report mail listener as Spring names it in the publication registry. */
    private static final String REPORT_MAIL =
            "com.estatecare.notifications.internal.ReportMail.on(com.estatecare.reporting.ReportQueued)";

    @Test
    void eventsOfARepairReachTheOwnerByEveryChannelExactlyOnce() throws Exception {
        String email = "owner" + random() + "@example.com";
        long customer = customer(email, mobile(), "oWx" + random());
        long id = given.register(forCustomer(customer));
        String number = given.get(id).get("number").asString();
        given.walk(id, "REPAIR", 5);
        await().atMost(BOUND).until(() -> entries(number, "EMAIL").size() == 5);
        assertThat(entries(number, "EMAIL")).extracting(e -> e.get("kind").asString()).containsExactlyInAnyOrder(
                "REQUEST_RECEIVED", "DISPATCHED", "APPOINTMENT_SET", "WORK_DONE", "REVISIT_DUE");
        assertThat(entries(number, null)).hasSize(15).allMatch(e -> "PENDING".equals(e.get("state").asString()));

        drainAll();
        List<MimeMessage> mails = mailsTo(SMTP.getReceivedMessages(), email);
        assertThat(mails).hasSize(5);
        MimeMessage received = mails.stream().filter(m -> subject(m).contains("已受理")).findFirst().orElseThrow();
        assertThat(subject(received)).isEqualTo("您的工单 " + number + " 已受理");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(received.getHeader("X-EstateCare-Request")[0]).isEqualTo(number);
        assertThat(received.getMessageID()).matches("<" + number + "\\.outbound-\\d+@estatecare\\.test>");
        assertThat(GATEWAY.to("/sms", number)).hasSize(5)
                .allMatch(r -> "Bearer sms-secret".equals(r.authorization()) && r.idempotencyKey().startsWith("outbound-"));
        assertThat(GATEWAY.to("/wechat", number)).hasSize(5)
                .anyMatch(r -> r.body().contains("\"template_id\":\"tmpl-done-1\""));

        RequestFacts facts = requests.facts(id).orElseThrow();
        listeners.on(new RequestRegistered(id, facts.companyId(), number, facts.kind(), facts.category(),
                facts.componentCode(), facts.channel(), customer, facts.unitId(), facts.projectId(), facts.receivedAt(), false, null, null,
                facts.createdAt(), facts.scopePath()));
        drainAll();
        assertThat(entries(number, null)).as("the event delivered again queues nothing").hasSize(15);
        assertThat(mailsTo(SMTP.getReceivedMessages(), email)).hasSize(5);

        Api.Response log = api.as("agent").get("/api/v1/outbox", Map.of("number", number));
        assertThat(log.json().get("items")).hasSize(15).allMatch(e -> "SENT".equals(e.get("state").asString())
                && e.get("attempts").asInt() == 1);
        assertThat(log.body()).doesNotContain(email).contains(email.charAt(0) + "***@example.com");
        assertThat(api.as("hz-manager").get("/api/v1/outbox", Map.of("number", number)).json().get("items"))
                .as("the other company's staff").isEmpty();
        assertThat(api.as("owner").get("/api/v1/outbox").status()).isEqualTo(403);
    }

    @Test
    void gatewayDownRetriesWithBackoffThenFailsAndAManualRetrySends() {
        String phone = mobile();
        long id = given.register(forCustomer(customer(null, phone, null)));
        String number = given.get(id).get("number").asString();
        await().atMost(BOUND).until(() -> entries(number, "SMS").size() == 1);
        GATEWAY.status.set(503);
        try {
            drainAll();
            JsonNode first = entries(number, "SMS").get(0);
            assertThat(first.get("state").asString()).isEqualTo("PENDING");
            assertThat(first.get("attempts").asInt()).isEqualTo(1);
            assertThat(first.get("lastError").asString()).isEqualTo("SMS gateway answered HTTP 503");
            drainAll();
            assertThat(entries(number, "SMS").get(0).get("attempts").asInt()).as("not due before its backoff").isEqualTo(1);
            clock.advance(Duration.ofMinutes(1));
            drainAll();
            assertThat(entries(number, "SMS").get(0).get("attempts").asInt()).isEqualTo(2);
            clock.advance(Duration.ofSeconds(90));
            drainAll();
            assertThat(entries(number, "SMS").get(0).get("attempts").asInt()).as("two minutes after the second").isEqualTo(2);
            clock.advance(Duration.ofSeconds(30));
            drainAll();
            JsonNode failed = entries(number, "SMS").get(0);
            assertThat(failed.get("state").asString()).isEqualTo("FAILED");
            assertThat(failed.get("attempts").asInt()).isEqualTo(3);
            long message = failed.get("id").asLong();

            assertThat(api.as("agent").post("/api/v1/outbox/" + message + "/retry", Map.of()).status()).isEqualTo(403);
            assertThat(api.as("hz-manager").post("/api/v1/outbox/" + message + "/retry", Map.of()).status())
                    .as("another company's message").isEqualTo(404);
            GATEWAY.status.set(200);
            Api.Response retried = api.as("manager").post("/api/v1/outbox/" + message + "/retry", Map.of());
            assertThat(retried.status()).as(retried.body()).isEqualTo(200);
            assertThat(retried.json().get("state").asString()).isEqualTo("PENDING");
            assertThat(retried.json().get("attempts").asInt()).isZero();
            drainAll();
            assertThat(entries(number, "SMS").get(0).get("state").asString()).isEqualTo("SENT");
            assertThat(GATEWAY.to("/sms", number)).hasSize(1).allMatch(r -> r.body().contains(phone));
            Api.Response again = api.as("manager").english().post("/api/v1/outbox/" + message + "/retry", Map.of());
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asString()).contains("SENT");
        } finally {
            GATEWAY.status.set(200);
            clock.set(com.estatecare.support.TestClockConfiguration.START);
        }
    }

    @Test
    void ownerOptsOutOfAChannelWhichTheSenderHonoursAndStaffSee() {
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        Api.Response chosen = api.as("owner").put("/api/v1/me/contact-preferences", Map.of("language", "en"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        long first = given.register(forCustomer(customer));
        String firstNumber = given.get(first).get("number").asString();
        await().atMost(BOUND).until(() -> entries(firstNumber, "SMS").size() == 1);
        drainAll();
        assertThat(GATEWAY.to("/sms", firstNumber)).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("has been received as request " + firstNumber));

        long second = given.register(forCustomer(customer));
        String secondNumber = given.get(second).get("number").asString();
        await().atMost(BOUND).until(() -> entries(secondNumber, "SMS").size() == 1);
        Api.Response optedOut = api.as("owner").put("/api/v1/me/contact-preferences",
                Map.of("channels", Map.of("SMS", false)));
        JsonNode sms = channel(optedOut.json(), "SMS");
        assertThat(sms.get("enabled").asBoolean()).isFalse();
        assertThat(sms.get("changedAt").isNull()).isFalse();
        assertThat(sms.get("address").asString()).contains("****");
        drainAll();
        assertThat(entries(secondNumber, "SMS").get(0).get("state").asString()).isEqualTo("SKIPPED");
        assertThat(GATEWAY.to("/sms", secondNumber)).isEmpty();

        long third = given.register(forCustomer(customer));
        String thirdNumber = given.get(third).get("number").asString();
        await().atMost(BOUND).until(() -> given.get(third).get("number") != null);
        Api.Response staffView = api.as("agent").get("/api/v1/customers/" + customer + "/contact-preferences");
        assertThat(channel(staffView.json(), "SMS").get("enabled").asBoolean()).isFalse();
        assertThat(staffView.json().get("language").asString()).isEqualTo("en");
        assertThat(api.as("hz-agent").get("/api/v1/customers/" + customer + "/contact-preferences").status())
                .as("another company's customer").isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/customers/" + customer + "/contact-preferences").status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/me/contact-preferences").status()).isEqualTo(403);
        assertThat(api.as("hz-owner").get("/api/v1/me/contact-preferences").json().toString())
                .doesNotContain("\"language\":\"en\"");
        assertThat(entries(thirdNumber, "SMS")).as("no text to an owner who opted out").isEmpty();

        api.as("owner").put("/api/v1/me/contact-preferences", Map.of("channels", Map.of("SMS", true), "language", "zh-CN"));
    }

    @Test
    void hostileChoicesAndLogQueriesAreRefusedNamingTheField() {
        Map<String, Object> fax = new HashMap<>();
        fax.put("channels", Map.of("FAX", true));
        assertField(api.as("owner").put("/api/v1/me/contact-preferences", fax), "channels");
        assertField(api.as("owner").english().put("/api/v1/me/contact-preferences", Map.of("language", "fr")), "language");
        Map<String, Object> nulls = new HashMap<>();
        Map<String, Object> channels = new HashMap<>();
        channels.put("EMAIL", null);
        nulls.put("channels", channels);
        assertField(api.as("owner").put("/api/v1/me/contact-preferences", nulls), "channels.EMAIL");
        assertThat(api.as("owner").put("/api/v1/me/contact-preferences", "x".repeat(100)).status()).isEqualTo(400);
        assertField(api.as("agent").get("/api/v1/outbox", Map.of("state", "LOST")), "state");
        assertField(api.as("agent").get("/api/v1/outbox", Map.of("channel", "FAX")), "channel");
        assertField(api.as("agent").get("/api/v1/outbox", Map.of("limit", -1)), "limit");
        assertField(api.as("agent").get("/api/v1/outbox", Map.of("limit", 1_000_000)), "limit");
        assertField(api.as("agent").get("/api/v1/outbox", Map.of("number", "X".repeat(41))), "number");
        assertThat(api.as("agent").get("/api/v1/outbox", Map.of("cursor", "%%%")).status()).isEqualTo(400);
        assertThat(api.as("manager").post("/api/v1/outbox/999999999/retry", Map.of()).status()).isEqualTo(404);
        assertThat(api.as("manager").post("/api/v1/outbox/abc/retry", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aDispatchIsMailedToTheHandlerOnceInTheirLanguageAndOnlyAnAdministratorSetsTheAddress() {
        long engineer = given.staffId("engineer");
        String email = "engineer" + random() + "@example.com";
        String contact = "/api/v1/accounts/" + engineer + "/contact";
        Api.Response set = api.as("admin").put(contact, Map.of("email", email.toUpperCase(), "language", "en"));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        try {
            mailedOnDispatch(engineer, email, contact);
        } finally {
            Api.Response cleared = api.as("admin").put(contact, Map.of("email", ""));
            assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
            assertThat(cleared.json().get("email").isNull()).isTrue();
        }
    }

    private void mailedOnDispatch(long engineer, String email, String contact) {
        Api.Response set = api.as("admin").get(contact);
        assertThat(set.json().get("email").asString()).isEqualTo(email);
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();
        given.walk(id, "REPAIR", 2);
        await().atMost(BOUND).until(() -> entries(number, "EMAIL").stream()
                .anyMatch(e -> "STAFF_ASSIGNED".equals(e.get("kind").asString())));
        drainAll();
        assertThat(mailsTo(SMTP.getReceivedMessages(), email)).singleElement().satisfies(m -> {
            assertThat(subject(m)).isEqualTo("Assigned to you: request " + number);
            assertThat(m.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        });
        String key = jdbc.sql("select event_key from outbound_message where request_id = :id and kind = 'STAFF_ASSIGNED'")
                .param("id", id).query(String.class).single();
        assertThat(staffMail.send(List.of(engineer), MessageKind.STAFF_ASSIGNED, requests.facts(id).orElseThrow(), null,
                key.substring("staff:".length(), key.lastIndexOf(':')))).as("the event delivered again").isZero();
        drainAll();
        assertThat(mailsTo(SMTP.getReceivedMessages(), email)).hasSize(1);
        assertThat(api.as("hz-manager").get("/api/v1/outbox", Map.of("number", number)).json().get("items")).isEmpty();

        assertField(api.as("admin").put(contact, Map.of("email", "not-an-address")), "email");
        assertField(api.as("admin").english().put(contact, Map.of("email", "a@example.com\r\nBcc: x@example.com")), "email");
        assertField(api.as("admin").put(contact, Map.of("email", "x".repeat(400) + "@example.com")), "email");
        assertField(api.as("admin").put(contact, Map.of("email", email, "language", "fr")), "language");
        long owner = api.as("owner").get("/api/v1/me").json().get("accountId").asLong();
        assertField(api.as("admin").put("/api/v1/accounts/" + owner + "/contact", Map.of("email", email)), "email");
        assertThat(api.as("admin").put("/api/v1/accounts/999999999/contact", Map.of("email", email)).status())
                .isEqualTo(404);
        assertThat(api.as("manager").put(contact, Map.of("email", email)).status()).isEqualTo(403);
        assertThat(api.as("owner").get(contact).status()).isEqualTo(403);
        assertThat(api.as("admin").get(contact).json().get("language").asString()).isEqualTo("en");
    }

    @Test
    void theMonthlyAndDefectReportsReachTheirReadersOnceWithBothFilesAlsoAfterTheMailServerWasDown()
            throws Exception {
        Object mailing = context.getBean("monthlyMailing");
        String hq = "kefu-zongbu@estatecare.example";
        String design = "sheji-gongcheng@estatecare.example";
        clock.set(java.time.Instant.parse("2026-12-01T02:00:00Z"));
        SMTP.stop();
        boolean down = true;
        try {
            List<?> queued = ReflectionTestUtils.invokeMethod(mailing, "queueDue");
            // each company's monthly report and its defect report of November (the default cadence): all mailed
            long companies = queued.stream()
                    .filter(q -> "MONTHLY".equals(ReflectionTestUtils.invokeMethod(q, "report"))).count();
            assertThat(companies).as("both companies' reports").isGreaterThanOrEqualTo(2);
            assertThat(queued.stream().filter(q -> "DEFECTS".equals(ReflectionTestUtils.invokeMethod(q, "report"))))
                    .hasSize((int) companies);
            await().atMost(BOUND).until(() -> reports("MONTHLY_REPORT").size() == companies
                    && reports("DEFECT_REPORT").size() == companies);
            drainAll();
            assertThat(reports(null)).allSatisfy(row -> {
                assertThat(row.get("state")).isEqualTo("PENDING");
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat(row.get("last_error")).isNotNull();
            });
            SMTP.start();
            down = false;
            clock.advance(Duration.ofMinutes(1));
            drainAll();
            assertThat(reports(null)).hasSize((int) companies * 2).allMatch(row -> "SENT".equals(row.get("state")));
            assertThat(ReflectionTestUtils.<List<Long>>invokeMethod(mailing, "queueDue")).as("the next sweep").isEmpty();
            drainAll();
            List<MimeMessage> monthly = mailsTo(SMTP.getReceivedMessages(), hq);
            assertThat(monthly).hasSize((int) companies);
            assertThat(monthly.stream().map(TestMail::subject).distinct()).hasSize((int) companies)
                    .allMatch(subject -> subject.contains("2026-11 客服月报"));
            for (MimeMessage mail : monthly) {
                assertThat(attachments(mail)).containsOnlyKeys("monthly-report-2026-11.pdf",
                        "monthly-report-2026-11.xlsx").containsEntry("monthly-report-2026-11.pdf", "%PDF-")
                        .containsEntry("monthly-report-2026-11.xlsx", "PK");
            }
            List<MimeMessage> defects = mailsTo(SMTP.getReceivedMessages(), design);
            assertThat(defects).as("one defect report per company, to design and engineering").hasSize((int) companies);
            assertThat(defects.stream().map(TestMail::subject).distinct()).hasSize((int) companies)
                    .allMatch(subject -> subject.contains("2026-11 项目缺陷反馈"));
            for (MimeMessage mail : defects) {
                assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
                assertThat(attachments(mail)).containsOnlyKeys("defect-report-2026-11.pdf",
                        "defect-report-2026-11.xlsx").containsEntry("defect-report-2026-11.pdf", "%PDF-")
                        .containsEntry("defect-report-2026-11.xlsx", "PK");
            }
            assertThat(jdbc.sql("select count(distinct company_id) from outbound_message where kind = 'DEFECT_REPORT'")
                    .query(Long.class).single()).as("each company's own report, under its own company").isEqualTo(companies);
            // the event delivered again (a retry of its publication) mails nothing more
            for (Map<String, Object> row : jdbc.sql("""
                    select id, company_id, period, recipient from report_outbox where report = 'DEFECTS'
                        and period = '2026-11'""").query().listOfRows()) {
                reportMail.on(new ReportQueued(((Number) row.get("id")).longValue(), ReportQueued.Report.DEFECTS,
                        ((Number) row.get("company_id")).longValue(), "/", "重投", "2026-11", design));
            }
            // (the listener may run asynchronously: the count must hold for a while, not only at once)
            await().during(Duration.ofSeconds(2)).atMost(BOUND)
                    .until(() -> reports("DEFECT_REPORT").size() == companies);
            drainAll();
            assertThat(mailsTo(SMTP.getReceivedMessages(), design)).hasSize((int) companies);
        } finally {
            if (down) {
                SMTP.start();
            }
            clock.set(com.estatecare.support.TestClockConfiguration.START);
        }
    }

    @Test
    void theDefectReportQueuedWhileTheMailServerIsDownIsMailedExactlyOnceAfterACrashAndRestart() throws Exception {
        Object mailing = context.getBean("monthlyMailing");
        String design = "sheji-gongcheng@estatecare.example";
        clock.set(java.time.Instant.parse("2027-02-01T02:00:00Z"));
        SMTP.stop();
        boolean down = true;
        try {
            List<?> queued = ReflectionTestUtils.invokeMethod(mailing, "queueDue");
            long companies = queued.stream()
                    .filter(q -> "DEFECTS".equals(ReflectionTestUtils.invokeMethod(q, "report"))).count();
            assertThat(companies).as("each company's defect report of January").isGreaterThanOrEqualTo(2);
            await().atMost(BOUND).until(() -> reports("DEFECT_REPORT", "2027-01").size() == companies);
            drainAll();
            assertThat(reports("DEFECT_REPORT", "2027-01")).allSatisfy(row -> {
                assertThat(row.get("state")).isEqualTo("PENDING");
                assertThat(row.get("attempts")).isEqualTo(1);
            });

            // the crash: the instance dies after the reports were queued, before their mail listener's publication was
            // completed (Spring Modulith deletes a completed one): each report's publication is there, unfinished
            List<ReportQueued> unfinished = jdbc.sql("""
                    select id, company_id, recipient from report_outbox where report = 'DEFECTS' and period = '2027-01'""")
                    .query((rs, n) -> new ReportQueued(rs.getLong("id"), ReportQueued.Report.DEFECTS,
                            rs.getLong("company_id"), "/", "重启前", "2027-01", rs.getString("recipient")))
                    .list();
            assertThat(unfinished).hasSize((int) companies);
            unfinished.forEach(event -> publications.create(org.springframework.modulith.events.core.TargetEventPublication
                    .of(event, org.springframework.modulith.events.core.PublicationTargetIdentifier.of(REPORT_MAIL))));
            // the restart: a sender with nothing in memory, and the unfinished publications delivered again, as
            // Spring Modulith does at start-up (republish-outstanding-events-on-restart)
            OutboxSender afterRestart = new OutboxSender(jdbc, transactions, channels, preferences, bouncing,
                    properties, context.getBean(com.estatecare.inbound.WechatReplyWindows.class), context, clock);
            incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ReportQueued q
                    && "2027-01".equals(q.period()));
            await().atMost(BOUND).until(() -> jdbc.sql("""
                    select count(*) from event_publication where event_type like '%ReportQueued'
                        and serialized_event like '%2027-01%'""").query(Long.class).single() == 0);
            assertThat(reports("DEFECT_REPORT", "2027-01")).as("the redelivery queues nothing more")
                    .hasSize((int) companies);

            SMTP.start();
            down = false;
            clock.advance(Duration.ofMinutes(1));
            for (int batch = afterRestart.drain(); batch > 0; batch = afterRestart.drain()) {
                // every due message, batch after batch
            }
            drainAll(); // the other instance, after it
            assertThat(reports("DEFECT_REPORT", "2027-01")).allSatisfy(row -> {
                assertThat(row.get("state")).isEqualTo("SENT");
                assertThat(row.get("attempts")).isEqualTo(2);
            });
            List<MimeMessage> defects = mailsTo(SMTP.getReceivedMessages(), design).stream()
                    .filter(m -> subject(m).contains("2027-01 项目缺陷反馈")).toList();
            assertThat(defects).as("one mail per company's report, none twice").hasSize((int) companies);
            assertThat(defects.stream().map(TestMail::subject).distinct()).hasSize((int) companies);
        } finally {
            if (down) {
                SMTP.start();
            }
            clock.set(com.estatecare.support.TestClockConfiguration.START);
        }
    }

    /** The report mails of November 2026 in the outbox: of one kind, or both. */
    private List<Map<String, Object>> reports(String kind) {
        return reports(kind, "2026-11");
    }

    /** The report mails of a period in the outbox (their subject names it): of one kind, or both. */
    private List<Map<String, Object>> reports(String kind, String period) {
        return jdbc.sql("""
                select state, attempts, last_error from outbound_message
                where kind in ('MONTHLY_REPORT', 'DEFECT_REPORT') and (cast(:kind as text) is null or kind = :kind)
                    and subject like :period""")
                .param("kind", kind).param("period", "%" + period + "%").query().listOfRows();
    }

    /** Each attached file's name and the first bytes of its content (%PDF- or PK). */
    private static Map<String, String> attachments(MimeMessage mail) throws Exception {
        Map<String, String> files = new HashMap<>();
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null) {
                byte[] head = part.getInputStream().readNBytes(5);
                files.put(part.getFileName(), new String(head, 0, part.getFileName().endsWith(".pdf") ? 5 : 2,
                        java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        return files;
    }

    /** Sends everything due (the demo data's own messages too), batch after batch; how many were handled. */
    private int drainAll() {
        int handled = 0;
        for (int batch = sender.drain(); batch > 0; batch = sender.drain()) {
            handled += batch;
        }
        return handled;
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isNotBlank();
    }

    private static JsonNode channel(JsonNode settings, String channel) {
        for (JsonNode c : settings.get("channels")) {
            if (channel.equals(c.get("channel").asString())) {
                return c;
            }
        }
        throw new AssertionError(channel + " missing in " + settings);
    }

    private List<JsonNode> entries(String number, String channel) {
        Map<String, Object> query = new HashMap<>(Map.of("number", number, "limit", 200));
        if (channel != null) {
            query.put("channel", channel);
        }
        Api.Response response = api.as("agent").get("/api/v1/outbox", query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        response.json().get("items").forEach(items::add);
        return items;
    }

    private long customer(String email, String phone, String wechat) {
        JsonNode unit = given.unit();
        Map<String, Object> body = new HashMap<>(Map.of("name", "渠道" + random(), "kind", "NEW_OWNER",
                "grade", "STANDARD", "projectId", unit.get("projectId").asLong()));
        if (email != null) {
            body.put("email", email);
        }
        if (phone != null) {
            body.put("phone", phone);
        }
        if (wechat != null) {
            body.put("wechat", wechat);
        }
        Api.Response created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response owned = api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return id;
    }

    private Map<String, Object> forCustomer(long customer) {
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        body.remove("reporter");
        body.put("customerId", customer);
        return body;
    }

    @Test
    void aPublishedMagazineIssueIsMailedWithItsPdfOnceToEachMemberWhoTakesEmail() throws Exception {
        int number = java.util.concurrent.ThreadLocalRandom.current().nextInt(50_000, 99_000);
        var issue = api.as("agent").post("/api/v1/club/magazine/issues", Map.of("number", number, "title",
                "冬季刊 " + number, "issueDate", "2026-11-20"));
        assertThat(issue.status()).as(issue.body()).isEqualTo(201);
        long id = issue.json().get("id").asLong();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(api.as("agent").multipart("/api/v1/club/magazine/issues/" + id + "/pdf", "winter.pdf", pdf)
                .status()).isEqualTo(200);
        assertThat(api.as("manager").post("/api/v1/club/magazine/issues/" + id + "/publish", Map.of()).status())
                .isEqualTo(200);
        JsonNode published = api.as("manager").get("/api/v1/club/magazine/issues/" + id).json();
        String email = "reader" + random() + "@example.com";
        long reader = customer(email, null, null);
        long noEmail = customer(null, mobile(), null);
        com.estatecare.club.ClubMagazinePublished event = new com.estatecare.club.ClubMagazinePublished(id,
                published.get("companyId").asLong(), "/", number, published.get("title").asString(),
                List.of(reader, noEmail), java.time.Instant.parse(published.get("publishedAt").asString()));

        transactions.executeWithoutResult(status -> context.publishEvent(event));
        await().atMost(BOUND).until(() -> jdbc.sql("select count(*) from outbound_message where event_key like :k")
                .param("k", "club-magazine:" + id + ":%").query(Long.class).single() >= 1);
        drainAll();
        List<MimeMessage> mails = mailsTo(SMTP.getReceivedMessages(), email);
        assertThat(mails).hasSize(1);
        assertThat(subject(mails.get(0))).isEqualTo("会刊第 " + number + " 期：冬季刊 " + number);
        assertThat(attachments(mails.get(0))).containsOnlyKeys("winter.pdf").containsEntry("winter.pdf", "%PDF-");
        assertThat(jdbc.sql("select channel from outbound_message where event_key like :k").param("k",
                "club-magazine:" + id + ":%").query(String.class).list()).as("e-mail only, and only to an address")
                .containsExactly("EMAIL");

        transactions.executeWithoutResult(status -> magazineMail.on(event)); // delivered again, as after a restart
        drainAll();
        assertThat(mailsTo(SMTP.getReceivedMessages(), email)).as("the event delivered again mails nothing").hasSize(1);
        assertThat(jdbc.sql("select count(*) from outbound_attachment a join outbound_message m on m.id = a.message_id"
                + " where m.event_key like :k").param("k", "club-magazine:" + id + ":%").query(Long.class).single())
                .isEqualTo(1);
    }
}
