package com.estatecare.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.inbound.internal.InboundRetentionSweep;
import com.estatecare.requests.internal.RequestRetentionSweep;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;

/**
 * What other modules keep of a request or a contact, under the retention sweep, over HTTP and JDBC against
 * PostgreSQL with the clock moved back to 2019 (decision 038): the screen pop's calls go after the recordings'
 * period, triage items, WeChat messages and mail senders are anonymised after the closed requests' period, and a
 * 12345 case, an owner's message and a revisit's comment are anonymised with their request; whatever belongs to a
 * held request stays, a second run changes nothing, and each removal is in the audit log.
 */
@EstateCareTest
class ChannelRetentionTests {

    private static final Instant LONG_AGO = Instant.parse("2019-06-03T02:00:00Z");
    private static final String MARKER = RetentionPolicy.ANONYMISED;

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    InboundRetentionSweep inboundSweep;
    @Autowired
    RequestRetentionSweep requestSweep;

    @Test
    void aCallOfTheScreenPopGoesAfterTheRecordingsPeriodUnlessItsRequestIsHeld() {
        clock.set(LONG_AGO);
        long past = call();
        long ofHeld = call();
        long held = fixtures.register(fixtures.repairBody(fixtures.unit().get("id").asLong()));
        assertThat(api.as("agent").put("/api/v1/inbound/calls/" + ofHeld + "/request", Map.of("requestId", held))
                .status()).isEqualTo(200);
        clock.set(TestClockConfiguration.START);
        long recent = call();
        assertThat(api.as("manager").post("/api/v1/requests/" + held + "/legal-hold", Map.of("reason", "诉讼中"))
                .status()).isEqualTo(200);

        inboundSweep.run();

        assertThat(calls(List.of(past, ofHeld, recent))).containsExactly(ofHeld, recent);
        assertThat(api.as("agent").get("/api/v1/inbound/calls/" + past).status()).isEqualTo(404);
        assertThat(audited("INBOUND_CALL", past)).containsExactly("CALL_RECORDING");
        inboundSweep.run();
        assertThat(audited("INBOUND_CALL", past)).as("a second run changes nothing").containsExactly("CALL_RECORDING");
        assertThat(audited("INBOUND_CALL", ofHeld)).isEmpty();
    }

    @Test
    void triageWechatAndMailKeepTheirTextUntilTheClosedRequestsPeriodAndAHeldRequestsStay() {
        clock.set(LONG_AGO);
        long held = fixtures.register(fixtures.repairBody(fixtures.unit().get("id").asLong()));
        clock.set(TestClockConfiguration.START);
        assertThat(api.as("manager").post("/api/v1/requests/" + held + "/legal-hold", Map.of("reason", "仲裁中"))
                .status()).isEqualTo(200);
        Map<String, Object> place = place(held);
        long discarded = triage(place, "DISCARDED", null, LONG_AGO);
        long open = triage(place, "OPEN", null, LONG_AGO);
        long ofHeld = triage(place, "ATTACHED", held, LONG_AGO);
        long recent = triage(place, "DISCARDED", null, TestClockConfiguration.START);
        long wechat = wechat(place, null);
        long wechatOfHeld = wechat(place, held);
        long mail = mail(place);

        inboundSweep.run();

        Map<String, Object> gone = triageRow(discarded);
        assertThat(gone).containsEntry("body", MARKER).containsEntry("subject", MARKER)
                .containsEntry("sender_name", MARKER).containsEntry("sender", "w***@163.com");
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat(attachments(discarded)).isZero();
        for (long kept : List.of(open, ofHeld, recent)) {
            assertThat(triageRow(kept)).as("triage %d", kept).containsEntry("body", "王先生 13800138000 厨房漏水");
            assertThat(attachments(kept)).isEqualTo(1);
        }
        assertThat(wechatText(wechat)).isEqualTo(MARKER);
        assertThat(wechatText(wechatOfHeld)).isEqualTo("王先生 13800138000 厨房漏水");
        assertThat(jdbc.sql("select sender is null from inbound_mail where id = :id").param("id", mail)
                .query(Boolean.class).single()).isTrue();
        assertThat(audited("TRIAGE_ITEM", discarded)).containsExactly("CHANNEL_MESSAGE");
        assertThat(audited("WECHAT_MESSAGE", wechat)).containsExactly("CHANNEL_MESSAGE");
        assertThat(audited("INBOUND_MAIL", mail)).containsExactly("CHANNEL_MESSAGE");
        inboundSweep.run();
        assertThat(audited("TRIAGE_ITEM", discarded)).as("a second run changes nothing").hasSize(1);
        assertThat(audited("TRIAGE_ITEM", ofHeld)).isEmpty();
    }

    @Test
    void aHotlineCaseAnOwnersMessageAndARevisitCommentAreAnonymisedWithTheirRequest() {
        clock.set(LONG_AGO);
        long past = hotlineCase();
        long held = hotlineCase();
        clock.set(TestClockConfiguration.START);
        long pastRequest = requestOf(past);
        long heldRequest = requestOf(held);
        assertThat(api.as("manager").post("/api/v1/requests/" + heldRequest + "/legal-hold", Map.of("reason", "诉讼中"))
                .status()).isEqualTo(200);
        long message = message(pastRequest);
        long heldMessage = message(heldRequest);
        long revisit = revisit(pastRequest);
        long heldRevisit = revisit(heldRequest);

        requestSweep.run();

        Map<String, Object> anonymised = jdbc.sql("select citizen_name, citizen_phone, text from hotline_case where id = :id")
                .param("id", past).query().singleRow();
        assertThat(anonymised.values()).containsOnly(MARKER);
        assertThat(jdbc.sql("select text from hotline_case where id = :id").param("id", held).query(String.class)
                .single()).isEqualTo("外墙渗水 李女士 13900000000");
        Map<String, Object> sent = jdbc.sql("select body, subject, recipient from outbound_message where id = :id")
                .param("id", message).query().singleRow();
        assertThat(sent).containsEntry("body", MARKER).containsEntry("subject", MARKER)
                .containsEntry("recipient", "139****0000");
        assertThat(jdbc.sql("select body from outbound_message where id = :id").param("id", heldMessage)
                .query(String.class).single()).contains("13900000000");
        assertThat(answers(revisit)).isEqualTo("{\"comment\": \"" + MARKER + "\", \"satisfaction\": 4}");
        assertThat(answers(heldRevisit)).contains("13900000000");
        assertThat(audited("HOTLINE_CASE", past)).containsExactly("CLOSED_REQUEST");
        assertThat(audited("OUTBOUND_MESSAGE", message)).containsExactly("CLOSED_REQUEST");
        assertThat(audited("REVISIT", revisit)).containsExactly("CLOSED_REQUEST");
        requestSweep.run();
        assertThat(audited("HOTLINE_CASE", past)).as("a second run changes nothing").hasSize(1);
        assertThat(audited("HOTLINE_CASE", held)).isEmpty();
    }

    private long call() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Response call = api.as("manager").post("/api/v1/inbound/calls", Map.of("callId",
                "cti-" + UUID.randomUUID(), "callerNumber", phone, "agent", "agent"));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        return call.json().get("id").asLong();
    }

    private List<Long> calls(List<Long> ids) {
        return jdbc.sql("select id from inbound_call where id in (:ids) order by id").param("ids", ids)
                .query(Long.class).list();
    }

    /** A 12345 case, registered and its request cancelled (so closed) at the clock's time. */
    private long hotlineCase() {
        Api.Response created = api.as("agent").post("/api/v1/hotline-cases", Map.of("caseNumber",
                "R" + UUID.randomUUID().toString().substring(0, 12), "category", "住房质量", "citizenName", "李女士",
                "citizenPhone", "13900000000", "text", "外墙渗水 李女士 13900000000",
                "unitId", fixtures.unit().get("id").asLong()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response cancelled = api.as("agent").post("/api/v1/requests/" + requestOf(id) + "/actions/cancel",
                Map.of("note", "市民撤诉"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        return id;
    }

    private long requestOf(long hotlineCase) {
        return jdbc.sql("select request_id from hotline_case where id = :id").param("id", hotlineCase)
                .query(Long.class).single();
    }

    private Map<String, Object> place(long request) {
        return jdbc.sql("select company_id, scope_path, number as request_number from request where id = :id")
                .param("id", request).query().singleRow();
    }

    private long message(long request) {
        Map<String, Object> place = place(request);
        Timestamp at = Timestamp.from(LONG_AGO);
        return jdbc.sql("""
                insert into outbound_message (company_id, scope_path, event_key, kind, channel, request_id, number,
                    recipient, recipient_masked, language, subject, body, state, attempts, next_attempt_at,
                    created_at, sent_at, updated_at)
                values (:company, :scope, :key, 'WORK_DONE', 'SMS', :request, :number, '13900000000',
                    '139****0000', 'zh-CN', '维修完成', '李女士 13900000000 您的报修已完成', 'SENT', 1, :at, :at, :at, :at)
                returning id""")
                .param("company", place.get("company_id")).param("scope", place.get("scope_path"))
                .param("key", "retention:" + UUID.randomUUID()).param("request", request)
                .param("number", place.get("request_number")).param("at", at).query(Long.class).single();
    }

    private long revisit(long request) {
        Map<String, Object> place = place(request);
        Timestamp at = Timestamp.from(LONG_AGO);
        return jdbc.sql("""
                insert into revisit_task (company_id, request_id, request_number, handling_round, scope_path,
                    completed_at, due_at, policy_version, status, answered_via, method, answers, satisfied,
                    satisfaction, answered_at)
                values (:company, :request, :number, 1, :scope, :at, :at, 1, 'ANSWERED', 'QUESTIONNAIRE', 'PHONE',
                    cast(:answers as jsonb), true, 4, :at)
                returning id""")
                .param("company", place.get("company_id")).param("request", request)
                .param("number", place.get("request_number")).param("scope", place.get("scope_path"))
                .param("answers", "{\"satisfaction\": 4, \"comment\": \"李女士说 13900000000 随时联系\"}")
                .param("at", at).query(Long.class).single();
    }

    private String answers(long revisit) {
        return jdbc.sql("select cast(answers as text) from revisit_task where id = :id").param("id", revisit)
                .query(String.class).single();
    }

    private long triage(Map<String, Object> place, String state, Long request, Instant at) {
        long id = jdbc.sql("""
                insert into triage_item (company_id, scope_path, channel, source_key, sender, sender_masked,
                    sender_name, subject, body, reason, received_at, state, request_id, discard_reason)
                values (:company, :scope, 'EMAIL', :key, 'wang.xiansheng@163.com', 'w***@163.com', '王先生', '漏水',
                    '王先生 13800138000 厨房漏水', 'UNKNOWN_SENDER', :at, :state, cast(:request as bigint),
                    case when :state = 'DISCARDED' then '重复' end)
                returning id""")
                .param("company", place.get("company_id")).param("scope", place.get("scope_path"))
                .param("key", "retention-" + UUID.randomUUID()).param("at", Timestamp.from(at))
                .param("state", state).param("request", request).query(Long.class).single();
        jdbc.sql("""
                insert into triage_attachment (company_id, triage_id, filename, content_type, size_bytes, content)
                values (:company, :id, 'a.png', 'image/png', 3, :content)""")
                .param("company", place.get("company_id")).param("id", id).param("content", new byte[] { 1, 2, 3 })
                .update();
        return id;
    }

    private Map<String, Object> triageRow(long id) {
        return jdbc.sql("select sender, sender_name, subject, body, anonymised_at from triage_item where id = :id")
                .param("id", id).query().singleRow();
    }

    private long attachments(long triage) {
        return jdbc.sql("select count(*) from triage_attachment where triage_id = :id").param("id", triage)
                .query(Long.class).single();
    }

    private long wechat(Map<String, Object> place, Long request) {
        Timestamp at = Timestamp.from(LONG_AGO);
        return jdbc.sql("""
                insert into wechat_message (company_id, scope_path, msg_key, msg_type, sender_masked, sender_index,
                    request_id, outcome, text, sent_at, received_at)
                values (:company, :scope, :key, 'text', 'o6_b***', 'index', cast(:request as bigint),
                    case when cast(:request as bigint) is null then 'TRIAGE' else 'TIMELINE' end,
                    '王先生 13800138000 厨房漏水', :at, :at)
                returning id""")
                .param("company", place.get("company_id")).param("scope", place.get("scope_path"))
                .param("key", "retention-" + UUID.randomUUID()).param("request", request).param("at", at)
                .query(Long.class).single();
    }

    private long mail(Map<String, Object> place) {
        Object company = place.get("company_id");
        jdbc.sql("""
                insert into mailbox (company_id, scope_path, host, port, security, username, password_key,
                    password_sealed, folder, enabled, updated_by, updated_at)
                values (:company, :scope, '127.0.0.1', 1, 'NONE', 'retention@example.com', 'k', :sealed, 'INBOX',
                    false, 'test', now())
                on conflict (company_id) do nothing""")
                .param("company", company).param("scope", place.get("scope_path")).param("sealed", new byte[] { 0 })
                .update();
        long mailbox = jdbc.sql("select id from mailbox where company_id = :company").param("company", company)
                .query(Long.class).single();
        return jdbc.sql("""
                insert into inbound_mail (company_id, mailbox_id, message_key, sender, outcome, received_at)
                values (:company, :mailbox, :key, 'wang.xiansheng@163.com', 'TRIAGE', :at)
                returning id""")
                .param("company", company).param("mailbox", mailbox).param("key", "retention-" + UUID.randomUUID())
                .param("at", Timestamp.from(LONG_AGO)).query(Long.class).single();
    }

    private String wechatText(long id) {
        return jdbc.sql("select text from wechat_message where id = :id").param("id", id).query(String.class).single();
    }

    private List<String> audited(String type, long record) {
        return jdbc.sql("""
                select reason from audit_entry where action = 'RETENTION' and record_id = :id and record_type = :t
                order by id""").param("id", record).param("t", type).query(String.class).list();
    }
}
