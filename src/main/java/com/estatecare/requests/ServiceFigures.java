package com.estatecare.requests;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The requests module's service-quality aggregates for the monthly report
 * (客服月报, docs/kpis.md): requests closed and how (first-contact resolution,
 * reopened), repairs that repeat an earlier request, the owners' ratings and
 * the revisits' answers, and the most reported problems. Each counts in the
 * database over the request table (and the timeline's confirmation and revisit
 * steps) of one period and branch; nothing is loaded row by row.
 */
@Component
public class ServiceFigures {

    /**
     * Requests archived in the period: all of them, those handled more than once
     * (reopened, 二次处理), and those resolved at the first contact (one round, not
     * a repeat of an earlier request).
     */
    public record Closures(long closed, long reopened, long firstContact) {
    }

    /** Repairs registered in the period, and those linked to an earlier request about the same problem. */
    public record Repeats(long repairs, long repeated) {
    }

    /**
     * The owners' confirmations with a rating (1–5) given in the period: how many, the sum of the ratings, how
     * many rated 4 or 5; the revisits made in the period: how many, how many satisfied, the sum of their
     * satisfaction (1–5), how many answered whether the first-contact department followed up and how many said yes.
     */
    public record Ratings(long ratings, long ratingSum, long ratingsGood, long revisits, long revisitsSatisfied,
            long revisitScoreSum, long followUpAnswers, long followedUp) {
    }

    /** A problem reported in the period: its kind, category and component (either may be null), how often. */
    public record Problem(RequestKind kind, String category, String componentCode, long count) {
    }

    private final JdbcClient jdbc;

    ServiceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests archived in the period under the branch at {@code scopePath}. */
    @Transactional(readOnly = true)
    public Closures closures(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "r.scope_path");
        return jdbc.sql("""
                select count(*) as closed,
                       count(*) filter (where r.handling_round > 1) as reopened,
                       count(*) filter (where r.handling_round = 1 and r.related_request_id is null) as first_contact
                from request r
                where r.status = 'ARCHIVED' and r.closed_at >= :start and r.closed_at < :end and %s""".formatted(
                        visible.sql()))
                .params(visible.params()).params(period.params())
                .query((rs, n) -> new Closures(rs.getLong("closed"), rs.getLong("reopened"),
                        rs.getLong("first_contact")))
                .single();
    }

    /** Repairs registered in the period under the branch, and those linked to an earlier request. */
    @Transactional(readOnly = true)
    public Repeats repeats(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "r.scope_path");
        return jdbc.sql("""
                select count(*) as repairs, count(r.related_request_id) as repeated
                from request r
                where r.created_at >= :start and r.created_at < :end and r.kind = 'REPAIR' and %s""".formatted(
                        visible.sql()))
                .params(visible.params()).params(period.params())
                .query((rs, n) -> new Repeats(rs.getLong("repairs"), rs.getLong("repeated")))
                .single();
    }

    /** The ratings of the owners' confirmations and the revisits' answers given in the period under the branch. */
    @Transactional(readOnly = true)
    public Ratings ratings(ReportPeriod period, String scopePath) {
        VisibleTo visible = VisibleTo.branch(scopePath, "r.scope_path");
        return jdbc.sql("""
                with step as (
                    select t.action, t.details::jsonb as d
                    from request_timeline t
                    join request r on r.id = t.request_id
                    where t.action in ('VERIFY', 'REVISIT') and t.at >= :start and t.at < :end and %s
                )
                select count(*) filter (where action = 'VERIFY' and d ->> 'rating' is not null) as ratings,
                       coalesce(sum((d ->> 'rating')::int) filter (where action = 'VERIFY'), 0) as rating_sum,
                       count(*) filter (where action = 'VERIFY' and (d ->> 'rating')::int >= 4) as ratings_good,
                       count(*) filter (where action = 'REVISIT') as revisits,
                       count(*) filter (where action = 'REVISIT' and (d ->> 'satisfied')::boolean) as satisfied,
                       coalesce(sum((d ->> 'satisfaction')::int) filter (where action = 'REVISIT'), 0) as score_sum,
                       count(*) filter (where action = 'REVISIT' and d ->> 'followedUp' is not null) as follow_up_answers,
                       count(*) filter (where action = 'REVISIT' and (d ->> 'followedUp')::boolean) as followed_up
                from step""".formatted(visible.sql()))
                .params(visible.params()).params(period.params())
                .query((rs, n) -> new Ratings(rs.getLong("ratings"), rs.getLong("rating_sum"),
                        rs.getLong("ratings_good"), rs.getLong("revisits"), rs.getLong("satisfied"),
                        rs.getLong("score_sum"), rs.getLong("follow_up_answers"), rs.getLong("followed_up")))
                .single();
    }

    /**
     * The {@code limit} problems most often reported in the period under the branch: repairs and complaints
     * registered, grouped by kind, category and component, most frequent first.
     */
    @Transactional(readOnly = true)
    public List<Problem> topProblems(ReportPeriod period, String scopePath, int limit) {
        VisibleTo visible = VisibleTo.branch(scopePath, "r.scope_path");
        return jdbc.sql("""
                select r.kind, r.category, r.component_code, count(*) as n
                from request r
                where r.created_at >= :start and r.created_at < :end and r.kind in ('REPAIR', 'COMPLAINT') and %s
                group by 1, 2, 3
                order by n desc, 1, 2 nulls last, 3 nulls last
                limit :limit""".formatted(visible.sql()))
                .params(visible.params()).params(period.params()).param("limit", limit)
                .query((rs, n) -> new Problem(RequestKind.valueOf(rs.getString("kind")), rs.getString("category"),
                        rs.getString("component_code"), rs.getLong("n")))
                .list();
    }
}
