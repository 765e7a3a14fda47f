package com.estatecare.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A company's delivery inspection checklist (验房标准) in one version: what is checked in which rooms and the
 * standard each item is held to. Editing it makes a new version; an inspection keeps the version it was recorded
 * against.
 */
public record Checklist(int version, List<ChecklistItem> items, String changedBy, Instant changedAt) {

    /** How an item is judged: a measured value against limits, or a plain pass or fail. */
    public enum Kind {
        MEASUREMENT, CHECK
    }

    /**
     * One item: its code, what it says (Chinese, English), the rooms where it is checked (empty: every room), the
     * component of the registry a defect of it concerns, and its standard — for a measurement its unit and
     * limits (at least / at most, inclusive), for a check nothing more. {@code source} cites where the standard
     * comes from.
     */
    public record ChecklistItem(String code, String title, String titleEn, List<Room> rooms, String componentCode, Kind kind,
            MeasureUnit unit, BigDecimal min, BigDecimal max, String source) {

        public boolean appliesIn(Room room) {
            return rooms == null || rooms.isEmpty() || rooms.contains(room);
        }
    }

    /** A version as the list of versions shows it: its number, how many items, who made it and when. */
    public record ChecklistVersion(int version, int itemCount, String changedBy, Instant changedAt) {
    }

    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
