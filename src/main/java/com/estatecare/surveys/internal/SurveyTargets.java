package com.estatecare.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.surveys.SurveyAnswered;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The targets of campaigns and their answers: one answer per target (a retry of the same answer returns it, a
 * different one is refused), by the owner it is addressed to or by staff of the campaign's branch, until its
 * due day has passed.
 */
@Component
class SurveyTargets {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };
    private static final String SELECT = """
            select s.*, c.name as campaign_name, c.due_on, c.template_id
            from survey_target s join survey_campaign c on c.id = s.campaign_id""";

    private final JdbcClient jdbc;
    private final SurveyTemplates templates;
    private final ObjectMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SurveyTargets(JdbcClient jdbc, SurveyTemplates templates, ObjectMapper json, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
    }

    /** A campaign's targets in the caller's branch, by id, with a cursor. */
    @Transactional(readOnly = true)
    CursorPage<SurveyTarget> ofCampaign(long campaignId, String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        long after = cursor == null ? 0 : CursorPage.decode(cursor);
        List<SurveyTarget> rows = jdbc.sql(SELECT + " where s.campaign_id = :campaign and s.id > :after and %s order by s.id limit :limit"
                .formatted(visible.sql()))
                .params(visible.params()).param("campaign", campaignId).param("after", after).param("limit", limit + 1)
                .query(this::read).list();
        return CursorPage.of(rows, limit, SurveyTarget::id);
    }

    /** The surveys addressed to the signed-in owner, newest first (at most 100). */
    @Transactional(readOnly = true)
    List<SurveyTarget> mine(CurrentUser owner) {
        if (owner.customerId() == null) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where s.customer_id = :customer order by s.id desc limit 100")
                .param("customer", owner.customerId()).query(this::read).list();
    }

    /** One survey addressed to the owner, with its questions; another's is not found. */
    @Transactional(readOnly = true)
    SurveyTarget mineOne(long id, CurrentUser owner) {
        SurveyTarget target = ownersTarget(id, owner);
        return target.with(templates.byId(templateOf(id)).orElseThrow());
    }

    /** The owner answers a survey addressed to them. */
    @Transactional
    SurveyTarget answerAsOwner(long id, Map<String, Object> answers, CurrentUser owner) {
        ownersTarget(id, owner);
        return answer(id, answers, SurveyTarget.Via.PORTAL, owner.displayName());
    }

    /** Staff enter the answer given during a call, for a target of a campaign in their branch. */
    @Transactional
    SurveyTarget answerAsStaff(long campaignId, long id, Map<String, Object> answers, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        jdbc.sql(SELECT + " where s.id = :id and s.campaign_id = :campaign and %s".formatted(visible.sql()))
                .params(visible.params()).param("id", id).param("campaign", campaignId).query(this::read).optional()
                .orElseThrow(() -> DomainException.notFound("surveyTarget"));
        return answer(id, answers, SurveyTarget.Via.STAFF, user.displayName());
    }

    private SurveyTarget answer(long id, Map<String, Object> given, SurveyTarget.Via via, String by) {
        SurveyForm form = templates.byId(templateOf(id)).orElseThrow();
        SurveyForm.Answer answer = form.read(given);
        SurveyTarget before = byId(id);
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        if (before.status() == SurveyTarget.Status.SENT && today.isAfter(before.dueOn())) {
            throw DomainException.conflict("survey-closed", before.dueOn());
        }
        int changed = jdbc.sql("""
                update survey_target set status = 'ANSWERED', answers = cast(:answers as jsonb), satisfaction = :satisfaction,
                    answered_via = :via, answered_by_name = :by, answered_at = :at
                where id = :id and status = 'SENT'""")
                .param("answers", json.writeValueAsString(answer.values())).param("satisfaction", answer.satisfaction())
                .param("via", via.name()).param("by", by).param("at", Timestamp.from(clock.instant())).param("id", id)
                .update();
        SurveyTarget after = byId(id);
        if (changed == 1) {
            long company = jdbc.sql("select company_id from survey_target where id = :id").param("id", id)
                    .query(Long.class).single();
            events.publishEvent(new SurveyAnswered(id, after.campaignId(), company, after.customerId(),
                    after.answeredAt()));
        }
        if (changed == 0 && !Objects.equals(json.valueToTree(after.answers()), json.valueToTree(answer.values()))) {
            throw DomainException.conflict("survey-already-answered");
        }
        return after;
    }

    private SurveyTarget ownersTarget(long id, CurrentUser owner) {
        if (owner.customerId() == null) {
            throw DomainException.notFound("survey");
        }
        return jdbc.sql(SELECT + " where s.id = :id and s.customer_id = :customer").param("id", id)
                .param("customer", owner.customerId()).query(this::read).optional()
                .orElseThrow(() -> DomainException.notFound("survey"));
    }

    private long templateOf(long id) {
        return jdbc.sql("select c.template_id from survey_target s join survey_campaign c on c.id = s.campaign_id where s.id = :id")
                .param("id", id).query(Long.class).single();
    }

    private SurveyTarget byId(long id) {
        return jdbc.sql(SELECT + " where s.id = :id").param("id", id).query(this::read).single();
    }

    private SurveyTarget read(ResultSet rs, int row) throws SQLException {
        String answers = rs.getString("answers");
        String via = rs.getString("answered_via");
        Timestamp at = rs.getTimestamp("answered_at");
        return new SurveyTarget(rs.getLong("id"), rs.getLong("campaign_id"), rs.getString("campaign_name"),
                rs.getDate("due_on").toLocalDate(), rs.getLong("customer_id"), rs.getString("customer_name"),
                rs.getObject("project_id", Long.class), rs.getString("project_name"),
                SurveyTarget.Status.valueOf(rs.getString("status")),
                answers == null ? null : json.readValue(answers, ANSWERS), rs.getObject("satisfaction", Integer.class),
                via == null ? null : SurveyTarget.Via.valueOf(via), at == null ? null : at.toInstant(), null);
    }
}
