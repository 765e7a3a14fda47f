package com.estatecare.delivery.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDayView;
import com.estatecare.platform.DomainException;

/**
 * An owner's sign-up, change of slot and cancellation, decided by {@link SignUpPolicy} under the open day's lock:
 * on a day with time slots, the places and the waiting line are those of the slot signed up for.
 */
@Component
public class OpenDaySignUps {

    private final OpenDayRows rows;
    private final Clock clock;

    OpenDaySignUps(OpenDayRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Signs the owner up for the day, in {@code slotId} when the day has slots (required then, refused without):
     * again for the same slot changes nothing; for another slot, the owner leaves the first (its place goes to the
     * first in its line) and is confirmed in the second while it has places, else waits at the end of its line.
     */
    public OpenDayView signUp(long dayId, Long slotId, long customer, List<Long> ownProjects) {
        OpenDayRows.Day day = open(dayId, customer, ownProjects);
        OpenDayView view = day.view();
        OpenDayView.Slot slot = slot(view, slotId);
        String mine = view.mySignUp();
        boolean holding = "CONFIRMED".equals(mine) || "WAITING".equals(mine);
        if (holding && Objects.equals(view.mySlotId(), slotId)) {
            return view;
        }
        if (holding) {
            rows.cancel(dayId, customer);
            if (SignUpPolicy.promotesNext(SignUpPolicy.Status.valueOf(mine))) {
                rows.promoteFirstWaiting(dayId, view.mySlotId());
            }
            slot = slot(rows.locked(dayId, customer).orElseThrow().view(), slotId);
        }
        SignUpPolicy.Status status = slot == null ? SignUpPolicy.signUp(view.capacity(), view.confirmed())
                : SignUpPolicy.signUp(slot.capacity(), slot.confirmed());
        rows.signUp(day.companyId(), dayId, slotId, customer, status, clock.instant());
        return rows.locked(dayId, customer).orElseThrow().view();
    }

    public OpenDayView cancel(long dayId, long customer, List<Long> ownProjects) {
        OpenDayRows.Day day = open(dayId, customer, ownProjects);
        String mine = day.view().mySignUp();
        if (mine == null || "CANCELLED".equals(mine)) {
            return day.view();
        }
        rows.cancel(dayId, customer);
        if (SignUpPolicy.promotesNext(SignUpPolicy.Status.valueOf(mine))) {
            rows.promoteFirstWaiting(dayId, day.view().mySlotId());
        }
        return rows.locked(dayId, customer).orElseThrow().view();
    }

    /** The slot asked for: required on a day with slots, one of its own; none on a day without. */
    private static OpenDayView.Slot slot(OpenDayView day, Long slotId) {
        if (day.slots().isEmpty()) {
            if (slotId != null) {
                throw DomainException.invalidField("slotId", "unknown");
            }
            return null;
        }
        if (slotId == null) {
            throw DomainException.invalidField("slotId", "required");
        }
        return day.slots().stream().filter(s -> s.id() == slotId).findFirst()
                .orElseThrow(() -> DomainException.invalidField("slotId", "unknown"));
    }

    /** The day, locked, if it is of one of the owner's projects (else 404) and has not started (else 409). */
    private OpenDayRows.Day open(long dayId, long customer, List<Long> ownProjects) {
        OpenDayRows.Day day = rows.locked(dayId, customer).filter(d -> ownProjects.contains(d.view().projectId()))
                .orElseThrow(() -> DomainException.notFound("open-day"));
        if (!day.view().startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("open-day-started");
        }
        return day;
    }
}
