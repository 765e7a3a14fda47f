package com.estatecare.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

import tools.jackson.databind.JsonNode;

/**
 * The customer file's entries under retention and erasure, over HTTP and JDBC against PostgreSQL (decision 043):
 * the entries of a closed request are anonymised with it, every entry of an erased customer or a forgotten prospect
 * with them; the message keys stay (the file still reads "报修 … 已取消"), the literal terms and the reference go;
 * a held request or customer keeps its entries, a second run changes nothing, and each entry is in the audit log.
 */
@EstateCareTest
class CustomerFileRetentionTests {

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
    RequestRetentionSweep requestSweep;
    @Autowired
    ProspectRetentionSweep prospectSweep;

    @Test
    void theFileEntriesOfAClosedRequestAreAnonymisedWithItUnlessItIsHeld() {
        long customer = owner();
        clock.set(LONG_AGO);
        long past = cancelledRequest(customer);
        long held = cancelledRequest(customer);
        clock.set(TestClockConfiguration.START);
        assertThat(api.as("manager").post("/api/v1/requests/" + held + "/legal-hold", Map.of("reason", "诉讼中"))
                .status()).isEqualTo(200);
        long other = entry(customer, "request-less:" + UUID.randomUUID(), "[\"ownershiprole.OWNER\",\"1栋101\"]");
        String number = number(past);

        requestSweep.run();

        List<Map<String, Object>> anonymised = entries(customer, past);
        assertThat(anonymised).as("the registration and the cancellation").hasSize(2);
        for (Map<String, Object> e : anonymised) {
            assertThat((String) e.get("summary")).startsWith("[\"kind.REPAIR\", \"" + MARKER + "\"")
                    .doesNotContain(number);
            assertThat(e.get("reference")).isNull();
            assertThat(e.get("anonymised_at")).isNotNull();
            assertThat(audited((Long) e.get("id"))).containsExactly("CLOSED_REQUEST");
        }
        for (Map<String, Object> e : entries(customer, held)) {
            assertThat((String) e.get("summary")).contains(number(held));
            assertThat(e.get("anonymised_at")).isNull();
            assertThat(audited((Long) e.get("id"))).isEmpty();
        }
        assertThat(summary(other)).as("an entry of no request stays").contains("1栋101");

        JsonNode file = api.as("agent").get("/api/v1/customers/" + customer + "/file?limit=50").json().get("items");
        assertThat(file.valueStream().map(e -> e.get("summary").asString())).noneMatch(s -> s.contains(number))
                .anyMatch(s -> s.contains(MARKER) && s.contains("报修"));

        requestSweep.run();
        for (Map<String, Object> e : anonymised) {
            assertThat(audited((Long) e.get("id"))).as("a second run changes nothing").hasSize(1);
        }
    }

    @Test
    void anErasedCustomersWholeFileIsAnonymisedAndAudited() {
        long customer = owner();
        long registered = entry(customer, "test-registered:" + UUID.randomUUID(), "[\"customerkind.NEW_OWNER\"]");
        long owned = entry(customer, "test-ownership:" + UUID.randomUUID(), "[\"ownershiprole.OWNER\",\"3栋1单元502\"]");
        JsonNode request = api.as("agent").post("/api/v1/customers/" + customer + "/rights-requests",
                Map.of("kind", "ERASURE")).json();

        Api.Response erased = api.as("manager").post("/api/v1/rights-requests/" + request.get("id").asLong()
                + "/decision", Map.of("approve", true, "reason", "业主已出售房屋"));

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(summary(registered)).isEqualTo("[\"customerkind.NEW_OWNER\"]");
        assertThat(summary(owned)).isEqualTo("[\"ownershiprole.OWNER\", \"" + MARKER + "\"]");
        assertThat(audited(owned)).containsExactly("ERASURE");
        assertThat(audited(registered)).containsExactly("ERASURE");
        assertThat(jdbc.sql("""
                select reason from audit_entry where action = 'RETENTION' and record_type = 'CUSTOMER'
                  and record_id = :id""").param("id", customer).query(String.class).list()).containsExactly("ERASURE");
    }

    @Test
    void aForgottenProspectsFileIsAnonymisedAndAHeldProspectsStays() {
        clock.set(LONG_AGO);
        long prospect = prospect();
        long held = prospect();
        clock.set(TestClockConfiguration.START);
        assertThat(api.as("admin").post("/api/v1/customers/" + held + "/legal-hold", Map.of("reason", "仲裁中"))
                .status()).isEqualTo(200);
        long forgotten = entry(prospect, "test-visit:" + UUID.randomUUID(), "[\"kind.CONSULTATION\",\"看房 王先生\"]");
        long kept = entry(held, "test-visit:" + UUID.randomUUID(), "[\"kind.CONSULTATION\",\"看房 李女士\"]");

        prospectSweep.run();

        assertThat(summary(forgotten)).isEqualTo("[\"kind.CONSULTATION\", \"" + MARKER + "\"]");
        assertThat(audited(forgotten)).containsExactly("PROSPECT");
        assertThat(summary(kept)).contains("李女士");
        assertThat(audited(kept)).isEmpty();
        prospectSweep.run();
        assertThat(audited(forgotten)).as("a second run changes nothing").hasSize(1);
    }

    /** An owner of a unit of their own project, registered through the API. */
    private long owner() {
        JsonNode unit = fixtures.unit();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Map<String, Object> body = new HashMap<>(Map.of("name", "档案测试", "kind", "NEW_OWNER", "grade", "STANDARD",
                "phone", phone, "projectId", unit.get("projectId").asLong()));
        Api.Response created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER")).status()).isEqualTo(201);
        return id;
    }

    private long prospect() {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Api.Response created = api.as("agent").post("/api/v1/customers",
                Map.of("name", "意向客户档案", "kind", "PROSPECT", "phone", phone));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** A repair of the customer, registered and cancelled (so closed) at the clock's time. */
    private long cancelledRequest(long customer) {
        Map<String, Object> body = fixtures.repairBody(fixtures.unit().get("id").asLong());
        body.put("customerId", customer);
        long id = fixtures.register(body);
        fixtures.act(id, "agent", "cancel", Map.of("note", "业主撤回"));
        return id;
    }

    private String number(long request) {
        return jdbc.sql("select number from request where id = :id").param("id", request).query(String.class)
                .single();
    }

    private long entry(long customer, String key, String summary) {
        return jdbc.sql("""
                insert into customer_file_entry (company_id, customer_id, at, kind, reference, summary, event_key,
                                                 internal)
                select company_id, id, :at, 'OWNERSHIP_RECORDED', null, :summary, :key, false from customer
                where id = :customer
                returning id""")
                .param("at", Timestamp.from(clock.instant())).param("summary", summary).param("key", key)
                .param("customer", customer).query(Long.class).single();
    }

    private List<Map<String, Object>> entries(long customer, long request) {
        return jdbc.sql("""
                select id, summary, reference, anonymised_at from customer_file_entry
                where customer_id = :customer and (event_key = :registered or event_key like :steps) order by id""")
                .param("customer", customer).param("registered", "request:" + request)
                .param("steps", "step:" + request + ":%").query().listOfRows();
    }

    private String summary(long entry) {
        return jdbc.sql("select summary from customer_file_entry where id = :id").param("id", entry)
                .query(String.class).single();
    }

    private List<String> audited(long entry) {
        return jdbc.sql("""
                select reason from audit_entry where action = 'RETENTION' and record_id = :id
                  and record_type = 'CUSTOMER_FILE_ENTRY' order by id""").param("id", entry)
                .query(String.class).list();
    }
}
