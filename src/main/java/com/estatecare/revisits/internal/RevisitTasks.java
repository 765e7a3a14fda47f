package com.estatecare.revisits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.Policies;
import com.estatecare.revisits.RevisitActivities;
import com.estatecare.revisits.RevisitAnswered;
import com.estatecare.revisits.RevisitPolicy;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The revisit queue, and answering a task with its questionnaire. */
@Component
class RevisitTasks {

    static final int MAX_ACTIVITIES = 100;
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final RevisitTemplates templates;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final ObjectProvider<RevisitActivities> activities;

    RevisitTasks(JdbcClient jdbc, RevisitTemplates templates, Policies policies, ApplicationEventPublisher events,
            ObjectMapper json, Clock clock, ObjectProvider<RevisitActivities> activities) {
        this.activities = activities;
        this.jdbc = jdbc;
        this.templates = templates;
        this.policies = policies;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The tasks in the caller's branch by due time, soonest first: {@code status} (default OPEN), one project,
     * only overdue ones; the cursor is the last task's id.
     */
    @Transactional(readOnly = true)
    CursorPage<RevisitTask> list(RevisitTask.Status status, Long projectId, boolean overdueOnly, String cursor,
            int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "t.scope_path");
        StringBuilder sql = new StringBuilder("select t.* from revisit_task t where ").append(visible.sql())
                .append(" and t.status = :status");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("status", status.name());
        long after = CursorPage.decode(cursor);
        if (after != Long.MAX_VALUE) {
            sql.append(" and (t.due_at, t.id) > (select a.due_at, a.id from revisit_task a where a.id = :after)");
            params.put("after", after);
        }
        if (projectId != null) {
            sql.append(" and t.project_id = :project");
            params.put("project", projectId);
        }
        Instant now = clock.instant();
        if (overdueOnly) {
            sql.append(" and t.due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        sql.append(" order by t.due_at, t.id limit :limit");
        params.put("limit", limit + 1);
        List<RevisitTask> rows = jdbc.sql(sql.toString()).params(params).query((rs, i) -> read(rs, now)).list();
        return CursorPage.of(rows, limit, RevisitTask::id);
    }

    /** A task in the caller's branch, or 404: another branch's or company's task is never revealed. */
    @Transactional(readOnly = true)
    RevisitTask find(long id, CurrentUser user) {
        return visible(id, user, false);
    }

    private RevisitTask visible(long id, CurrentUser user, boolean lock) {
        VisibleTo visible = VisibleTo.sql(user, "t.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", id);
        Instant now = clock.instant();
        return jdbc.sql("select t.* from revisit_task t where t.id = :id and " + visible.sql()
                + (lock ? " for update" : "")).params(params).query((rs, i) -> read(rs, now)).optional()
                .orElseThrow(() -> DomainException.notFound("revisit"));
    }

    /**
     * Records the answer of an open task and has the request take its revisit step in the same transaction
     * (unsatisfied → second handling). A task answered or withdrawn before is a conflict. A revisit made during a
     * club activity (method ACTIVITY) names the activity ({@link ActivityRevisitRule}): one of the task's company
     * that the caller may see, else 422 naming {@code activityId}.
     */
    @Transactional
    RevisitTask answer(long id, long templateId, RevisitAnswered.Method method, Long activityId,
            Map<String, Object> given, CurrentUser user) {
        String methodProblem = ActivityRevisitRule.methodProblem(method, activityId);
        if (methodProblem != null) {
            throw DomainException.invalidField("activityId", methodProblem);
        }
        RevisitTask task = visible(id, user, true);
        if (task.status() != RevisitTask.Status.OPEN) {
            throw DomainException.conflict(task.status() == RevisitTask.Status.ANSWERED ? "revisit-already-answered"
                    : "revisit-withdrawn").with("currentStatus", task.status());
        }
        long companyId = jdbc.sql("select company_id from revisit_task where id = :id").param("id", id)
                .query(Long.class).single();
        Questionnaire questionnaire = templates.usable(templateId, companyId);
        RevisitPolicy policy = policies.current(RevisitPolicy.class, companyId).policy();
        Questionnaire.Outcome outcome = questionnaire.answer(given, policy);
        Instant now = clock.instant();
        RevisitActivities.Activity activity = activityId == null ? null : activity(activityId, companyId, now, policy,
                user);
        jdbc.sql("""
                update revisit_task set status = 'ANSWERED', answered_via = 'QUESTIONNAIRE', method = :method,
                    activity_id = :activity, activity_theme = :activityTheme,
                    template_id = :template, answers = cast(:answers as jsonb), satisfied = :satisfied,
                    satisfaction = :satisfaction, followed_up = :followedUp, answered_by = :by,
                    answered_by_name = :byName, answered_at = :at
                where id = :id""")
                .param("method", method.name()).param("template", templateId)
                .param("activity", activity == null ? null : activity.id())
                .param("activityTheme", activity == null ? null : activity.theme())
                .param("answers", json.writeValueAsString(outcome.answers())).param("satisfied", outcome.satisfied())
                .param("satisfaction", outcome.satisfaction()).param("followedUp", outcome.followedUp())
                .param("by", user.accountId()).param("byName", user.displayName()).param("at", Timestamp.from(now))
                .param("id", id).update();
        events.publishEvent(new RevisitAnswered(id, task.requestId(), companyId, method, templateId,
                questionnaire.code(), questionnaire.version(), outcome.satisfied(), outcome.satisfaction(),
                outcome.followedUp(), outcome.comment(), activityId, user, now));
        return visible(id, user, false);
    }

    /**
     * The club activities the task's revisit can name when it is answered now: of its company, visible to the
     * caller, not cancelled, begun and ended no longer ago than the revisit policy's days.
     */
    @Transactional(readOnly = true)
    List<RevisitActivities.Activity> activitiesAround(long id, CurrentUser user) {
        visible(id, user, false);
        long companyId = jdbc.sql("select company_id from revisit_task where id = :id").param("id", id)
                .query(Long.class).single();
        RevisitActivities source = activities.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        Instant now = clock.instant();
        RevisitPolicy policy = policies.current(RevisitPolicy.class, companyId).policy();
        return source.between(companyId, ActivityRevisitRule.earliestEnd(now, policy), now, MAX_ACTIVITIES, user);
    }

    private RevisitActivities.Activity activity(long activityId, long companyId, Instant now, RevisitPolicy policy,
            CurrentUser user) {
        RevisitActivities source = activities.getIfAvailable();
        RevisitActivities.Activity activity = (source == null ? java.util.Optional.<RevisitActivities.Activity>empty()
                : source.find(activityId, companyId, user)).filter(a -> a.companyId() == companyId)
                .orElseThrow(() -> DomainException.unknownReference("activityId"));
        if (!ActivityRevisitRule.around(activity.startsAt(), activity.endsAt(), now, policy)) {
            throw DomainException.unprocessable("revisit-activity-not-around", policy.days())
                    .with("errors", List.of(FieldProblem.of("activityId", "activity-not-around")));
        }
        return activity;
    }

    private RevisitTask read(ResultSet rs, Instant now) throws SQLException {
        Instant due = rs.getTimestamp("due_at").toInstant();
        RevisitTask.Status status = RevisitTask.Status.valueOf(rs.getString("status"));
        String method = rs.getString("method");
        String answers = rs.getString("answers");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new RevisitTask(rs.getLong("id"), rs.getLong("request_id"), rs.getString("request_number"),
                rs.getInt("handling_round"), rs.getObject("project_id", Long.class), rs.getString("project_name"),
                rs.getString("unit_label"), rs.getTimestamp("completed_at").toInstant(), due, status,
                status == RevisitTask.Status.OPEN && due.isBefore(now), rs.getString("answered_via"),
                method == null ? null : RevisitAnswered.Method.valueOf(method),
                rs.getObject("template_id", Long.class), answers == null ? null : json.readValue(answers, ANSWERS),
                rs.getObject("satisfied", Boolean.class), rs.getObject("satisfaction", Integer.class),
                rs.getObject("followed_up", Boolean.class), rs.getString("answered_by_name"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getObject("activity_id", Long.class),
                rs.getString("activity_theme"));
    }
}
