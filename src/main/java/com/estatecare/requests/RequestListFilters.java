package com.estatecare.requests;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of the request list ({@code GET /api/v1/requests}) by name and
 * type — what a saved view of the list may hold — and their bounds. The list
 * itself binds them as query parameters; {@code cursor} and {@code limit} are
 * paging, not filters.
 */
public final class RequestListFilters {

    /** At most this many ids in {@code ids} (a page of the workbench). */
    public static final int MAX_IDS = 100;
    /** The longest free-text {@code q}. */
    public static final int MAX_Q = 200;

    /**
     * Whose requests ({@code assignee}): mine; my team's — handled by my department (the request's
     * {@code department}, set when it was dispatched to a person of that department or to the department),
     * within my branch of the organisation; or nobody's yet.
     */
    public enum Assignee { ME, TEAM, NONE }

    /** Each filter's name and the type of its value. */
    public static final Map<String, Class<?>> TYPES;

    static {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        types.put("status", RequestStatus.class);
        types.put("kind", RequestKind.class);
        types.put("category", Category.class);
        types.put("projectId", Long.class);
        types.put("buildingId", Long.class);
        types.put("unitId", Long.class);
        types.put("customerId", Long.class);
        types.put("assigneeId", Long.class);
        types.put("createdFrom", Instant.class);
        types.put("createdTo", Instant.class);
        types.put("q", String.class);
        types.put("assignee", Assignee.class);
        types.put("open", Boolean.class);
        types.put("waitingOn", WaitingOn.class);
        types.put("channel", Channel.class);
        TYPES = Collections.unmodifiableMap(types);
    }

    private RequestListFilters() {
    }
}
