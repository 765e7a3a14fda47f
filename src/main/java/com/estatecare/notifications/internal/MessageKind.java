package com.estatecare.notifications.internal;

import java.util.List;

/**
 * The notices an owner receives, each with the placeholders its template may use ({@code {number}} and so on;
 * {@code {customer}} is the owner's name in every kind).
 */
enum MessageKind {
    /** 受理: a request of theirs was registered. */
    REQUEST_RECEIVED("number", "unit", "time"),
    /** 派工: somebody was given it. */
    DISPATCHED("number", "unit"),
    /** 预约: a repair visit was agreed or moved. */
    APPOINTMENT_SET("number", "unit", "time"),
    /** 完工，请确认: the work is done; the owner is asked to confirm and rate it. */
    WORK_DONE("number", "unit"),
    /** 回访: a revisit is due by a time. */
    REVISIT_DUE("number", "unit", "time"),
    /** 温馨提示: a component's warranty ends soon. */
    WARRANTY_REMINDER("unit", "component", "endsOn"),
    /** 满意度调查: a satisfaction survey asks for their answer by a day (the portal's 问卷 page). */
    SURVEY_INVITATION("survey", "dueOn");

    private final List<String> placeholders;

    MessageKind(String... placeholders) {
        List<String> all = new java.util.ArrayList<>(List.of("customer"));
        all.addAll(List.of(placeholders));
        this.placeholders = List.copyOf(all);
    }

    List<String> placeholders() {
        return placeholders;
    }
}
