package com.estatecare.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.OpenDayAttendance;
import com.estatecare.delivery.internal.OpenDayRows;
import com.estatecare.delivery.internal.OpenDaySignUps;
import com.estatecare.delivery.internal.SlotRule;
import com.estatecare.platform.FieldProblem;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;

/**
 * Open days (工地开放日): a project invites its owners to the site; owners sign up in the portal, confirmed while
 * places are free and waiting in line after that; a cancellation gives the place to the first in line. A day may be
 * divided into time slots, each with its places and its own waiting line.
 */
@Service
public class OpenDays {

    /** The most places of one open day. */
    public static final int MAX_CAPACITY = 2000;

    private final OpenDayRows rows;
    private final OpenDaySignUps signUps;
    private final OpenDayAttendance attendance;
    private final Registry registry;
    private final InputLimits limits;
    private final Clock clock;

    OpenDays(OpenDayRows rows, OpenDaySignUps signUps, OpenDayAttendance attendance, Registry registry,
            InputLimits limits, Clock clock) {
        this.rows = rows;
        this.signUps = signUps;
        this.attendance = attendance;
        this.registry = registry;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Schedules an open day of a project of the caller's branch at a place (optional): in the future, ending after
     * it starts.
     */
    @Transactional
    public OpenDayView schedule(long projectId, String title, String place, Instant startsAt, Instant endsAt,
            int capacity, CurrentUser user) {
        if (!user.hasAny(ProgressNotices.PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        ProjectView project = project(projectId, user);
        Instant now = clock.instant();
        limits.moment("startsAt", startsAt, now);
        if (!startsAt.isAfter(now)) {
            throw DomainException.invalidField("startsAt", "not-before", now);
        }
        if (!endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).toDays() > 7) {
            throw DomainException.invalidField("endsAt", "period-order");
        }
        long id = rows.insert(project, title.strip(), place == null || place.isBlank() ? null : place.strip(),
                startsAt, endsAt, capacity, user.displayName(), now);
        return rows.locked(id, -1).orElseThrow().view();
    }

    /**
     * Adds a time slot to an open day of the caller's branch that has not started (else 409): within the day's time,
     * overlapping no other slot, its places within what the day's places leave ({@link SlotRule}); a day whose owners
     * signed up without a slot takes no slot (409).
     */
    @Transactional
    public OpenDayView addSlot(long dayId, Instant startsAt, Instant endsAt, int capacity, CurrentUser user) {
        if (!user.hasAny(ProgressNotices.PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        attendance.visible(dayId, user);
        OpenDayRows.Day day = rows.locked(dayId, -1).orElseThrow(() -> DomainException.notFound("open-day"));
        if (!day.view().startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("open-day-started");
        }
        if (rows.hasSignUpsWithoutSlot(dayId)) {
            throw DomainException.conflict("open-day-signed-up");
        }
        List<FieldProblem> problems = SlotRule.problems(day.view().startsAt(), day.view().endsAt(),
                day.view().capacity(), day.view().slots().stream()
                        .map(s -> new SlotRule.Span(s.startsAt(), s.endsAt(), s.capacity())).toList(),
                startsAt, endsAt, capacity);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        rows.insertSlot(day.companyId(), dayId, startsAt, endsAt, capacity);
        return rows.get(dayId, -1).orElseThrow().view();
    }

    /** Staff: a project's open days. */
    @Transactional(readOnly = true)
    public List<OpenDayView> ofProject(long projectId, CurrentUser user) {
        return rows.ofProjects(List.of(project(projectId, user).id()), -1);
    }

    /** Staff of the day's project: its sign-ups, confirmed first, then the waiting line in order. */
    @Transactional(readOnly = true)
    public List<OpenDaySignUp> signUps(long dayId, CurrentUser user) {
        return attendance.signUps(dayId, user);
    }

    /** Staff: whether a confirmed owner came to the day, once it has begun; recorded again, it is corrected. */
    @Transactional
    public OpenDaySignUp recordAttendance(long dayId, long signUpId, boolean attended, CurrentUser user) {
        if (!user.hasAny(ProgressNotices.PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        return attendance.record(dayId, signUpId, attended, user, clock.instant());
    }

    /** An owner: the open days of the projects where they own a unit, with their own sign-up. */
    @Transactional(readOnly = true)
    public List<OpenDayView> ofOwner(CurrentUser user) {
        if (!user.isOwner() || user.customerId() == null) {
            return List.of();
        }
        return rows.ofProjects(ownProjects(user), user.customerId());
    }

    /**
     * The owner signs up for an open day of one of their projects that has not started, for one of its time slots
     * when it has them; signing up for another slot changes their slot.
     */
    @Transactional
    public OpenDayView signUp(long dayId, Long slotId, CurrentUser user) {
        return signUps.signUp(dayId, slotId, owner(user), ownProjects(user));
    }

    /** The owner cancels their sign-up; a confirmed place goes to the first in line. */
    @Transactional
    public OpenDayView cancel(long dayId, CurrentUser user) {
        return signUps.cancel(dayId, owner(user), ownProjects(user));
    }

    private static long owner(CurrentUser user) {
        if (!user.isOwner() || user.customerId() == null) {
            throw DomainException.forbidden("forbidden");
        }
        return user.customerId();
    }

    private List<Long> ownProjects(CurrentUser user) {
        return user.customerId() == null ? List.of()
                : registry.unitsOf(user.customerId()).stream().map(UnitView::projectId).distinct().toList();
    }

    private ProjectView project(long projectId, CurrentUser user) {
        return registry.project(projectId).filter(p -> !user.isOwner()
                && (user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath())))
                .orElseThrow(() -> DomainException.notFound("project"));
    }
}
