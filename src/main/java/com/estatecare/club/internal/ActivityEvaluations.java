package com.estatecare.club.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.surveys.ParticipantSurveys;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An activity's evaluation survey (活动评估): a survey campaign of the surveys module sent to the attendees of a held
 * activity (decision 052), once; its standing is read from that campaign.
 */
@Component
class ActivityEvaluations {

    /** The activity's evaluation survey as the detail shows it; {@code standing} is null until one is sent. */
    @Schema(name = "ClubActivityEvaluation")
    record Evaluation(long activityId, Long campaignId, ParticipantSurveys.Standing standing) {
    }

    record Locked(long id, long projectId, String scopePath, String theme, String status,
            Long evaluationCampaignId) {
    }

    record Attendee(long customerId, String scopePath) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;
    private final ParticipantSurveys surveys;

    ActivityEvaluations(JdbcClient jdbc, Registry registry, ParticipantSurveys surveys) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.surveys = surveys;
    }

    /** Sends the template to every attendee, in one transaction with the activity's record of it. */
    @Transactional
    Evaluation send(long activityId, Long templateId, LocalDate dueOn, CurrentUser user) {
        Locked activity = jdbc.sql("""
                select id, project_id, scope_path, theme, status, evaluation_campaign_id
                from club_activity where id = :id for update""")
                .param("id", activityId).query(Rows.of(Locked.class)).optional().filter(a -> user.covers(a.scopePath()))
                .orElseThrow(() -> DomainException.notFound("club-activity"));
        List<Attendee> attendees = jdbc.sql("""
                select s.customer_id, m.scope_path
                from club_activity_signup s join club_member m on m.id = s.member_id
                where s.activity_id = :id and s.attended_at is not null
                order by s.id""").param("id", activityId).query(Rows.of(Attendee.class)).list();
        EvaluationSurveyRule.launch(Status.valueOf(activity.status()), activity.evaluationCampaignId(),
                attendees.size());
        Map<Long, CustomerView> customers = registry.customers(attendees.stream().map(Attendee::customerId).toList())
                .stream().collect(Collectors.toMap(CustomerView::id, Function.identity()));
        List<ParticipantSurveys.Participant> participants = attendees.stream()
                .filter(a -> customers.containsKey(a.customerId()))
                .map(a -> new ParticipantSurveys.Participant(a.customerId(), customers.get(a.customerId()).name(),
                        a.scopePath()))
                .toList();
        long campaign = surveys.launch(new ParticipantSurveys.Launch("活动评估：" + activity.theme(), templateId,
                activity.projectId(), dueOn, participants), user);
        jdbc.sql("update club_activity set evaluation_campaign_id = :campaign where id = :id")
                .param("campaign", campaign).param("id", activityId).update();
        return of(activityId, user);
    }

    /** The activity's evaluation survey and how it stands. */
    @Transactional(readOnly = true)
    Evaluation of(long activityId, CurrentUser user) {
        Locked activity = jdbc.sql("""
                select id, project_id, scope_path, theme, status, evaluation_campaign_id
                from club_activity where id = :id""")
                .param("id", activityId).query(Rows.of(Locked.class)).optional().filter(a -> user.covers(a.scopePath()))
                .orElseThrow(() -> DomainException.notFound("club-activity"));
        Long campaign = activity.evaluationCampaignId();
        return new Evaluation(activityId, campaign,
                campaign == null ? null : surveys.standing(campaign, user).orElse(null));
    }
}
