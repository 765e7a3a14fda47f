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
 * First one range of {@code request_complaint_problem_idx} (V20), at most
 * {@link #WINDOW_ROWS} rows: the exact answer for any ordinary window. Only a
 * window with more complaints than that (a flood, perhaps from one complainant)
 * is counted by skipping from one complainant to the next in
 * {@code request_complaint_complainant_idx} (V25), two index probes per
 * complainant of the project's complaints of that category, however many
 * complaints each of them made, stopping at the number the rule needs.
 */
@Component
public class ComplainantCount {

    /** Complaints of one window read directly; beyond this the count skips complainant by complainant. */
    static final int WINDOW_ROWS = 50;

    /** As in the expression of {@code request_complaint_complainant_idx}: the planner matches the text. */
    private static final String COMPLAINANT = "coalesce('customer:' || customer_id::text, 'phone:' || reporter_phone,"
            + " 'request:' || id::text)";
    private static final String PROJECT_CATEGORY = """
            kind = 'COMPLAINT' and status <> 'CANCELLED' and project_id = :project and category = :category""";
    private static final String PROBLEM = PROJECT_CATEGORY + " and received_at between :from and :to";

    /**
     * The window's count and, only when the window is full and short of {@code enough}, the skipping count, in
     * one statement: the walk is an uncorrelated subquery in the {@code case}, which PostgreSQL runs only when
     * that branch is taken (an init plan is evaluated on first use), so an ordinary window costs what it did
     * alone, and a flooded one a round trip less than a second statement would.
     */
    private static final String COUNT = """
            select case when w.rows < :rows or w.different >= :enough then least(w.different, :enough)
                        else (%s) end
            from (select count(distinct complainant) as different, count(*) as rows
                  from (select %s as complainant from request where %s limit :rows) problem) w""".formatted(
            skipping(), COMPLAINANT, PROBLEM);

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

    /**
     * A loose index scan of {@code request_complaint_complainant_idx}: from one complainant of the project's
     * complaints of this category to the next (one probe each, however many complaints each made), asking of
     * each whether one of their complaints lies in the window (one more probe), until {@code enough} do. The
     * window is tested with a range ({@code tstzrange(…) @> received_at}) rather than {@code between} so that
     * a generic plan cannot prefer V20's range over the window and sort every complaint in it.
     */
    private static String skipping() {
        String inWindow = "exists (select 1 from request where " + PROJECT_CATEGORY + " and " + COMPLAINANT
                + " = c.complainant and tstzrange(:from, :to, '[]') @> received_at)::int";
        return """
                with recursive walk (complainant, found) as (
                    select c.complainant, %s
                    from (select %s as complainant from request where %s order by 1 limit 1) c
                    union all
                    select c.complainant, walk.found + %s
                    from walk, lateral (select %s as complainant from request
                                        where %s and %s > walk.complainant order by 1 limit 1) c
                    where walk.found < :enough)
                select coalesce(max(found), 0) from walk""".formatted(inWindow, COMPLAINANT, PROJECT_CATEGORY,
                inWindow, COMPLAINANT, PROJECT_CATEGORY, COMPLAINANT);
    }
}
