package com.estatecare.warranty.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.DomainException;

/**
 * The rule that plans a maintenance campaign's visits (定期保养): spread evenly over the working days of the
 * period, in the order given (building, then unit), so that each working day carries the same number of visits,
 * give or take one, and the earlier days take the extra ones. A period without a working day is refused.
 */
public final class VisitSpread {

    private VisitSpread() {
    }

    /** The planned day of each of {@code visits} visits, in order, over {@code workingDays} (ascending). */
    public static List<LocalDate> plan(List<LocalDate> workingDays, int visits) {
        if (visits > 0 && workingDays.isEmpty()) {
            throw DomainException.invalidField("endsOn", "no-working-day-in-period");
        }
        List<LocalDate> planned = new ArrayList<>(visits);
        int days = workingDays.size();
        for (int i = 0; i < visits; i++) {
            // visit i on day floor(i * days / visits): consecutive visits fill one day before the next
            planned.add(workingDays.get((int) ((long) i * days / visits)));
        }
        return planned;
    }
}
