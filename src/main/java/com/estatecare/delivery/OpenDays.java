package com.estatecare.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.OpenDayAttendance;
import com.estatecare.delivery.internal.OpenDayRows;
import com.estatecare.delivery.internal.OpenDaySignUps;
import com.estatecare.delivery.internal.SlotChangeRule;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OpenDays(OpenDayRows rows, OpenDaySignUps signUps, OpenDayAttendance attendance, Registry registry,
            InputLimits limits, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
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
     * signed up without a slot takes no slot (409). Audited ({@link OpenDaySlotChanged}).
     */
    @Transactional
    public OpenDayView addSlot(long dayId, Instant startsAt, Instant endsAt, int capacity, CurrentUser user) {
        OpenDayRows.Day day = lockedForSlots(dayId, user);
        if (rows.hasSignUpsWithoutSlot(dayId)) {
            throw DomainException.conflict("open-day-signed-up");
        }
        check(day, null, startsAt, endsAt, capacity);
        long slotId = rows.insertSlot(day.companyId(), dayId, startsAt, endsAt, capacity);
        publish(day, slotId, OpenDaySlotChanged.Change.ADDED, null,
                new OpenDaySlotChanged.Slot(startsAt, endsAt, capacity), new SlotChangeRule.Outcome(List.of(), 0));
        return rows.get(dayId, -1).orElseThrow().view();
    }

    /**
     * Changes a slot's time and places by the rules of adding one ({@link SlotRule}, the slot itself set aside), on a
     * day that has not started (409). A change that would take a place or a chosen time from owners ({@link
     * SlotChangeRule}: a new time, places below those confirmed) is refused with 409 naming how many, unless
     * {@code cancelSignUps}: then their sign-ups are cancelled and each is told once. New places go to the first in
     * line. Decided under the day's lock, as the owners' sign-ups are.
     */
    @Transactional
    public OpenDayView editSlot(long dayId, long slotId, Instant startsAt, Instant endsAt, int capacity,
            boolean cancelSignUps, CurrentUser user) {
        OpenDayRows.Day day = lockedForSlots(dayId, user);
        OpenDayView.Slot slot = slotOf(day, slotId);
        check(day, slotId, startsAt, endsAt, capacity);
        boolean moved = !slot.startsAt().equals(startsAt) || !slot.endsAt().equals(endsAt);
        SlotChangeRule.Outcome outcome = SlotChangeRule.edit(moved, capacity, rows.holders(slotId));
        refuseUnlessCancelled(outcome, cancelSignUps);
        rows.cancelSignUps(outcome.cancelled().stream().map(SlotChangeRule.Holder::signUpId).toList());
        rows.updateSlot(slotId, startsAt, endsAt, capacity);
        rows.promoteWaiting(slotId, outcome.promoted());
        publish(day, slotId, OpenDaySlotChanged.Change.CHANGED, before(slot),
                new OpenDaySlotChanged.Slot(startsAt, endsAt, capacity), outcome);
        return rows.get(dayId, -1).orElseThrow().view();
    }

    /**
     * Removes a slot of a day that has not started (409). A slot that owners hold or wait for is refused with 409
     * naming how many, unless {@code cancelSignUps}: then their sign-ups are cancelled and each is told once. Decided
     * under the day's lock: an owner signing up at the same moment either signs up before (and is cancelled and
     * told) or finds the slot gone.
     */
    @Transactional
    public OpenDayView removeSlot(long dayId, long slotId, boolean cancelSignUps, CurrentUser user) {
        OpenDayRows.Day day = lockedForSlots(dayId, user);
        OpenDayView.Slot slot = slotOf(day, slotId);
        SlotChangeRule.Outcome outcome = SlotChangeRule.remove(rows.holders(slotId));
        refuseUnlessCancelled(outcome, cancelSignUps);
        rows.cancelSignUps(outcome.cancelled().stream().map(SlotChangeRule.Holder::signUpId).toList());
        rows.deleteSlot(slotId);
        publish(day, slotId, OpenDaySlotChanged.Change.REMOVED, before(slot), null, outcome);
        return rows.get(dayId, -1).orElseThrow().view();
    }

    /** The day, locked, for a publisher of its branch (else 403, or 404), before it starts (else 409). */
    private OpenDayRows.Day lockedForSlots(long dayId, CurrentUser user) {
        if (!user.hasAny(ProgressNotices.PUBLISHERS)) {
            throw DomainException.forbidden("forbidden");
        }
        attendance.visible(dayId, user);
        OpenDayRows.Day day = rows.locked(dayId, -1).orElseThrow(() -> DomainException.notFound("open-day"));
        if (!day.view().startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("open-day-started");
        }
        return day;
    }

    private static OpenDayView.Slot slotOf(OpenDayRows.Day day, long slotId) {
        return day.view().slots().stream().filter(s -> s.id() == slotId).findFirst()
                .orElseThrow(() -> DomainException.notFound("open-day-slot"));
    }

    /** The slot's time and places against the day and its other slots ({@code slotId}: the one edited). */
    private static void check(OpenDayRows.Day day, Long slotId, Instant startsAt, Instant endsAt, int capacity) {
        List<FieldProblem> problems = SlotRule.problems(day.view().startsAt(), day.view().endsAt(),
                day.view().capacity(), day.view().slots().stream().filter(s -> slotId == null || s.id() != slotId)
                        .map(s -> new SlotRule.Span(s.startsAt(), s.endsAt(), s.capacity())).toList(),
                startsAt, endsAt, capacity);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }

    private static void refuseUnlessCancelled(SlotChangeRule.Outcome outcome, boolean cancelSignUps) {
        if (outcome.cancels() && !cancelSignUps) {
            long confirmed = outcome.cancelled().stream().filter(SlotChangeRule.Holder::confirmed).count();
            int signedUp = outcome.cancelled().size();
            throw DomainException.conflict("open-day-slot-signed-up", signedUp, confirmed, signedUp - confirmed)
                    .with("signedUp", signedUp).with("confirmed", confirmed).with("waiting", signedUp - confirmed);
        }
    }

    private static OpenDaySlotChanged.Slot before(OpenDayView.Slot slot) {
        return new OpenDaySlotChanged.Slot(slot.startsAt(), slot.endsAt(), slot.capacity());
    }

    private void publish(OpenDayRows.Day day, long slotId, OpenDaySlotChanged.Change change,
            OpenDaySlotChanged.Slot before, OpenDaySlotChanged.Slot after, SlotChangeRule.Outcome outcome) {
        events.publishEvent(new OpenDaySlotChanged(day.companyId(), day.scopePath(), day.view().id(),
                day.view().title(), slotId, change, before, after, outcome.cancelled().stream()
                        .map(h -> new OpenDaySlotChanged.Cancelled(h.signUpId(), h.customerId(), h.confirmed(),
                                h.signedAt()))
                        .toList(), outcome.promoted(), clock.instant()));
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
