package com.estatecare.delivery.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDayView;
import com.estatecare.platform.DomainException;

/** An owner's sign-up and cancellation, decided by {@link SignUpPolicy} under the open day's lock. */
@Component
public class OpenDaySignUps {

    private final OpenDayRows rows;
    private final Clock clock;

    OpenDaySignUps(OpenDayRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public OpenDayView signUp(long dayId, long customer, List<Long> ownProjects) {
        OpenDayRows.Day day = open(dayId, customer, ownProjects);
        String mine = day.view().mySignUp();
        if ("CONFIRMED".equals(mine) || "WAITING".equals(mine)) {
            return day.view();
        }
        rows.signUp(day.companyId(), dayId, customer,
                SignUpPolicy.signUp(day.view().capacity(), day.view().confirmed()), clock.instant());
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
            rows.promoteFirstWaiting(dayId);
        }
        return rows.locked(dayId, customer).orElseThrow().view();
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
