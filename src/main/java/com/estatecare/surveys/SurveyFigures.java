package com.estatecare.surveys;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.ReportPeriod;

/**
 * The surveys module's aggregate for reports (满意度调查, docs/kpis.md "Satisfaction surveys"): the answers
 * recorded in a period under a branch, per campaign milestone, with their ratings of the overall-satisfaction
 * question, counted in one SQL statement over {@code survey_target}. A rating of {@value #SATISFIED_FROM} or more
 * is satisfied, as in a campaign's own results.
 */
@Component
public class SurveyFigures {

    /** The lowest rating (1–5) that counts as satisfied. */
    public static final int SATISFIED_FROM = 4;

    /**
     * The answers of one milestone's campaigns (AFTER_SIGNING, AFTER_DELIVERY, YEARLY, AFTER_ACTIVITY): how many,
     * how many rated the overall satisfaction, how many of those 4 or 5, and the sum of those ratings.
     */
    public record Answers(String milestone, long answered, long rated, long satisfied, long scoreSum) {
    }

    private final JdbcClient jdbc;

    SurveyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per milestone, the answers recorded in the period by targets under the branch at {@code scopePath}. */
    @Transactional(readOnly = true)
    public List<Answers> answeredIn(ReportPeriod period, String scopePath) {
        VisibleTo branch = VisibleTo.branch(scopePath, "t.scope_path");
        return jdbc.sql("""
                select c.milestone, count(*) as answered, count(t.satisfaction) as rated,
                    count(*) filter (where t.satisfaction >= :satisfiedFrom) as satisfied,
                    coalesce(sum(t.satisfaction), 0) as score_sum
                from survey_target t
                join survey_campaign c on c.id = t.campaign_id
                where %s and t.status = 'ANSWERED' and t.answered_at >= :start and t.answered_at < :end
                group by c.milestone
                order by c.milestone""".formatted(branch.sql()))
                .params(branch.params()).params(period.params()).param("satisfiedFrom", SATISFIED_FROM)
                .query((rs, i) -> new Answers(rs.getString("milestone"), rs.getLong("answered"), rs.getLong("rated"),
                        rs.getLong("satisfied"), rs.getLong("score_sum")))
                .list();
    }
}
