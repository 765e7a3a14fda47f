package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.internal.ActivityPlanRules.Kind;
import com.estatecare.club.internal.ActivityPlanRules.Status;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Rows;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Yearly and monthly club activity plans (年度 / 月度活动计划, decision 050): one plan per project and year with its
 * items per month; submitted by the club's staff and approved by another club manager; adjusted during the year with
 * every change recorded; and read against what happened: each item with the activities that realise it (held or not,
 * budget planned and spent, sign-ups, attendance, average rating), summed per month and for the year.
 */
@Component
class ActivityPlans {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Schema(name = "ClubActivityPlan")
    record Plan(long id, long projectId, String projectName, int year, String status, int revision,
            String submitter, Instant submittedAt, String decider, Instant decidedAt, Instant approvedAt,
            long budgetPlannedFen, long budgetSpentFen, int items, int itemsHeld) {
    }

    @Schema(name = "ClubActivityPlanItem")
    record Item(long id, int month, String theme, String kind, LocalDate plannedOn, int targetParticipants,
            long budgetPlannedFen, int activities, boolean held, long budgetSpentFen, int signUps, int attended,
            int ratings, Double ratingAverage) {
    }

    @Schema(name = "ClubActivityPlanMonth", description = "A month's plan: its items and their planned against actual")
    record Month(int month, int items, int held, long budgetPlannedFen, long budgetSpentFen,
            int targetParticipants, int signUps, int attended, Double ratingAverage, List<Item> plannedItems) {
    }

    @Schema(name = "ClubActivityPlanDetail")
    record Detail(Plan plan, List<Month> months) {
    }

    @Schema(name = "ClubActivityPlanChange")
    record Change(long id, Long itemId, String change, Integer month, String before, String after,
            String changedBy, Instant changedAt) {
    }

    /** What a plan item needs. */
    record ItemDraft(Integer month, String theme, String kind, LocalDate plannedOn, Integer targetParticipants,
            Long budgetPlannedFen) {

        String text() {
            return month + "月 " + theme.strip() + " [" + kind + "]" + (plannedOn == null ? "" : " " + plannedOn)
                    + " " + targetParticipants + "人 " + budgetPlannedFen + "分";
        }
    }

    /** A plan row as the rules need it. */
    record Row(long id, long companyId, String scopePath, long projectId, int planYear, String status,
            Long submittedBy, Instant approvedAt) {
        static final String COLUMNS = "id, company_id, scope_path, project_id, plan_year, status, submitted_by, approved_at";

        Status state() {
            return Status.valueOf(status);
        }
    }

    private static final String PLAN = """
            select p.id, p.project_id, null as project_name, p.plan_year as year, p.status, p.revision, p.submitter,
                   p.submitted_at, p.decider, p.decided_at, p.approved_at,
                   (select coalesce(sum(i.budget_planned_fen), 0) from club_activity_plan_item i where i.plan_id = p.id)
                       as budget_planned_fen,
                   (select coalesce(sum(a.budget_spent_fen), 0) from club_activity a
                       join club_activity_plan_item i on i.id = a.plan_item_id where i.plan_id = p.id)
                       as budget_spent_fen,
                   (select count(*) from club_activity_plan_item i where i.plan_id = p.id) as items,
                   (select count(*) from club_activity_plan_item i where i.plan_id = p.id and exists (select 1
                       from club_activity a where a.plan_item_id = i.id and a.status in ('HELD', 'SUMMARISED')))
                       as items_held
            from club_activity_plan p""";

    private static final String ITEM = """
            select i.id, i.plan_month as month, i.theme, i.kind, i.planned_on, i.target_participants,
                   i.budget_planned_fen,
                   (select count(*) from club_activity a where a.plan_item_id = i.id and a.status <> 'CANCELLED')
                       as activities,
                   exists (select 1 from club_activity a where a.plan_item_id = i.id
                       and a.status in ('HELD', 'SUMMARISED')) as held,
                   (select coalesce(sum(a.budget_spent_fen), 0) from club_activity a where a.plan_item_id = i.id)
                       as budget_spent_fen,
                   (select count(*) from club_activity_signup s join club_activity a on a.id = s.activity_id
                       where a.plan_item_id = i.id and s.status = 'CONFIRMED') as sign_ups,
                   (select count(*) from club_activity_signup s join club_activity a on a.id = s.activity_id
                       where a.plan_item_id = i.id and s.attended_at is not null) as attended,
                   (select count(s.rating) from club_activity_signup s join club_activity a on a.id = s.activity_id
                       where a.plan_item_id = i.id) as ratings,
                   (select round(avg(s.rating), 2) from club_activity_signup s
                       join club_activity a on a.id = s.activity_id where a.plan_item_id = i.id) as rating_average
            from club_activity_plan_item i""";

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Clock clock;

    ActivityPlans(JdbcClient jdbc, Registry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /** A new draft plan of a project of the caller's branch for a year; one per project and year. */
    @Transactional
    Plan create(Long projectId, Integer year, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (projectId == null) {
            problems.add(FieldProblem.of("projectId", "required"));
        }
        year(problems, year);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        ProjectView project = registry.project(projectId)
                .filter(p -> user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.sql("""
                insert into club_activity_plan (company_id, scope_path, project_id, plan_year, status, created_by,
                    created_by_name, created_at)
                values (:c, :scope, :project, :year, 'DRAFT', :by, :name, :at)
                on conflict (company_id, project_id, plan_year) do nothing returning id""")
                .param("c", project.companyId()).param("scope", project.scopePath()).param("project", project.id())
                .param("year", year).param("by", user.accountId()).param("name", user.displayName())
                .param("at", now).query(Long.class).optional().orElse(null);
        if (id == null) {
            long existing = jdbc.sql("""
                    select id from club_activity_plan where company_id = :c and project_id = :p and plan_year = :y""")
                    .param("c", project.companyId()).param("p", project.id()).param("y", year).query(Long.class)
                    .single();
            throw DomainException.conflict("club-plan-exists").with("planId", existing);
        }
        record(project.companyId(), id, null, "CREATED", null, null, null, user);
        return plan(id);
    }

    /** The plans of the caller's branch, newest year first, optionally of one project or year (at most 200). */
    @Transactional(readOnly = true)
    List<Plan> list(Long projectId, Integer year, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (projectId != null && projectId < 1) {
            problems.add(new FieldProblem("projectId", "range", new Object[] { 1, Long.MAX_VALUE }));
        }
        if (year != null) {
            year(problems, year);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        VisibleTo visible = VisibleTo.sql(user, "p.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        String sql = PLAN + " where " + visible.sql();
        if (projectId != null) {
            sql += " and p.project_id = :project";
            params.put("project", projectId);
        }
        if (year != null) {
            sql += " and p.plan_year = :year";
            params.put("year", year);
        }
        return named(jdbc.sql(sql + " order by p.plan_year desc, p.id desc limit 200").params(params)
                .query(Rows.of(Plan.class)).list());
    }

    /** A plan with its items per month, planned against actual. */
    @Transactional(readOnly = true)
    Detail detail(long id, CurrentUser user) {
        visible(id, user, false);
        List<Item> items = items(id, null);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(m, items));
        }
        return new Detail(plan(id), months);
    }

    /** The monthly plan: the items of one month of the plan, planned against actual. */
    @Transactional(readOnly = true)
    Month month(long id, Integer month, CurrentUser user) {
        if (month == null || month < 1 || month > 12) {
            throw DomainException.invalidField("month", "range", 1, 12);
        }
        visible(id, user, false);
        return month(month, items(id, month));
    }

    @Transactional(readOnly = true)
    List<Change> changes(long id, CurrentUser user) {
        visible(id, user, false);
        return jdbc.sql("""
                select id, item_id, change, plan_month as month, before_text as before, after_text as after,
                       changed_by_name as changed_by, changed_at
                from club_activity_plan_change where plan_id = :p order by id desc limit 1000""")
                .param("p", id).query(Rows.of(Change.class)).list();
    }

    @Transactional
    Detail addItem(long id, ItemDraft draft, CurrentUser user) {
        check(draft, null);
        Row plan = visible(id, user, true);
        check(draft, plan.planYear());
        Status next = ActivityPlanRules.afterItemChange(plan.state());
        long item = jdbc.sql("""
                insert into club_activity_plan_item (company_id, plan_id, plan_month, theme, kind, planned_on,
                    target_participants, budget_planned_fen, created_at)
                values (:c, :p, :month, :theme, :kind, :on, :target, :budget, :at) returning id""")
                .param("c", plan.companyId()).param("p", id).param("month", draft.month())
                .param("theme", draft.theme().strip()).param("kind", draft.kind()).param("on", draft.plannedOn())
                .param("target", draft.targetParticipants()).param("budget", draft.budgetPlannedFen())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        edited(plan, next);
        record(plan.companyId(), id, item, "ADDED", draft.month(), null, draft.text(), user);
        return detail(id, user);
    }

    @Transactional
    Detail changeItem(long id, long itemId, ItemDraft draft, CurrentUser user) {
        check(draft, null);
        Row plan = visible(id, user, true);
        ItemDraft before = item(id, itemId);
        check(draft, plan.planYear());
        Status next = ActivityPlanRules.afterItemChange(plan.state());
        jdbc.sql("""
                update club_activity_plan_item set plan_month = :month, theme = :theme, kind = :kind,
                    planned_on = :on, target_participants = :target, budget_planned_fen = :budget
                where id = :id""")
                .param("month", draft.month()).param("theme", draft.theme().strip()).param("kind", draft.kind())
                .param("on", draft.plannedOn()).param("target", draft.targetParticipants())
                .param("budget", draft.budgetPlannedFen()).param("id", itemId).update();
        if (!before.text().equals(draft.text())) {
            edited(plan, next);
            record(plan.companyId(), id, itemId, "CHANGED", draft.month(), before.text(), draft.text(), user);
        }
        return detail(id, user);
    }

    @Transactional
    Detail removeItem(long id, long itemId, CurrentUser user) {
        Row plan = visible(id, user, true);
        ItemDraft before = item(id, itemId);
        Status next = ActivityPlanRules.afterItemChange(plan.state());
        ActivityPlanRules.removable(jdbc.sql("select count(*) from club_activity where plan_item_id = :i")
                .param("i", itemId).query(Integer.class).single());
        jdbc.sql("delete from club_activity_plan_item where id = :id").param("id", itemId).update();
        edited(plan, next);
        record(plan.companyId(), id, itemId, "REMOVED", before.month(), before.text(), null, user);
        return detail(id, user);
    }

    @Transactional
    Plan submit(long id, CurrentUser user) {
        Row plan = visible(id, user, true);
        ActivityPlanRules.submit(plan.state(), jdbc.sql("select count(*) from club_activity_plan_item where plan_id = :p")
                .param("p", id).query(Integer.class).single());
        jdbc.sql("""
                update club_activity_plan set status = 'SUBMITTED', submitted_by = :by, submitter = :name,
                    submitted_at = :at, version = version + 1 where id = :id""")
                .param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("id", id).update();
        record(plan.companyId(), id, null, "SUBMITTED", null, null, null, user);
        return plan(id);
    }

    @Transactional
    Plan decide(long id, Boolean approved, CurrentUser user) {
        if (approved == null) {
            throw DomainException.invalidField("approved", "required");
        }
        Row plan = visible(id, user, true);
        Status next = ActivityPlanRules.decide(plan.state(), plan.submittedBy(), user.accountId(), approved,
                plan.approvedAt() != null);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                update club_activity_plan set status = :status, decided_by = :by, decider = :name, decided_at = :at,
                    approved_at = case when :approved then :at else approved_at end,
                    revision = case when :approved then revision + 1 else revision end, version = version + 1
                where id = :id""")
                .param("status", next.name()).param("by", user.accountId()).param("name", user.displayName())
                .param("at", now).param("approved", approved).param("id", id).update();
        record(plan.companyId(), id, null, approved ? "APPROVED" : "RETURNED", null, null, null, user);
        return plan(id);
    }

    /**
     * The plan item an activity of {@code projectId} starting at {@code startsAt} realises, in the caller's sight;
     * else 422 naming {@code planItemId}.
     */
    long realisable(long itemId, long projectId, Instant startsAt, CurrentUser user) {
        record Target(long projectId, int planYear, String scopePath) {
        }
        return jdbc.sql("""
                select p.project_id, p.plan_year, p.scope_path from club_activity_plan_item i
                join club_activity_plan p on p.id = i.plan_id where i.id = :i""")
                .param("i", itemId).query(Rows.of(Target.class)).optional()
                .filter(t -> user.covers(t.scopePath()) || user.scopePath().startsWith(t.scopePath()))
                .filter(t -> ActivityPlanRules.realises(projectId, startsAt.atZone(SHANGHAI).getYear(), t.projectId(),
                        t.planYear()))
                .map(t -> itemId).orElseThrow(() -> DomainException.unknownReference("planItemId"));
    }

    private static Month month(int month, List<Item> all) {
        List<Item> items = all.stream().filter(i -> i.month() == month).toList();
        int ratings = items.stream().mapToInt(Item::ratings).sum();
        double ratingSum = items.stream().filter(i -> i.ratingAverage() != null)
                .mapToDouble(i -> i.ratingAverage() * i.ratings()).sum();
        return new Month(month, items.size(), (int) items.stream().filter(Item::held).count(),
                items.stream().mapToLong(Item::budgetPlannedFen).sum(),
                items.stream().mapToLong(Item::budgetSpentFen).sum(),
                items.stream().mapToInt(Item::targetParticipants).sum(), items.stream().mapToInt(Item::signUps).sum(),
                items.stream().mapToInt(Item::attended).sum(),
                ratings == 0 ? null : Math.round(ratingSum / ratings * 100) / 100.0, items);
    }

    private List<Item> items(long planId, Integer month) {
        return jdbc.sql(ITEM + " where i.plan_id = :p" + (month == null ? "" : " and i.plan_month = :m")
                + " order by i.plan_month, i.planned_on nulls last, i.id").param("p", planId)
                .params(month == null ? Map.of() : Map.of("m", month)).query(Rows.of(Item.class)).list();
    }

    private ItemDraft item(long planId, long itemId) {
        return jdbc.sql("""
                select plan_month as month, theme, kind, planned_on, target_participants, budget_planned_fen
                from club_activity_plan_item where id = :i and plan_id = :p""")
                .param("i", itemId).param("p", planId).query(Rows.of(ItemDraft.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-plan-item"));
    }

    private void edited(Row plan, Status next) {
        jdbc.sql("update club_activity_plan set status = :s, version = version + 1 where id = :id")
                .param("s", next.name()).param("id", plan.id()).update();
    }

    private void record(long companyId, long planId, Long itemId, String change, Integer month, String before,
            String after, CurrentUser user) {
        jdbc.sql("""
                insert into club_activity_plan_change (company_id, plan_id, item_id, change, plan_month, before_text,
                    after_text, changed_by, changed_by_name, changed_at)
                values (:c, :p, :i, :change, :m, :before, :after, :by, :name, :at)""")
                .param("c", companyId).param("p", planId).param("i", itemId).param("change", change)
                .param("m", month).param("before", before).param("after", after).param("by", user.accountId())
                .param("name", user.displayName()).param("at", Timestamp.from(clock.instant())).update();
    }

    private Plan plan(long id) {
        return named(List.of(jdbc.sql(PLAN + " where p.id = :id").param("id", id).query(Rows.of(Plan.class))
                .single())).get(0);
    }

    private List<Plan> named(List<Plan> plans) {
        Map<Long, String> names = plans.stream().map(Plan::projectId).distinct()
                .collect(Collectors.toMap(p -> p, p -> registry.project(p).map(ProjectView::name).orElse("")));
        return plans.stream().map(p -> new Plan(p.id(), p.projectId(), names.get(p.projectId()), p.year(),
                p.status(), p.revision(), p.submitter(), p.submittedAt(), p.decider(), p.decidedAt(),
                p.approvedAt(), p.budgetPlannedFen(), p.budgetSpentFen(), p.items(), p.itemsHeld())).toList();
    }

    /** The plan in the staff member's branch (else 404), locked when it is to change. */
    private Row visible(long id, CurrentUser user, boolean lock) {
        return jdbc.sql("select " + Row.COLUMNS + " from club_activity_plan where id = :id"
                + (lock ? " for update" : "")).param("id", id).query(Rows.of(Row.class)).optional()
                .filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.notFound("club-plan"));
    }

    private static void year(List<FieldProblem> problems, Integer year) {
        if (year == null) {
            problems.add(FieldProblem.of("year", "required"));
        } else if (year < MIN_YEAR || year > MAX_YEAR) {
            // as text: a year reads 2000, not 2,000
            problems.add(new FieldProblem("year", "range",
                    new Object[] { String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR) }));
        }
    }

    /** The item's fields; with the plan's year also its planned day (in its month of that year). */
    private static void check(ItemDraft draft, Integer year) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.month() == null) {
            problems.add(FieldProblem.of("month", "required"));
        } else if (draft.month() < 1 || draft.month() > 12) {
            problems.add(new FieldProblem("month", "range", new Object[] { 1, 12 }));
        }
        if (draft.theme() == null || draft.theme().isBlank()) {
            problems.add(FieldProblem.of("theme", "required"));
        } else if (draft.theme().strip().length() > 200) {
            problems.add(new FieldProblem("theme", "length", new Object[] { 1, 200 }));
        }
        List<String> kinds = Arrays.stream(Kind.values()).map(Kind::name).toList();
        if (draft.kind() == null) {
            problems.add(FieldProblem.of("kind", "required"));
        } else if (!kinds.contains(draft.kind())) {
            problems.add(new FieldProblem("kind", "one-of", new Object[] { String.join(", ", kinds) }));
        }
        if (year != null && draft.month() != null && draft.month() >= 1 && draft.month() <= 12
                && !ActivityPlanRules.inMonth(draft.plannedOn(), year, draft.month())) {
            LocalDate first = LocalDate.of(year, draft.month(), 1);
            problems.add(new FieldProblem("plannedOn", "range",
                    new Object[] { first, first.plusMonths(1).minusDays(1) }));
        }
        if (draft.targetParticipants() == null) {
            problems.add(FieldProblem.of("targetParticipants", "required"));
        } else if (draft.targetParticipants() < 1 || draft.targetParticipants() > Activities.MAX_CAPACITY) {
            problems.add(new FieldProblem("targetParticipants", "range", new Object[] { 1, Activities.MAX_CAPACITY }));
        }
        if (draft.budgetPlannedFen() == null) {
            problems.add(FieldProblem.of("budgetPlannedFen", "required"));
        } else if (draft.budgetPlannedFen() < 0 || draft.budgetPlannedFen() > Activities.MAX_BUDGET_FEN) {
            problems.add(new FieldProblem("budgetPlannedFen", "range", new Object[] { 0, Activities.MAX_BUDGET_FEN }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }
}
