package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

/**
 * An intake, the busiest write there is, stores no Spring Modulith event publication: the modules that write
 * their own rows for a new request (the owner's acknowledgement in the outbox, the defect record, webhook
 * deliveries, clocks, grade, customer file) do it in the intake's transaction, from what the event carries. A
 * trigger on {@code event_publication}, installed for these tests only, logs every publication stored.
 */
@EstateCareTest
class IntakePublicationsTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void logPublications() {
        jdbc.sql("create table if not exists test_publication_log (event_type text, serialized_event text)").update();
        jdbc.sql("""
                create or replace function test_log_publication() returns trigger language plpgsql as $$
                begin
                    insert into test_publication_log values (new.event_type, new.serialized_event);
                    return new;
                end $$""").update();
        jdbc.sql("""
                create trigger test_log_publication after insert on event_publication
                for each row execute function test_log_publication()""").update();
    }

    @AfterEach
    void stopLogging() {
        jdbc.sql("drop trigger if exists test_log_publication on event_publication").update();
        jdbc.sql("drop function if exists test_log_publication()").update();
        jdbc.sql("drop table if exists test_publication_log").update();
    }

    @Test
    void aRepairIntakeStoresNoEventPublicationAndCommitsItsOutboxRowsWithIt() {
        long unit = api.homeOf("owner");
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        Map<String, Object> body = given.repairBody(unit);
        body.put("customerId", customer);
        long repair = given.register(body);

        // written in the intake's transaction: there the moment the 201 is
        assertThat(count("select count(*) from outbound_message where event_key = :k", "received:" + repair))
                .as("the owner's acknowledgement").isPositive();
        assertThat(count("select count(*) from defect_record where request_id = :k", repair))
                .as("the defect record").isEqualTo(1);
        new AfterCommitWork(jdbc).awaitDone(Duration.ofSeconds(20));
        assertThat(publicationsAbout(repair)).as("publications stored for the intake").isEmpty();
    }

    @Test
    void anOrdinaryComplaintIntakeStoresNoEventPublicationButACollectiveOneDoes() {
        // a category and a company other tests leave alone, so that no hotspot makes it more than ordinary
        Map<String, Object> body = given.complaintBody(api.as("hz-agent").get("/api/v1/units?limit=1").json()
                .get("items").get(0).get("id").asLong());
        body.put("category", "CUSTOMER_SERVICE");
        body.put("description", "客服电话无人接听");
        Api.Response registered = api.as("hz-agent").post("/api/v1/requests", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        long ordinary = registered.json().get("id").asLong();
        Map<String, Object> collective = given.complaintBody(given.unit().get("id").asLong());
        collective.put("complainantCount", 6);
        long many = given.register(collective);
        new AfterCommitWork(jdbc).awaitDone(Duration.ofSeconds(20));

        assertThat(api.as("hz-agent").get("/api/v1/requests/" + ordinary).json().get("grade")
                .asInt()).as("ordinary (一般投诉)").isGreaterThan(2);
        assertThat(publicationsAbout(ordinary)).as("an ordinary complaint").isEmpty();
        assertThat(publicationsAbout(many)).as("a collective complaint brings up plans and tells headquarters")
                .contains("com.estatecare.grading.ComplaintGraded");
    }

    private long count(String sql, Object key) {
        return jdbc.sql(sql).param("k", key).query(Long.class).single();
    }

    private List<String> publicationsAbout(long request) {
        return jdbc.sql("select event_type from test_publication_log where serialized_event like :id")
                .param("id", "%\"requestId\":" + request + ",%").query(String.class).list();
    }
}
