package com.estatecare.surveys.internal;

import java.security.SecureRandom;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.SurveyAudiences;
import com.estatecare.registry.SurveyAudiences.Audience;
import com.estatecare.surveys.ParticipantSurveys;
import com.estatecare.surveys.SurveyInvited;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Campaigns: drawn from the audience of visible projects, sent as one event, listed in the caller's branch. */
@Component
class SurveyCampaigns {

    static final int MAX_PROJECTS = 50;
    /** Candidates read at most: more than this and the caller must narrow the projects or the audience. */
    static final int MAX_CANDIDATES = 50_000;

    /** What a manager asks for. */
    record Launch(String name, Long templateId, SurveyCampaign.Milestone milestone, Audience audience,
            List<Long> projectIds, SurveySampling.Mode sampling, Integer sampleSize, Long seed, LocalDate dueOn) {
    }

    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final SurveyTemplates templates;
    private final Registry registry;
    private final SurveyAudiences audiences;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    SurveyCampaigns(JdbcClient jdbc, SurveyTemplates templates, Registry registry, SurveyAudiences audiences,
            ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.registry = registry;
        this.audiences = audiences;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the launch, draws the targets, writes them and publishes the invitations, all or nothing. */
    @Transactional
    SurveyCampaign launch(Launch launch, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>(SurveySampling.check(launch.sampling(), launch.sampleSize()));
        problems.addAll(dueOn(launch.dueOn()));
        if (launch.audience() == Audience.PARTICIPANTS) {
            problems.add(FieldProblem.of("audience", "participants-from-activity"));
        }
        Set<Long> ids = new LinkedHashSet<>(launch.projectIds());
        if (ids.isEmpty() || ids.size() > MAX_PROJECTS) {
            problems.add(new FieldProblem("projectIds", "range", new Object[] { 1, MAX_PROJECTS }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        List<ProjectView> projects = ids.stream().map(id -> registry.project(id).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectIds"))).toList();
        long company = projects.get(0).companyId();
        if (projects.stream().anyMatch(p -> p.companyId() != company)) {
            throw DomainException.invalidField("projectIds", "same-company");
        }
        SurveyForm form = templates.usable(launch.templateId(), company);
        List<SurveyAudiences.Candidate> candidates = audiences.candidates(List.copyOf(ids), launch.audience(),
                MAX_CANDIDATES + 1);
        if (candidates.size() > MAX_CANDIDATES) {
            throw DomainException.invalidField("projectIds", "too-many-candidates", MAX_CANDIDATES);
        }
        long seed = launch.seed() != null ? launch.seed() : seeds.nextLong();
        SurveySampling sampling = new SurveySampling(launch.sampling(), launch.sampleSize(), seed);
        if (sampling.targetCount(candidates.size()) > SurveySampling.MAX_TARGETS) {
            throw DomainException.invalidField("sampling", "too-many-targets", SurveySampling.MAX_TARGETS);
        }
        List<SurveyAudiences.Candidate> drawn = sampling.pick(candidates);
        long id = insert(launch, form, company, user, seed, candidates.size());
        send(id, company, projects.get(0).scopePath(), launch.name(), launch.dueOn(), drawn);
        return find(id, user);
    }

    /**
     * A campaign of {@link SurveyCampaign.Milestone#AFTER_ACTIVITY} to the people another module names (see
     * {@link com.estatecare.surveys.ParticipantSurveys}), all of them: no sampling, no audience drawn.
     */
    @Transactional
    long launchToParticipants(ParticipantSurveys.Launch launch, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>(dueOn(launch.dueOn()));
        if (launch.participants().isEmpty() || launch.participants().size() > ParticipantSurveys.MAX_PARTICIPANTS) {
            problems.add(new FieldProblem("participants", "range",
                    new Object[] { 1, ParticipantSurveys.MAX_PARTICIPANTS }));
        }
        if (launch.templateId() == null) {
            problems.add(FieldProblem.of("templateId", "required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        ProjectView project = registry.project(launch.projectId()).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        SurveyForm form = templates.usable(launch.templateId(), project.companyId());
        Launch campaign = new Launch(launch.name(), form.id(), SurveyCampaign.Milestone.AFTER_ACTIVITY,
                Audience.PARTICIPANTS, List.of(project.id()), SurveySampling.Mode.ALL, null, 0L, launch.dueOn());
        long id = insert(campaign, form, project.companyId(), user, 0L, launch.participants().size());
        send(id, project.companyId(), project.scopePath(), launch.name(), launch.dueOn(), launch.participants()
                .stream().map(p -> new SurveyAudiences.Candidate(p.customerId(), p.name(), project.id(),
                        project.name(), p.scopePath()))
                .toList());
        return id;
    }

    /** The due date: from today up to a year ahead. */
    private List<FieldProblem> dueOn(LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        if (dueOn != null && (dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(1)))) {
            return List.of(new FieldProblem("dueOn", "range", new Object[] { today, today.plusYears(1) }));
        }
        return dueOn == null ? List.of(FieldProblem.of("dueOn", "required")) : List.of();
    }

    /** Writes one target per customer and publishes the invitations. */
    private void send(long id, long company, String scopePath, String name, LocalDate dueOn,
            List<SurveyAudiences.Candidate> drawn) {
        List<SurveyInvited.Invitation> invitations = new ArrayList<>(drawn.size());
        for (SurveyAudiences.Candidate c : drawn) {
            long target = jdbc.sql("""
                    insert into survey_target (company_id, campaign_id, customer_id, customer_name, project_id,
                        project_name, scope_path, status)
                    values (:company, :campaign, :customer, :name, :project, :projectName, :scope, 'SENT')
                    returning id""")
                    .param("company", company).param("campaign", id).param("customer", c.customerId())
                    .param("name", c.name()).param("project", c.projectId()).param("projectName", c.projectName())
                    .param("scope", c.scopePath()).query(Long.class).single();
            invitations.add(new SurveyInvited.Invitation(target, c.customerId()));
        }
        events.publishEvent(new SurveyInvited(id, company, scopePath, name.strip(), dueOn, List.copyOf(invitations)));
    }

    private long insert(Launch launch, SurveyForm form, long company, CurrentUser user, long seed, int candidates) {
        return jdbc.sql("""
                insert into survey_campaign (company_id, scope_path, name, template_id, milestone, audience, project_ids,
                    sampling, sample_size, seed, candidates, due_on, created_by, created_by_name, created_at)
                values (:company, :scope, :name, :template, :milestone, :audience, cast(:projects as jsonb), :sampling,
                    :size, :seed, :candidates, :dueOn, :by, :byName, :at)
                returning id""")
                .param("company", company).param("scope", user.scopePath()).param("name", launch.name().strip())
                .param("template", form.id()).param("milestone", launch.milestone().name())
                .param("audience", launch.audience().name())
                .param("projects", json.writeValueAsString(List.copyOf(new LinkedHashSet<>(launch.projectIds()))))
                .param("sampling", launch.sampling().name())
                .param("size", launch.sampling() == SurveySampling.Mode.ALL ? null : launch.sampleSize())
                .param("seed", seed).param("candidates", candidates).param("dueOn", Date.valueOf(launch.dueOn()))
                .param("by", user.accountId()).param("byName", user.displayName())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    /** The campaigns in the caller's branch, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<SurveyCampaign> list(int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        return jdbc.sql(SELECT + " where %s group by c.id, t.id order by c.id desc limit :limit".formatted(visible.sql()))
                .params(visible.params()).param("limit", limit).query(this::read).list();
    }

    /** One campaign in the caller's branch, else not found. */
    @Transactional(readOnly = true)
    SurveyCampaign find(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "c.scope_path");
        return jdbc.sql(SELECT + " where c.id = :id and %s group by c.id, t.id".formatted(visible.sql()))
                .params(visible.params()).param("id", id).query(this::read).optional()
                .orElseThrow(() -> DomainException.notFound("surveyCampaign"));
    }

    private static final String SELECT = """
            select c.*, t.name as template_name, t.name_en as template_name_en, t.version as template_version,
                count(s.id) as targets, count(s.id) filter (where s.status = 'ANSWERED') as answered
            from survey_campaign c
            join survey_template t on t.id = c.template_id
            left join survey_target s on s.campaign_id = c.id""";

    private SurveyCampaign read(ResultSet rs, int row) throws SQLException {
        long targets = rs.getLong("targets");
        long answered = rs.getLong("answered");
        return new SurveyCampaign(rs.getLong("id"), rs.getString("name"), rs.getLong("template_id"),
                rs.getString("template_name"), rs.getString("template_name_en"), rs.getInt("template_version"),
                SurveyCampaign.Milestone.valueOf(rs.getString("milestone")), Audience.valueOf(rs.getString("audience")),
                json.readValue(rs.getString("project_ids"), IDS), SurveySampling.Mode.valueOf(rs.getString("sampling")),
                rs.getObject("sample_size", Integer.class), Long.toString(rs.getLong("seed")), rs.getInt("candidates"),
                targets, answered, SurveyCampaign.rate(answered, targets), rs.getDate("due_on").toLocalDate(),
                rs.getString("created_by_name"), rs.getTimestamp("created_at").toInstant());
    }
}
