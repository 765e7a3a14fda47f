package com.estatecare.workbench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.requests.RequestListFilters;
import com.estatecare.timelimits.ClockStatus;

/**
 * The filters a saved view may hold: exactly the query parameters of the list
 * it saves — the request list's filters ({@link RequestListFilters}) or the
 * clock queue's {@code state} — each value of that filter's type. An unknown
 * name or a bad value is refused naming {@code filters.<name>}, so that a view
 * never saves something the list would ignore or refuse. Stored as the query
 * string the list takes.
 */
public final class ViewFilters {

    /** The most filters in one view, and the longest value. */
    public static final int MAX_FILTERS = 20;
    public static final int MAX_VALUE = 200;

    /** Which list a view filters. */
    public enum ViewList {
        /** {@code GET /api/v1/requests}: mine, my team, unassigned, waiting on the customer, any list filter. */
        REQUESTS,
        /** {@code GET /api/v1/time-limits}: due soon, breached, paused. */
        TIME_LIMITS
    }

    private ViewFilters() {
    }

    /** The filter names a view of {@code list} may hold, each with the type of its value. */
    public static Map<String, Class<?>> known(ViewList list) {
        return list == ViewList.REQUESTS ? RequestListFilters.TYPES : Map.of("state", ClockStatus.class);
    }

    /** {@code filters} checked for {@code list}, in name order; or a 400 problem naming each bad one. */
    public static Map<String, String> check(ViewList list, Map<String, String> filters) {
        Map<String, String> given = filters == null ? Map.of() : filters;
        List<FieldProblem> problems = new ArrayList<>();
        if (given.size() > MAX_FILTERS) {
            throw DomainException.invalidField("filters", "max-items", MAX_FILTERS);
        }
        Map<String, Class<?>> known = known(list);
        Map<String, String> checked = new TreeMap<>();
        for (Map.Entry<String, String> filter : given.entrySet()) {
            String field = "filters." + abbreviate(filter.getKey());
            Class<?> type = known.get(filter.getKey());
            String value = filter.getValue() == null ? "" : filter.getValue().trim();
            if (type == null) {
                problems.add(new FieldProblem(field, "unknown-filter", new Object[] { String.join(", ", known.keySet()) }));
            } else if (value.isEmpty() || value.length() > MAX_VALUE) {
                problems.add(new FieldProblem(field, "length", new Object[] { 1, MAX_VALUE }));
            } else if (!fits(type, value)) {
                problems.add(FieldProblem.of(field, "malformed"));
            } else {
                checked.put(filter.getKey(), value);
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return checked;
    }

    /** The filters as the list's query string ({@code assignee=ME&open=true}). */
    public static String toQuery(Map<String, String> filters) {
        List<String> pairs = new ArrayList<>();
        filters.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** A stored query string back as filters. */
    public static Map<String, String> fromQuery(String query) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return filters;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            filters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return filters;
    }

    private static boolean fits(Class<?> type, String value) {
        try {
            if (type == Long.class) {
                return Long.parseLong(value) > 0;
            } else if (type == Boolean.class) {
                return value.equals("true") || value.equals("false");
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type == ClockStatus.class) {
                for (String state : value.split(",")) {
                    if (!ClockStatus.open().contains(ClockStatus.valueOf(state.trim()))) {
                        return false;
                    }
                }
            } else if (type.isEnum()) {
                enumValue(type, value);
            }
            return true;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return false;
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static void enumValue(Class<?> type, String value) {
        Enum.valueOf((Class<? extends Enum>) type, value);
    }

    private static String abbreviate(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "…" : name;
    }
}
