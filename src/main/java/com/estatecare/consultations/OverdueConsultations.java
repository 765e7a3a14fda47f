package com.estatecare.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sweep that tells of consultations past their due time without an
 * opinion: each one is marked notified and published as
 * {@link ConsultationOverdue} in one statement, so that it is told once, even
 * when several instances sweep at the same time or one restarts.
 */
@Service
public class OverdueConsultations {

    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueConsultations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Marks and publishes the consultations that became overdue; returns how many. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        List<ConsultationOverdue> overdue = jdbc.sql("""
                update consultation set overdue_notified_at = :now
                where id in (select id from consultation
                             where opinion is null and overdue_notified_at is null and due_at < :now
                             order by due_at limit :batch for update skip locked)
                  and overdue_notified_at is null
                returning id, request_id, company_id, field, requested_by, consultant_id, due_at""")
                .param("now", Timestamp.from(now)).param("batch", BATCH)
                .query((rs, row) -> new ConsultationOverdue(rs.getLong("id"), rs.getLong("request_id"),
                        rs.getLong("company_id"), ConsultantField.valueOf(rs.getString("field")),
                        rs.getLong("requested_by"), rs.getObject("consultant_id", Long.class),
                        rs.getTimestamp("due_at").toInstant(), now))
                .list();
        overdue.forEach(events::publishEvent);
        return overdue.size();
    }
}
