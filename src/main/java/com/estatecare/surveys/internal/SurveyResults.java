package com.estatecare.surveys.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A campaign's results, counted in SQL over its targets: the satisfaction figures for the whole campaign and per
 * project, and per question how often each rating or option was chosen (text answers: how many).
 */
@Component
class SurveyResults {

    @Schema(name = "SurveyResults")
    record Results(SurveyCampaign campaign, SurveySatisfaction total, List<ProjectResult> projects,
            List<QuestionResult> questions) {
    }

    @Schema(name = "SurveyProjectResult")
    record ProjectResult(Long projectId, String projectName, SurveySatisfaction figures) {
    }

    /** One question: its answers, and per value (a rating 1–5 or an option key) how many chose it. */
    @Schema(name = "SurveyQuestionResult")
    record QuestionResult(String key, SurveyForm.Type type, String text, String textEn, long answers,
            List<ValueCount> values) {
    }

    @Schema(name = "SurveyValueCount")
    record ValueCount(String value, long count) {
    }

    private final JdbcClient jdbc;
    private final SurveyCampaigns campaigns;
    private final SurveyTemplates templates;

    SurveyResults(JdbcClient jdbc, SurveyCampaigns campaigns, SurveyTemplates templates) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    Results of(long campaignId, CurrentUser user) {
        SurveyCampaign campaign = campaigns.find(campaignId, user);
        SurveyForm form = templates.byId(campaign.templateId()).orElseThrow();
        List<ProjectResult> projects = jdbc.sql("""
                select project_id, max(project_name) as project_name, count(*) as targets,
                    count(*) filter (where status = 'ANSWERED') as answered, count(satisfaction) as rated,
                    count(*) filter (where satisfaction >= :from) as satisfied, coalesce(sum(satisfaction), 0) as score_sum
                from survey_target where campaign_id = :campaign
                group by project_id order by max(project_name), project_id""")
                .param("campaign", campaignId).param("from", SurveySatisfaction.SATISFIED_FROM)
                .query((rs, i) -> new ProjectResult(rs.getObject("project_id", Long.class), rs.getString("project_name"),
                        SurveySatisfaction.of(rs.getLong("targets"), rs.getLong("answered"), rs.getLong("rated"),
                                rs.getLong("satisfied"), rs.getLong("score_sum"))))
                .list();
        SurveySatisfaction total = SurveySatisfaction.of(sum(projects, SurveySatisfaction::targets),
                sum(projects, SurveySatisfaction::answered), sum(projects, SurveySatisfaction::rated),
                sum(projects, SurveySatisfaction::satisfied), sum(projects, SurveySatisfaction::scoreSum));
        List<KeyValue> counts = jdbc.sql("""
                select a.key, case when jsonb_typeof(a.value) = 'string' and a.key in (:texts) then null
                    else a.value #>> '{}' end as value, count(*) as n
                from survey_target s cross join lateral jsonb_each(s.answers) as a(key, value)
                where s.campaign_id = :campaign and s.status = 'ANSWERED'
                group by 1, 2""")
                .param("campaign", campaignId).param("texts", textKeys(form))
                .query((rs, i) -> new KeyValue(rs.getString("key"), rs.getString("value"), rs.getLong("n"))).list();
        List<QuestionResult> questions = form.questions().stream().map(q -> question(q, counts)).toList();
        return new Results(campaign, total, projects, questions);
    }

    private record KeyValue(String key, String value, long count) {
    }

    private static QuestionResult question(SurveyForm.Question q, List<KeyValue> counts) {
        List<KeyValue> mine = counts.stream().filter(c -> c.key().equals(q.key())).toList();
        long answers = mine.stream().mapToLong(KeyValue::count).sum();
        List<ValueCount> values = switch (q.type()) {
            case SCALE -> java.util.stream.IntStream.rangeClosed(SurveyForm.SCALE_MIN, SurveyForm.SCALE_MAX)
                    .mapToObj(n -> new ValueCount(Integer.toString(n), count(mine, Integer.toString(n)))).toList();
            case CHOICE -> q.options().stream().map(o -> new ValueCount(o.key(), count(mine, o.key()))).toList();
            case TEXT -> List.of();
        };
        return new QuestionResult(q.key(), q.type(), q.text(), q.textEn(), answers, values);
    }

    private static long count(List<KeyValue> rows, String value) {
        return rows.stream().filter(r -> value.equals(r.value())).mapToLong(KeyValue::count).sum();
    }

    private static List<String> textKeys(SurveyForm form) {
        List<String> keys = form.questions().stream().filter(q -> q.type() == SurveyForm.Type.TEXT)
                .map(SurveyForm.Question::key).toList();
        return keys.isEmpty() ? List.of("") : keys;
    }

    private static long sum(List<ProjectResult> rows, java.util.function.ToLongFunction<SurveySatisfaction> f) {
        return rows.stream().map(ProjectResult::figures).mapToLong(f).sum();
    }
}
