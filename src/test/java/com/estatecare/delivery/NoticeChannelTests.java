package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.TestClockConfiguration;
import com.estatecare.warranty.WarrantyEnding;

import tools.jackson.databind.JsonNode;

/**
 * Construction progress notices, key-collection reminders and warranty-end reminders through the owners' own
 * channels (SMS, e-mail, WeChat through the outbox), over HTTP against PostgreSQL: each owner gets one message per
 * channel they take — none on a channel they opted out of, none on a channel they have no address for — once per
 * owner and notice, however often the event arrives: also when the application, restarted, publishes it again
 * (Spring Modulith republishes the publications left incomplete).
 */
@EstateCareTest
class NoticeChannelTests {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aProgressNoticeReachesEachBuyerByTheirChannelsOnceAcrossARepublication() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long both = buyer(project, phone(), "buyer" + System.nanoTime() % 1_000_000 + "@example.com");
        long optedOutCustomer = buyer(project, phone(), null);
        String optedOut = account(optedOutCustomer);
        Api.Response off = api.basic(optedOut, "secret-123").put("/api/v1/me/contact-preferences",
                Map.of("channels", Map.of("SMS", false)));
        assertThat(off.status()).as(off.body()).isEqualTo(200);

        Api.Response published = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                Map.of("month", freeMonth(project), "title", "外立面完工", "body", "5栋外立面已完工。"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long notice = published.json().get("id").asLong();
        String key = "progress-notice:" + notice + ":";

        await().atMost(BOUND).until(() -> channels(key + both).size() == 2);
        assertThat(channels(key + both)).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(channels(key + optedOutCustomer)).as("SMS opted out, no other address").isEmpty();
        String text = jdbc.sql("select body from outbound_message where event_key = :key and channel = 'SMS'")
                .param("key", key + both).query(String.class).single();
        assertThat(text).contains("翠湖苑").contains("外立面完工");

        long company = jdbc.sql("select company_id from delivery_notice where id = :id").param("id", notice)
                .query(Long.class).single();
        republish(new ProgressNoticePublished(notice, company, project, "翠湖苑", "2026-11", "外立面完工",
                List.of(both, optedOutCustomer), TestClockConfiguration.START), "\"noticeId\":" + notice + ",");
        assertThat(channels(key + both)).as("once per channel after the republication").hasSize(2);
        assertThat(channels(key + optedOutCustomer)).isEmpty();
    }

    @Test
    void keyAndWarrantyRemindersGoByTheOwnersChannelsOnceAlsoToOwnersWithoutAnAccount() {
        long project = InspectionWalkTests.project(api, "翠湖苑");
        long buyer = buyer(project, phone(), null);
        long unit = unitOf(buyer);
        long company = jdbc.sql("select company_id from unit where id = :id").param("id", unit).query(Long.class)
                .single();
        KeysNotCollected keys = new KeysNotCollected(company, unit, "翠湖苑", 0, List.of(), List.of(buyer));
        publish(keys);
        await().atMost(BOUND).until(() -> channels(keys.key() + ":" + buyer).size() == 1);
        republish(keys, "\"unitId\":" + unit + ",");
        assertThat(channels(keys.key() + ":" + buyer)).containsExactly("SMS");
        assertThat(jdbc.sql("select body from outbound_message where event_key = :key")
                .param("key", keys.key() + ":" + buyer).query(String.class).single()).contains("钥匙");

        WarrantyEnding ending = new WarrantyEnding(company, unit, "BATHROOM_WATERPROOFING",
                LocalDate.of(2026, 12, 24), List.of(), List.of(buyer));
        publish(ending);
        await().atMost(BOUND).until(() -> channels(ending.key() + ":" + buyer).size() == 1);
        republish(ending, "\"unitId\":" + unit + ",");
        assertThat(channels(ending.key() + ":" + buyer)).as("the owner without a portal account, once")
                .containsExactly("SMS");
        assertThat(api.as("hz-agent").get("/api/v1/customers/" + buyer).status()).isEqualTo(404);
    }

    // ---- helpers ----

    private List<String> channels(String key) {
        return jdbc.sql("select channel from outbound_message where event_key = :key order by channel")
                .param("key", key).query(String.class).list();
    }

    private void publish(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    /**
     * The event again, as the application publishes it on a restart when its publication was left incomplete; waits
     * until its listeners have completed (a completed publication is deleted).
     */
    private void republish(Object event, String marker) {
        publish(event);
        await().atMost(BOUND).until(() -> jdbc.sql("""
                select count(*) from event_publication where event_type = :type and serialized_event like :marker""")
                .param("type", event.getClass().getName()).param("marker", "%" + marker + "%").query(Long.class)
                .single() == 0);
    }

    /** A new buyer of a unit of the project not handed over, with the phone and e-mail given. */
    private long buyer(long project, String phone, String email) {
        long building = api.as("manager").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        long unit = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "S-" + System.nanoTime() % 100_000_000)).json().get("id")
                .asLong();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "通知业主", "kind", "NEW_OWNER",
                "projectId", project, "phone", phone));
        if (email != null) {
            body.put("email", email);
        }
        Api.Response customer = api.as("manager").post("/api/v1/customers", body);
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long id = customer.json().get("id").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        return id;
    }

    private static String phone() {
        return "139" + String.format("%08d", System.nanoTime() % 100_000_000);
    }

    /** A portal account of the customer (password secret-123): its username. */
    private String account(long customer) {
        String username = "notice-" + System.nanoTime() % 100_000_000;
        Api.Response account = api.as("admin").post("/api/v1/accounts", Map.of("username", username,
                "password", "secret-123", "displayName", "通知业主",
                "orgNodeId", api.as("owner").get("/api/v1/me").json().get("orgNodeId").asLong(),
                "roles", List.of("OWNER"), "customerId", customer));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return username;
    }

    private long unitOf(long customer) {
        return jdbc.sql("select unit_id from ownership where customer_id = :id").param("id", customer)
                .query(Long.class).single();
    }

    /** A month before November 2026 that the project has no notice of yet (tests share one database). */
    private String freeMonth(long project) {
        JsonNode notices = api.as("agent").get("/api/v1/delivery/projects/" + project + "/notices").json();
        List<String> taken = StreamSupport.stream(notices.spliterator(), false).map(n -> n.get("month").asString())
                .toList();
        for (java.time.YearMonth m = java.time.YearMonth.of(2026, 11); ; m = m.minusMonths(1)) {
            if (!taken.contains(m.toString())) {
                return m.toString();
            }
        }
    }
}
