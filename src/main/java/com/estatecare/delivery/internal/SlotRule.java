package com.estatecare.delivery.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.FieldProblem;

/**
 * The rule of an open day's time slots (业主开放日的时段): a slot ends after it starts, lies within the day's own
 * time, overlaps no other slot of the day (one may start where another ends), and the places of all slots together
 * are at most the day's places; a day has at most {@link #MAX_SLOTS} slots.
 */
public final class SlotRule {

    /** The most slots of one open day (a quarter-hour each across twelve hours). */
    public static final int MAX_SLOTS = 48;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    /** A slot's time: from (inclusive) to (exclusive). */
    public record Span(Instant startsAt, Instant endsAt, int capacity) {

        boolean overlaps(Instant start, Instant end) {
            return start.isBefore(endsAt) && startsAt.isBefore(end);
        }
    }

    private SlotRule() {
    }

    /** What is wrong with a new slot of a day from {@code dayStart} to {@code dayEnd} with {@code dayCapacity}. */
    public static List<FieldProblem> problems(Instant dayStart, Instant dayEnd, int dayCapacity, List<Span> existing,
            Instant startsAt, Instant endsAt, int capacity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (existing.size() >= MAX_SLOTS) {
            problems.add(new FieldProblem("slots", "at-most", new Object[] { MAX_SLOTS }));
            return problems;
        }
        if (!endsAt.isAfter(startsAt)) {
            problems.add(FieldProblem.of("endsAt", "period-order"));
            return problems;
        }
        if (startsAt.isBefore(dayStart) || endsAt.isAfter(dayEnd)) {
            problems.add(new FieldProblem(startsAt.isBefore(dayStart) ? "startsAt" : "endsAt", "slot-within",
                    new Object[] { TIME.format(dayStart), TIME.format(dayEnd) }));
        }
        existing.stream().filter(s -> s.overlaps(startsAt, endsAt)).findFirst().ifPresent(s -> problems.add(
                new FieldProblem("startsAt", "slot-overlap",
                        new Object[] { TIME.format(s.startsAt()) + "–" + TIME.format(s.endsAt()) })));
        long taken = existing.stream().mapToLong(Span::capacity).sum();
        if (taken + capacity > dayCapacity) {
            problems.add(new FieldProblem("capacity", "slot-capacity",
                    new Object[] { Math.max(0, dayCapacity - taken) }));
        }
        return problems;
    }
}
