package com.estatecare.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.estatecare.requests.Category;
import com.estatecare.support.TestPostgres;

/**
 * The hotspot rule's count on the real table: exact below the threshold, read from the window when it is
 * small, skipping complainant by complainant when one complainant flooded it; cancelled complaints, other
 * projects, categories, kinds and times outside the window never count.
 */
class ComplainantCountTests {

    private static final Instant TO = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant FROM = TO.minus(Duration.ofDays(30));
    private static final long PROJECT = 7;
    private static final Category CATEGORY = Category.ENGINEERING_QUALITY;
    private static JdbcClient jdbc;
    private static ComplainantCount count;
    private static int numbers;

    @BeforeAll
    static void database() {
        TestPostgres server = TestPostgres.get();
        String database = server.createDatabase("t_complainant_count");
        Flyway.configure().dataSource(server.jdbcUrl(database), server.username(), server.password()).load().migrate();
        jdbc = JdbcClient.create(new SingleConnectionDataSource(server.jdbcUrl(database), server.username(),
                server.password(), true));
        count = new ComplainantCount(jdbc);
    }

    private static void complaint(long project, Category category, Long customer, String phone, Instant received,
            String kind, String status) {
        complaints(1, project, category, customer, phone, received, kind, status);
    }

    /** {@code n} complaints alike, received one second apart, the first at {@code received}. */
    private static void complaints(int n, long project, Category category, Long customer, String phone,
            Instant received, String kind, String status) {
        jdbc.sql("""
                insert into request (company_id, number, kind, channel, status, category, emergency, project_id,
                                     scope_path, customer_id, reporter_phone, description, received_at,
                                     read_back_confirmed, handling_round, steps, version, created_at, updated_at)
                select 1, :number || g, :kind, 'PHONE', :status, :category, false, :project, '/1/', :customer, :phone,
                       'test', cast(:received as timestamptz) - g * interval '1 second', true, 1, 0, 0, :received, :received
                from generate_series(0, :n - 1) g""")
                .param("number", "T-" + ++numbers + "-").param("kind", kind).param("status", status)
                .param("category", category.name()).param("project", project).param("customer", customer)
                .param("phone", phone).param("received", Timestamp.from(received)).param("n", n).update();
    }

    private static void complaint(long project, Long customer, String phone, Instant received) {
        complaint(project, CATEGORY, customer, phone, received, "COMPLAINT", "RECEIVED");
    }

    private static void clear() {
        jdbc.sql("delete from request").update();
    }

    @Test
    void aSmallWindowIsCountedExactlyAndOnlyWhatBelongsToIt() {
        clear();
        complaint(PROJECT, 1L, null, TO.minus(Duration.ofDays(1)));
        complaint(PROJECT, 1L, "13800000001", TO.minus(Duration.ofDays(2)));   // the same customer
        complaint(PROJECT, null, "13800000002", TO.minus(Duration.ofDays(3))); // a phone
        complaint(PROJECT, null, null, TO.minus(Duration.ofDays(4)));          // nobody known: itself
        complaint(PROJECT, null, null, TO);                                    // at the window's end
        complaint(PROJECT, 9L, null, FROM);                                    // at its start
        complaint(PROJECT, 2L, null, FROM.minusSeconds(1));                    // before it
        complaint(PROJECT, 3L, null, TO.plusSeconds(1));                       // after it
        complaint(PROJECT, CATEGORY, 4L, null, TO, "COMPLAINT", "CANCELLED");
        complaint(PROJECT, CATEGORY, 5L, null, TO, "REPAIR", "RECEIVED");
        complaint(PROJECT, Category.PLANNING_DESIGN, 6L, null, TO, "COMPLAINT", "RECEIVED");
        complaint(PROJECT + 1, 8L, null, TO.minus(Duration.ofDays(1)));
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 100)).isEqualTo(5);
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 3)).isEqualTo(3);
    }

    @Test
    void aFloodFromOneComplainantIsCountedByComplainantNotByComplaint() {
        clear();
        complaints(ComplainantCount.WINDOW_ROWS + 50, PROJECT, CATEGORY, 1L, null, TO, "COMPLAINT", "RECEIVED");
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 3)).isEqualTo(1);
        complaint(PROJECT, null, "13800000002", FROM);
        complaint(PROJECT, 1L, null, FROM.minusSeconds(1));
        complaint(PROJECT, 2L, null, FROM.minusSeconds(1));
        complaint(PROJECT, CATEGORY, 3L, null, FROM, "COMPLAINT", "CANCELLED");
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 3)).isEqualTo(2);
        complaint(PROJECT, null, null, TO.minus(Duration.ofDays(29)));
        complaint(PROJECT, 4L, null, TO.minus(Duration.ofDays(29)));
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 3)).isEqualTo(3);
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 4)).isEqualTo(4);
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 100)).isEqualTo(4);
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 2)).isEqualTo(2);
    }

    @Test
    void theFloodIsReadFromTheComplainantIndex() {
        clear();
        complaints(1000, PROJECT, CATEGORY, 1L, null, TO, "COMPLAINT", "RECEIVED");
        complaints(1000, PROJECT, CATEGORY, 2L, null, TO, "COMPLAINT", "RECEIVED");
        jdbc.sql("analyze request").update();
        String plan = String.join("\n", jdbc.sql("""
                explain select coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,
                                        'request:' || id::text)
                from request
                where kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = 7
                  and category = 'ENGINEERING_QUALITY' and received_at between now() - interval '1 year' and now()
                  and coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone, 'request:' || id::text)
                      > 'customer:1'
                order by 1 limit 1""").query(String.class).list());
        assertThat(plan).contains("request_complaint_complainant_idx");
        assertThat(count.different(PROJECT, CATEGORY, FROM, TO, 3)).isEqualTo(2);
    }
}
