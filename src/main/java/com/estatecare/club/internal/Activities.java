package com.estatecare.club.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.ActivityAttended;
import com.estatecare.club.ActivityCancelled;
import com.estatecare.club.ActivityPlaceConfirmed;
import com.estatecare.club.ActivitySignedUpByStaff;
import com.estatecare.club.internal.ActivityRules.Budget;
import com.estatecare.club.internal.ActivityRules.Place;
import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Rows;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Club activities (会员活动): staff of a project's branch schedule one with its budget, a club manager other than the
 * requester approves the budget, the activity opens for sign-up, members sign up in the portal (confirmed while
 * places are free, else waiting in line, decided under the activity's row lock so that two members never take one
 * place), a cancellation gives the place to the first in line (told through {@link ActivityPlaceConfirmed}), staff
 * check members in by the code of their QR code once ({@link ActivityAttended}, which earns the points), attendees
 * rate it, and staff close it with a summary and the budget spent.
 */
@Component
class Activities {

    static final int MAX_CAPACITY = 5000;
    static final long MAX_BUDGET_FEN = 10_000_000_00L;
    static final String CODE_PREFIX = "ESTATECARE-ACTIVITY:";
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Schema(name = "ClubActivity")
    record Activity(long id, long projectId, String theme, String place, Instant startsAt, Instant endsAt,
            int capacity, long budgetPlannedFen, Long budgetSpentFen, String budgetStatus, String budgetRequester,
            String budgetDecider, String status, String summary, int confirmed, int waiting, int attended,
            int ratings, Double ratingAverage, Long planItemId) {
    }

    @Schema(name = "ClubActivitySignUp")
    record SignUp(long id, long activityId, String theme, String place, Instant startsAt, long memberId,
            String memberNumber, String status, Integer position, Instant signedAt, String checkInCode,
            Instant attendedAt, Integer rating, String comment, String signedUpBy) {
    }

    /** What a scheduled activity needs. */
    record Draft(Long projectId, String theme, String place, Instant startsAt, Instant endsAt, Integer capacity,
            Long budgetPlannedFen, Long planItemId) {
    }

    private static final String ACTIVITY = """
            select a.id, a.project_id, a.theme, a.place, a.starts_at, a.ends_at, a.capacity, a.budget_planned_fen,
                   a.budget_spent_fen, a.budget_status, a.budget_requester, a.budget_decider, a.status, a.summary,
                   (select count(*) from club_activity_signup s where s.activity_id = a.id and s.status = 'CONFIRMED')
                       as confirmed,
                   (select count(*) from club_activity_signup s where s.activity_id = a.id and s.status = 'WAITING')
                       as waiting,
                   (select count(*) from club_activity_signup s where s.activity_id = a.id
                       and s.attended_at is not null) as attended,
                   (select count(s.rating) from club_activity_signup s where s.activity_id = a.id) as ratings,
                   (select round(avg(s.rating), 2) from club_activity_signup s where s.activity_id = a.id)
                       as rating_average, a.plan_item_id
            from club_activity a""";

    private static final String SIGN_UP = """
            select s.id, s.activity_id, a.theme, a.place, a.starts_at, s.member_id, m.number as member_number,
                   s.status,
                   case when s.status = 'WAITING' then (select count(*) from club_activity_signup w
                        where w.activity_id = s.activity_id and w.status = 'WAITING'
                          and (w.signed_at, w.id) <= (s.signed_at, s.id)) end as position,
                   s.signed_at, s.check_in_code, s.attended_at, s.rating, s.comment, s.signed_up_by
            from club_activity_signup s join club_activity a on a.id = s.activity_id
            join club_member m on m.id = s.member_id""";

    /** An activity row as the rules need it. */
    record Row(long id, long companyId, String scopePath, String theme, Instant startsAt, String status,
            String budgetStatus, Long budgetRequestedBy) {
        static final String COLUMNS = "id, company_id, scope_path, theme, starts_at, status, budget_status, budget_requested_by";

        Status state() {
            return Status.valueOf(status);
        }

        Budget budget() {
            return Budget.valueOf(budgetStatus);
        }
    }

    /** A sign-up found by its check-in code. */
    record Found(long id, long activityId, long companyId, long customerId, String status, Instant attendedAt) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ActivityPlans plans;
    private final SecureRandom random = new SecureRandom();

    Activities(JdbcClient jdbc, Registry registry, Members members, ApplicationEventPublisher events, Clock clock,
            ActivityPlans plans) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.registry = registry;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Activity schedule(Draft draft, CurrentUser user) {
        check(draft);
        ProjectView project = registry.project(draft.projectId())
                .filter(p -> user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        Long planItem = draft.planItemId() == null ? null
                : plans.realisable(draft.planItemId(), project.id(), draft.startsAt(), user);
        long id = jdbc.sql("""
                insert into club_activity (company_id, scope_path, project_id, theme, place, starts_at, ends_at,
                    capacity, budget_planned_fen, budget_status, status, created_by, created_by_name, created_at,
                    plan_item_id)
                values (:c, :scope, :project, :theme, :place, :starts, :ends, :capacity, :budget, 'NONE', 'PLANNED',
                    :by, :byName, :at, :planItem) returning id""")
                .param("c", project.companyId()).param("scope", project.scopePath()).param("project", project.id())
                .param("theme", draft.theme().strip()).param("place", draft.place().strip())
                .param("starts", Timestamp.from(draft.startsAt())).param("ends", Timestamp.from(draft.endsAt()))
                .param("capacity", draft.capacity()).param("budget", draft.budgetPlannedFen())
                .param("by", user.accountId()).param("byName", user.displayName())
                .param("at", Timestamp.from(clock.instant())).param("planItem", planItem).query(Long.class)
                .single();
        return view(id);
    }

    /** What the staff's list of activities is narrowed to: a status, a project, a month (yyyy-MM, Shanghai). */
    record Filter(String status, Long projectId, String month) {
    }

    /** Staff: the activities of their branch, newest first, narrowed by status, project and month. */
    @Transactional(readOnly = true)
    CursorPage<Activity> list(Filter filter, String cursor, int limit, CurrentUser user) {
        String status = filter.status();
        List<FieldProblem> problems = new ArrayList<>();
        if (status != null && !List.of("PLANNED", "OPEN", "HELD", "SUMMARISED", "CANCELLED").contains(status)) {
            problems.add(new FieldProblem("status", "one-of",
                    new Object[] { "PLANNED, OPEN, HELD, SUMMARISED, CANCELLED" }));
        }
        if (filter.projectId() != null && filter.projectId() < 1) {
            problems.add(new FieldProblem("projectId", "range", new Object[] { 1, Long.MAX_VALUE }));
        }
        YearMonth month = null;
        if (filter.month() != null) {
            try {
                month = filter.month().length() == 7 ? YearMonth.parse(filter.month()) : null;
            } catch (DateTimeParseException e) {
                month = null;
            }
            if (month == null || month.getYear() < ActivityPlans.MIN_YEAR || month.getYear() > ActivityPlans.MAX_YEAR) {
                problems.add(FieldProblem.of("month", "malformed"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        VisibleTo visible = VisibleTo.sql(user, "a.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        params.put("limit", limit + 1);
        String sql = ACTIVITY + " where a.id < :after and " + visible.sql()
                + (status == null ? "" : " and a.status = :status")
                + (filter.projectId() == null ? "" : " and a.project_id = :project")
                + (month == null ? "" : " and a.starts_at >= :from and a.starts_at < :to")
                + " order by a.id desc limit :limit";
        if (status != null) {
            params.put("status", status);
        }
        if (filter.projectId() != null) {
            params.put("project", filter.projectId());
        }
        if (month != null) {
            ZoneId shanghai = ZoneId.of("Asia/Shanghai");
            params.put("from", Timestamp.from(month.atDay(1).atStartOfDay(shanghai).toInstant()));
            params.put("to", Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(shanghai).toInstant()));
        }
        return CursorPage.of(jdbc.sql(sql).params(params).query(Rows.of(Activity.class)).list(), limit, Activity::id);
    }

    @Transactional(readOnly = true)
    Activity one(long id, CurrentUser user) {
        visible(id, user, false);
        return view(id);
    }

    /** Staff: an activity's sign-ups, confirmed first, then the waiting line in order, then cancelled. */
    @Transactional(readOnly = true)
    List<SignUp> signUps(long id, CurrentUser user) {
        visible(id, user, false);
        return jdbc.sql(SIGN_UP + """
                 where s.activity_id = :id
                order by case s.status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end, s.signed_at, s.id
                limit 5000""").param("id", id).query(Rows.of(SignUp.class)).list();
    }

    @Transactional
    Activity requestBudget(long id, CurrentUser user) {
        Row row = visible(id, user, true);
        ActivityRules.budgetRequest(row.state(), row.budget());
        jdbc.sql("""
                update club_activity set budget_status = 'REQUESTED', budget_requested_by = :by,
                    budget_requester = :name, budget_decided_by = null, budget_decider = null,
                    budget_decided_at = null, version = version + 1 where id = :id""")
                .param("by", user.accountId()).param("name", user.displayName()).param("id", id).update();
        return view(id);
    }

    @Transactional
    Activity decideBudget(long id, Boolean approved, CurrentUser user) {
        if (approved == null) {
            throw DomainException.invalidField("approved", "required");
        }
        Row row = visible(id, user, true);
        ActivityRules.budgetDecision(row.budget(), row.budgetRequestedBy(), user.accountId());
        jdbc.sql("""
                update club_activity set budget_status = :status, budget_decided_by = :by, budget_decider = :name,
                    budget_decided_at = :at, version = version + 1 where id = :id""")
                .param("status", approved ? "APPROVED" : "REJECTED").param("by", user.accountId())
                .param("name", user.displayName()).param("at", Timestamp.from(clock.instant())).param("id", id)
                .update();
        return view(id);
    }

    @Transactional
    Activity transition(long id, String to, CurrentUser user) {
        if (to == null || !List.of("OPEN", "HELD", "CANCELLED").contains(to)) {
            throw DomainException.invalidField("to", "one-of", "OPEN, HELD, CANCELLED");
        }
        Row row = visible(id, user, true);
        ActivityRules.transition(row.state(), Status.valueOf(to), row.budget(), row.startsAt(), clock.instant());
        jdbc.sql("update club_activity set status = :to, version = version + 1 where id = :id").param("to", to)
                .param("id", id).update();
        if (ActivityRules.tellsSignedUp(Status.valueOf(to))) {
            List<Long> told = jdbc.sql("""
                    select distinct customer_id from club_activity_signup
                    where activity_id = :a and status in ('CONFIRMED', 'WAITING') order by customer_id""")
                    .param("a", id).query(Long.class).list();
            if (!told.isEmpty()) {
                events.publishEvent(new ActivityCancelled(row.companyId(), row.scopePath(), id, row.theme(),
                        row.startsAt(), told, clock.instant()));
            }
        }
        return view(id);
    }

    @Transactional
    Activity summarise(long id, String summary, Long spentFen, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "summary", summary, 4000);
        budget(problems, "budgetSpentFen", spentFen);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        Row row = visible(id, user, true);
        ActivityRules.transition(row.state(), Status.SUMMARISED, row.budget(), row.startsAt(), clock.instant());
        jdbc.sql("""
                update club_activity set status = 'SUMMARISED', summary = :summary, budget_spent_fen = :spent,
                    version = version + 1 where id = :id""")
                .param("summary", summary.strip()).param("spent", spentFen).param("id", id).update();
        return view(id);
    }

    /** Staff: the member whose code this is comes in; recorded once, a second scan answers the first. */
    @Transactional
    SignUp checkIn(String given, CurrentUser user) {
        if (given == null || given.isBlank() || given.length() > 200) {
            throw DomainException.invalidField("code", "length", 1, 200);
        }
        String code = given.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.startsWith(CODE_PREFIX)) {
            code = code.substring(CODE_PREFIX.length());
        }
        String found = code;
        Found signUp = jdbc.sql("""
                select s.id, s.activity_id, s.company_id, s.customer_id, s.status, s.attended_at
                from club_activity_signup s where s.check_in_code = :code for update""")
                .param("code", found).query(Rows.of(Found.class)).list().stream()
                .filter(s -> user.companyId() == null || user.companyId() == s.companyId()).findFirst()
                .orElseThrow(() -> DomainException.notFound("club-activity-sign-up"));
        Row activity = visible(signUp.activityId(), user, true);
        if (!"CONFIRMED".equals(signUp.status())) {
            throw DomainException.conflict("club-activity-not-confirmed").with("currentStatus", signUp.status());
        }
        if (signUp.attendedAt() == null) {
            Instant now = clock.instant();
            ActivityRules.checkIn(activity.state(), activity.startsAt(), now);
            jdbc.sql("update club_activity_signup set attended_at = :at, checked_in_by = :by where id = :id")
                    .param("at", Timestamp.from(now)).param("by", user.displayName()).param("id", signUp.id())
                    .update();
            events.publishEvent(new ActivityAttended(signUp.companyId(), signUp.customerId(), signUp.activityId(), now));
        }
        return signUp(signUp.id());
    }

    /** An owner: the activities of their company open for sign-up, and those they signed up for. */
    @Transactional(readOnly = true)
    List<Activity> forOwner(CurrentUser owner) {
        long company = members.companyOfOwner(owner);
        return jdbc.sql(ACTIVITY + """
                 where a.company_id = :c and (a.status = 'OPEN' or a.id in (select s.activity_id
                    from club_activity_signup s where s.company_id = :c and s.customer_id = :customer))
                order by a.starts_at desc, a.id desc limit 100""")
                .param("c", company).param("customer", owner.customerId()).query(Rows.of(Activity.class)).list();
    }

    @Transactional(readOnly = true)
    List<SignUp> mySignUps(CurrentUser owner) {
        Optional<Members.Member> member = members.mine(owner);
        return member.isEmpty() ? List.of()
                : jdbc.sql(SIGN_UP + " where s.member_id = :m order by a.starts_at desc, s.id desc limit 200")
                        .param("m", member.get().id()).query(Rows.of(SignUp.class)).list();
    }

    /** The owner signs up (themselves only); again while confirmed or waiting changes nothing. */
    @Transactional
    SignUp signUp(long activityId, Long memberId, CurrentUser owner) {
        long company = members.companyOfOwner(owner);
        Row activity = lockedActivity(activityId).filter(a -> a.companyId() == company)
                .orElseThrow(() -> DomainException.notFound("club-activity"));
        MemberRow member = members.activeOf(company, owner.customerId())
                .orElseThrow(() -> DomainException.conflict("club-activity-members-only"));
        if (memberId != null && memberId != member.id()) {
            throw DomainException.notFound("club-member");
        }
        return place(activity, member, null);
    }

    /**
     * Staff sign a member up on their behalf (a phone call to the centre): the portal's path and waiting line, the
     * staff member's name recorded on the sign-up; the member must be an active member in the caller's sight
     * (else 422 naming {@code memberId}).
     */
    @Transactional
    SignUp signUpFor(long activityId, Long memberId, CurrentUser user) {
        if (memberId == null) {
            throw DomainException.invalidField("memberId", "required");
        }
        if (memberId < 1) {
            throw DomainException.invalidField("memberId", "range", 1, Long.MAX_VALUE);
        }
        Row activity = visible(activityId, user, true);
        MemberRow member;
        try {
            member = members.visible(memberId, user);
        } catch (DomainException e) {
            throw DomainException.unknownReference("memberId");
        }
        if (member.companyId() != activity.companyId() || !member.active()) {
            throw DomainException.unknownReference("memberId");
        }
        boolean had = jdbc.sql("""
                select count(*) from club_activity_signup
                where activity_id = :a and member_id = :m and status <> 'CANCELLED'""")
                .param("a", activityId).param("m", member.id()).query(Integer.class).single() > 0;
        SignUp signUp = place(activity, member, user.displayName());
        if (!had) {
            events.publishEvent(new ActivitySignedUpByStaff(activity.companyId(), activity.scopePath(), activityId,
                    signUp.id(), member.id(), signUp.memberNumber(), signUp.status(), clock.instant()));
        }
        return signUp;
    }

    /** A place for the member on the locked activity: confirmed while free, else waiting; again changes nothing. */
    private SignUp place(Row activity, MemberRow member, String by) {
        long activityId = activity.id();
        ActivityRules.signUpOpen(activity.state(), activity.startsAt(), clock.instant());
        Optional<SignUp> mine = jdbc.sql(SIGN_UP + " where s.activity_id = :a and s.member_id = :m")
                .param("a", activityId).param("m", member.id()).query(Rows.of(SignUp.class)).optional();
        if (mine.isPresent() && !"CANCELLED".equals(mine.get().status())) {
            return mine.get();
        }
        int capacity = jdbc.sql("select capacity from club_activity where id = :id").param("id", activityId)
                .query(Integer.class).single();
        int confirmed = jdbc.sql("""
                select count(*) from club_activity_signup where activity_id = :id and status = 'CONFIRMED'""")
                .param("id", activityId).query(Integer.class).single();
        Place place = ActivityRules.signUp(capacity, confirmed);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into club_activity_signup (company_id, activity_id, member_id, customer_id, status, signed_at,
                    confirmed_at, check_in_code, signed_up_by)
                values (:c, :a, :m, :customer, :status, :at, :confirmed, :code, :by)
                on conflict (company_id, activity_id, member_id) do update
                set status = excluded.status, signed_at = excluded.signed_at, confirmed_at = excluded.confirmed_at,
                    signed_up_by = excluded.signed_up_by
                returning id""")
                .param("by", by)
                .param("c", member.companyId()).param("a", activityId).param("m", member.id())
                .param("customer", member.customerId()).param("status", place.name()).param("at", now)
                .param("confirmed", place == Place.CONFIRMED ? now : null).param("code", newCode())
                .query(Long.class).single();
        return signUp(id);
    }

    /** The owner cancels their own sign-up; a confirmed place goes to the first in line, who is told. */
    @Transactional
    SignUp cancel(long signUpId, CurrentUser owner) {
        SignUp mine = own(signUpId, owner);
        Row activity = lockedActivity(mine.activityId()).orElseThrow();
        if ("CANCELLED".equals(mine.status())) {
            return mine;
        }
        ActivityRules.signUpOpen(activity.state(), activity.startsAt(), clock.instant());
        release(mine, activity);
        return signUp(signUpId);
    }

    /**
     * An erased customer (删除, decision 051) gives up their places in the activities still to come, each confirmed
     * one to the first in line, who is told; in the erasure's transaction.
     */
    @Transactional
    void releaseUpcoming(long companyId, long customerId) {
        List<Long> ids = jdbc.sql("""
                select s.id
                from club_activity_signup s join club_activity a on a.id = s.activity_id
                where s.company_id = :c and s.customer_id = :customer and s.status in ('CONFIRMED', 'WAITING')
                  and a.status in ('PLANNED', 'OPEN') and a.starts_at > :now
                order by s.activity_id""")
                .param("c", companyId).param("customer", customerId).param("now", Timestamp.from(clock.instant()))
                .query(Long.class).list();
        for (long id : ids) {
            SignUp mine = signUp(id);
            release(mine, lockedActivity(mine.activityId()).orElseThrow());
        }
    }

    /** Cancels a sign-up under its activity's lock; a confirmed place goes to the first in line, who is told. */
    private void release(SignUp mine, Row activity) {
        jdbc.sql("update club_activity_signup set status = 'CANCELLED', confirmed_at = null where id = :id")
                .param("id", mine.id()).update();
        if (ActivityRules.promotesNext(Place.valueOf(mine.status()))) {
            Instant now = clock.instant();
            jdbc.sql("""
                    update club_activity_signup set status = 'CONFIRMED', confirmed_at = :at
                    where id = (select id from club_activity_signup where activity_id = :a and status = 'WAITING'
                                order by signed_at, id limit 1)
                    returning id, customer_id""")
                    .param("at", Timestamp.from(now)).param("a", activity.id())
                    .query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).optional()
                    .ifPresent(next -> events.publishEvent(new ActivityPlaceConfirmed(activity.companyId(),
                            activity.id(), next[0], next[1], activity.theme(), activity.startsAt(), now)));
        }
    }

    @Transactional(readOnly = true)
    SignUp mine(long signUpId, CurrentUser owner) {
        return own(signUpId, owner);
    }

    /** An attendee rates the activity 1–5 with an optional comment, once. */
    @Transactional
    SignUp evaluate(long signUpId, Integer rating, String comment, CurrentUser owner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null) {
            problems.add(FieldProblem.of("rating", "required"));
        } else if (rating < 1 || rating > 5) {
            problems.add(new FieldProblem("rating", "range", new Object[] { 1, 5 }));
        }
        if (comment != null && comment.length() > 500) {
            problems.add(new FieldProblem("comment", "length", new Object[] { 0, 500 }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        SignUp mine = own(signUpId, owner);
        Row activity = lockedActivity(mine.activityId()).orElseThrow();
        jdbc.sql("select id from club_activity_signup where id = :id for update").param("id", signUpId)
                .query(Long.class).single();
        SignUp now = signUp(signUpId);
        ActivityRules.evaluation(activity.state(), now.attendedAt() != null, now.rating() != null);
        jdbc.sql("update club_activity_signup set rating = :r, comment = :c, evaluated_at = :at where id = :id")
                .param("r", rating).param("c", comment == null || comment.isBlank() ? null : comment.strip())
                .param("at", Timestamp.from(clock.instant())).param("id", signUpId).update();
        return signUp(signUpId);
    }

    private SignUp own(long signUpId, CurrentUser owner) {
        long member = members.myId(owner);
        return jdbc.sql(SIGN_UP + " where s.id = :id and s.member_id = :m").param("id", signUpId).param("m", member)
                .query(Rows.of(SignUp.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-activity-sign-up"));
    }

    private SignUp signUp(long id) {
        return jdbc.sql(SIGN_UP + " where s.id = :id").param("id", id).query(Rows.of(SignUp.class)).single();
    }

    private Activity view(long id) {
        return jdbc.sql(ACTIVITY + " where a.id = :id").param("id", id).query(Rows.of(Activity.class)).single();
    }

    private Optional<Row> lockedActivity(long id) {
        return jdbc.sql("select " + Row.COLUMNS + " from club_activity where id = :id for update").param("id", id)
                .query(Rows.of(Row.class)).optional();
    }

    /** The activity in the staff member's branch (else 404), locked when it is to change. */
    private Row visible(long id, CurrentUser user, boolean lock) {
        return jdbc.sql("select " + Row.COLUMNS + " from club_activity where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(Rows.of(Row.class)).optional().filter(a -> user.covers(a.scopePath()))
                .orElseThrow(() -> DomainException.notFound("club-activity"));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    private void check(Draft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.projectId() == null) {
            problems.add(FieldProblem.of("projectId", "required"));
        }
        text(problems, "theme", draft.theme(), 200);
        text(problems, "place", draft.place(), 200);
        Instant now = clock.instant();
        if (draft.startsAt() == null) {
            problems.add(FieldProblem.of("startsAt", "required"));
        } else if (!draft.startsAt().isAfter(now) || draft.startsAt().isAfter(now.plus(Duration.ofDays(800)))) {
            problems.add(new FieldProblem("startsAt", "horizon", new Object[] { now, now.plus(Duration.ofDays(800)) }));
        }
        if (draft.endsAt() == null) {
            problems.add(FieldProblem.of("endsAt", "required"));
        } else if (draft.startsAt() != null && (!draft.endsAt().isAfter(draft.startsAt())
                || Duration.between(draft.startsAt(), draft.endsAt()).toDays() > 7)) {
            problems.add(FieldProblem.of("endsAt", "period-order"));
        }
        if (draft.capacity() == null) {
            problems.add(FieldProblem.of("capacity", "required"));
        } else if (draft.capacity() < 1 || draft.capacity() > MAX_CAPACITY) {
            problems.add(new FieldProblem("capacity", "range", new Object[] { 1, MAX_CAPACITY }));
        }
        budget(problems, "budgetPlannedFen", draft.budgetPlannedFen());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }

    private static void budget(List<FieldProblem> problems, String field, Long fen) {
        if (fen == null) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (fen < 0 || fen > MAX_BUDGET_FEN) {
            problems.add(new FieldProblem(field, "range", new Object[] { 0, MAX_BUDGET_FEN }));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, max }));
        }
    }
}
