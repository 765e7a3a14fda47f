package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.Visibility;
import com.estatecare.retention.RetentionPolicy;
import com.estatecare.retention.RetentionSwept;
import com.estatecare.retention.RetentionSwept.DataKind;

/**
 * One bounded batch of each retention rule over a company's requests, each in its own transaction: the rows are
 * locked with {@code skip locked}, so two instances never take the same ones, and what a batch did is on the
 * requests' timelines and, through {@link RetentionSwept}, in the audit log before it commits. A request under legal
 * hold, or whose customer is, is left alone. Each returns how many records it took: fewer than the batch means done.
 */
@Component
class RequestRetention {

    private static final String NOT_HELD = """
            r.legal_hold_at is null
            and not exists (select 1 from customer c where c.id = r.customer_id and c.legal_hold_at is not null)""";
    private static final String SYSTEM = "system";
    private static final String REMOVED = "PERSONAL_DATA_REMOVED";

    private final JdbcClient jdbc;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;

    RequestRetention(JdbcClient jdbc, Timeline timeline, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.timeline = timeline;
        this.events = events;
    }

    /** The references to call recordings older than the cutoff are erased from the timeline (通话录音). */
    @Transactional
    public int removeRecordings(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> requestIds = jdbc.sql("""
                with due as (
                    select t.id from request_timeline t
                    join request r on r.id = t.request_id
                    where t.company_id = :company and t.action = 'CALL_RECORDING' and t.details is not null
                      and t.at < :cutoff and """ + " " + NOT_HELD + """

                    order by t.at, t.id
                    limit :batch
                    for update of t skip locked)
                update request_timeline t set details = null from due where t.id = due.id
                returning t.request_id""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        List<Long> distinct = requestIds.stream().distinct().sorted().toList();
        record(distinct, DataKind.CALL_RECORDING, companyId, policyVersion, cutoff, now);
        return requestIds.size();
    }

    /** The photos and documents of requests closed before the cutoff are deleted (照片与附件). */
    @Transactional
    public int removePhotos(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> due = jdbc.sql("""
                select r.id from request r
                where r.company_id = :company and r.closed_at is not null and r.closed_at < :cutoff
                  and r.photos_removed_at is null and r.anonymised_at is null
                  and r.status in ('ARCHIVED', 'CANCELLED') and """ + " " + NOT_HELD + """

                order by r.closed_at, r.id
                limit :batch
                for update of r skip locked""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> withPhotos = jdbc.sql("""
                delete from request_attachment where request_id in (:ids)
                returning request_id""").param("ids", due).query(Long.class).list()
                .stream().distinct().sorted().toList();
        jdbc.sql("update request set photos_removed_at = :now where id in (:ids)")
                .param("now", Timestamp.from(now)).param("ids", due).update();
        record(withPhotos, DataKind.PHOTOS, companyId, policyVersion, cutoff, now);
        return due.size();
    }

    /**
     * Requests closed before the cutoff are anonymised (已关闭工单匿名化): the description, the expected outcome, the
     * reporter's and the customer's name and phone become {@link RetentionPolicy#ANONYMISED} or nothing, every
     * timeline note and the customer's own name on it too, photos go; category, dates, status, grade, figures and
     * the link to the unit stay, so reports and counts stay right.
     */
    @Transactional
    public int anonymiseClosed(long companyId, int policyVersion, Instant cutoff, Instant now, int batch) {
        List<Long> due = jdbc.sql("""
                select r.id from request r
                where r.company_id = :company and r.closed_at is not null and r.closed_at < :cutoff
                  and r.anonymised_at is null and r.status in ('ARCHIVED', 'CANCELLED') and """ + " " + NOT_HELD + """

                order by r.closed_at, r.id
                limit :batch
                for update of r skip locked""")
                .param("company", companyId).param("cutoff", Timestamp.from(cutoff)).param("batch", batch)
                .query(Long.class).list();
        if (due.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                update request_timeline t
                set note = case when t.note is null then null else :marker end,
                    actor_name = case when t.actor_name in (r.customer_name, r.reporter_name) then :marker
                                      else t.actor_name end,
                    details = case when t.action = 'CALL_RECORDING' then null else t.details end
                from request r
                where r.id = t.request_id and t.request_id in (:ids)
                  and (t.note is distinct from :marker and t.note is not null
                       or t.actor_name in (r.customer_name, r.reporter_name)
                       or t.action = 'CALL_RECORDING' and t.details is not null)""")
                .param("marker", RetentionPolicy.ANONYMISED).param("ids", due).update();
        jdbc.sql("delete from request_attachment where request_id in (:ids)").param("ids", due).update();
        jdbc.sql("""
                update request
                set description = :marker,
                    expected_outcome = case when expected_outcome is null then null else :marker end,
                    customer_name = case when customer_name is null then null else :marker end,
                    reporter_name = case when reporter_name is null then null else :marker end,
                    reporter_phone = null,
                    anonymised_at = :now,
                    version = version + 1
                where id in (:ids)""")
                .param("marker", RetentionPolicy.ANONYMISED).param("now", Timestamp.from(now)).param("ids", due)
                .update();
        record(due, DataKind.CLOSED_REQUEST, companyId, policyVersion, cutoff, now);
        return due.size();
    }

    /** The timeline entry of each request touched, and one event for the audit log. */
    private void record(List<Long> requestIds, DataKind kind, long companyId, int policyVersion, Instant cutoff,
            Instant now) {
        if (requestIds.isEmpty()) {
            return;
        }
        for (long id : requestIds) {
            timeline.appendAtCurrentStatus(id, now, null, SYSTEM, REMOVED, null,
                    Map.of("kind", kind.name(), "policyVersion", policyVersion), Visibility.INTERNAL);
        }
        events.publishEvent(new RetentionSwept(kind, companyId, policyVersion, cutoff, "REQUEST", requestIds));
    }
}
