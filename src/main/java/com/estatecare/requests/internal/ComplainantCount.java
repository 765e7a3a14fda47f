package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.requests.Category;

/**
 * The hotspot rule's count: how many different complainants (the customer, else
 * the reporter's phone, else the complaint itself) made complaints of a category
 * in a project received in a window, cancelled ones left out — counted only up
 * to the number the rule needs, so that the work is bounded by that number and
 * not by how many complaints one complainant made.
 * <p>
 * The count is the database function {@code complainants_different} (V47): one
 * range of {@code request_complaint_problem_idx} (V20), at most
 * {@link #WINDOW_ROWS} rows, is the exact answer for any ordinary window; only a
 * window with more complaints than that (a flood, perhaps from one complainant)
 * is counted by skipping from one complainant to the next in
 * {@code request_complaint_complainant_idx} (V25), two index probes per
 * complainant, stopping at the number the rule needs. A function, so that its
 * plan is made once per connection rather than on every complaint.
 */
@Component
public class ComplainantCount {

    /** Complaints of one window read directly; beyond this the count skips complainant by complainant. */
    static final int WINDOW_ROWS = 50;

    private static final String COUNT = """
            select complainants_different(:project, :category, :from, :to, :rows, :enough)""";

    private final JdbcClient jdbc;

    ComplainantCount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of different complainants, but no more than {@code enough}. */
    public int different(long projectId, Category category, Instant from, Instant to, int enough) {
        return jdbc.sql(COUNT)
                .param("project", projectId).param("category", category.name()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("rows", WINDOW_ROWS).param("enough", enough)
                .query(Integer.class).single();
    }
}
