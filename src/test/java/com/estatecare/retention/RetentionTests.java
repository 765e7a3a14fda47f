package com.estatecare.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.registry.internal.ProspectRetentionSweep;
import com.estatecare.requests.internal.RequestRetentionSweep;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;

/**
 * The retention sweeps and legal holds over HTTP against PostgreSQL, with the clock moved back to 2019 to make
 * records that are past their periods today: what is past goes, what is held stays, each company under its own
 * policy, a second run changes nothing, and every removal and hold is in the audit log.
 */
@EstateCareTest
class RetentionTests {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0 };
    private static final Instant LONG_AGO = Instant.parse("2019-06-03T02:00:00Z");

    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestRetentionSweep requestSweep;
    @Autowired
    ProspectRetentionSweep prospectSweep;

    @Test
    void closedRequestPastRetentionIsAnonymisedAndAHeldOneIsNotSwept() {
        clock.set(LONG_AGO);
        long past = closedRequest("agent", fixtures.unit().get("id").asLong(), true);
        long held = closedRequest("agent", fixtures.unit().get("id").asLong(), true);
        long hzPast = closedRequest("hz-agent",
                api.as("hz-engineer").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong(), false);
        clock.set(TestClockConfiguration.START);
        var hold = api.as("manager").post("/api/v1/requests/" + held + "/legal-hold", Map.of("reason", "诉讼中"));
        assertThat(hold.status()).as(hold.body()).isEqualTo(200);
        assertThat(hold.json().get("held").asBoolean()).isTrue();

        requestSweep.run();

        Map<String, Object> gone = row(past);
        assertThat(gone.get("description")).isEqualTo(RetentionPolicy.ANONYMISED);
        assertThat(gone.get("reporter_name")).isEqualTo(RetentionPolicy.ANONYMISED);
        assertThat(gone.get("reporter_phone")).isNull();
        assertThat(gone.get("category")).as("what reports count stays").isEqualTo("HOUSING_QUALITY");
        assertThat(gone.get("status")).isEqualTo("CANCELLED");
        assertThat(attachments(past)).isZero();
        var timeline = api.as("agent").get("/api/v1/requests/" + past + "/timeline").json();
        assertThat(timeline.valueStream().map(e -> e.get("note").asString(null)).filter(n -> n != null).toList())
                .containsOnly(RetentionPolicy.ANONYMISED);
        assertThat(timeline.valueStream().map(e -> e.get("action").asString()).toList())
                .contains("PERSONAL_DATA_REMOVED");
        assertThat(row(hzPast).get("description")).as("the second company's, under its own (default) policy")
                .isEqualTo(RetentionPolicy.ANONYMISED);
        assertThat(row(held).get("description")).as("held").isEqualTo("卫生间漏水 王先生 13800138000");
        assertThat(attachments(held)).as("a held request keeps its photos").isEqualTo(1);
        assertThat(audited("RETENTION", "REQUEST", past)).containsExactly("PHOTOS", "CLOSED_REQUEST");

        requestSweep.run();
        assertThat(audited("RETENTION", "REQUEST", past)).as("a second run changes nothing")
                .containsExactly("PHOTOS", "CLOSED_REQUEST");

        var released = api.as("hq").post("/api/v1/requests/" + held + "/legal-hold/release", Map.of("reason", "已结案"));
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        requestSweep.run();
        assertThat(row(held).get("description")).isEqualTo(RetentionPolicy.ANONYMISED);
        assertThat(audited("LEGAL_HOLD", "REQUEST", held)).containsExactly("HOLD", "RELEASE");
    }

    @Test
    void prospectWhoNeverBoughtIsForgottenAfterItsPeriodUnlessHeld() {
        clock.set(LONG_AGO);
        long prospect = prospect("13900001111");
        long held = prospect("13900002222");
        clock.set(TestClockConfiguration.START);
        long recent = prospect("13900003333");
        assertThat(api.as("admin").post("/api/v1/customers/" + held + "/legal-hold", Map.of("reason", "投诉仲裁中"))
                .status()).isEqualTo(200);

        prospectSweep.run();

        var forgotten = jdbc.sql("select name, phone, anonymised_at from customer where id = :id").param("id", prospect)
                .query().singleRow();
        assertThat(forgotten.get("name")).isEqualTo(RetentionPolicy.ANONYMISED);
        assertThat(forgotten.get("phone")).isNull();
        assertThat(jdbc.sql("select phone from customer where id in (:ids) order by id")
                .param("ids", List.of(held, recent)).query(String.class).list())
                .containsExactly("13900002222", "13900003333");
        assertThat(audited("RETENTION", "CUSTOMER", prospect)).containsExactly("PROSPECT");
        prospectSweep.run();
        assertThat(audited("RETENTION", "CUSTOMER", prospect)).containsExactly("PROSPECT");
    }

    @Test
    void holdsAreRefusedToOtherRolesOtherCompaniesAndWithoutAReasonAndChangeNothing() {
        long id = fixtures.register(fixtures.repairBody(fixtures.unit().get("id").asLong()));
        String path = "/api/v1/requests/" + id + "/legal-hold";

        assertThat(api.as("agent").get(path).json().get("held").asBoolean()).isFalse();
        assertThat(api.as("agent").post(path, Map.of("reason", "x")).status()).isEqualTo(403);
        assertThat(api.as("hz-manager").post(path, Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").get(path).status()).isEqualTo(404);
        assertThat(api.as("manager").post("/api/v1/requests/-1/legal-hold", Map.of("reason", "x")).status())
                .isEqualTo(404);
        var zh = api.as("manager").post(path, Map.of());
        assertThat(zh.status()).as(zh.body()).isEqualTo(400);
        assertThat(zh.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(zh.json().get("errors").toString()).containsPattern("[\\u4e00-\\u9fff]");
        var en = api.as("manager").english().post(path, Map.of("reason", "长".repeat(100_000)));
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").toString()).contains("reason").doesNotContainPattern("[\\u4e00-\\u9fff]");
        assertThat(api.as("manager").post(path, "{\"reason\": ").status()).isEqualTo(400);
        long customer = api.as("owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        assertThat(api.as("hz-manager").post("/api/v1/customers/" + customer + "/legal-hold", Map.of("reason", "x"))
                .status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/customers/" + customer + "/legal-hold").status()).isEqualTo(403);

        assertThat(api.as("agent").get(path).json().get("held").asBoolean()).isFalse();
        assertThat(audited("LEGAL_HOLD", "REQUEST", id)).isEmpty();
    }

    @Test
    void timelineLetsAnUpdateOnlyEraseNeverRewrite() {
        long id = fixtures.register(fixtures.repairBody(fixtures.unit().get("id").asLong()));
        long entry = jdbc.sql("select min(id) from request_timeline where request_id = :id").param("id", id)
                .query(Long.class).single();
        for (String rewrite : List.of("update request_timeline set note = 'rewritten' where id = :e",
                "update request_timeline set action = 'CANCEL' where id = :e",
                "update request_timeline set actor_name = 'someone else' where id = :e",
                "delete from request_timeline where id = :e")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(rewrite).param("e", entry).update())
                    .as(rewrite).hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("update request_timeline set note = :m, details = null, actor_name = :m where id = :e")
                .param("m", RetentionPolicy.ANONYMISED).param("e", entry).update()).isEqualTo(1);
    }

    private long closedRequest(String agent, long unitId, boolean withPhoto) {
        Map<String, Object> body = fixtures.repairBody(unitId);
        body.put("description", "卫生间漏水 王先生 13800138000");
        var created = api.as(agent).post("/api/v1/requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        if (withPhoto) {
            var photo = api.as(agent).multipart("/api/v1/requests/" + id + "/attachments", "a.png", PNG);
            assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        }
        var cancelled = api.as(agent).post("/api/v1/requests/" + id + "/actions/cancel",
                Map.of("note", "业主王先生来电撤销"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        return id;
    }

    private long prospect(String phone) {
        var created = api.as("agent").post("/api/v1/customers",
                Map.of("name", "潜在客户" + phone.substring(7), "kind", "PROSPECT", "phone", phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select description, reporter_name, reporter_phone, category, status from request where id = :id")
                .param("id", id).query().singleRow();
    }

    private long attachments(long id) {
        return jdbc.sql("select count(*) from request_attachment where request_id = :id").param("id", id)
                .query(Long.class).single();
    }

    private List<String> audited(String action, String type, long record) {
        return jdbc.sql("select reason from audit_entry where action = :a and record_id = :id and record_type = :t order by id")
                .param("a", action).param("id", record).param("t", type).query(String.class).list();
    }
}
