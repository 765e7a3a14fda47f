package com.estatecare.requests;

import java.util.Map;

/**
 * A module that knows more about a request — its clocks, its grade, its place
 * on the escalation ladder — adds it to {@code GET /api/v1/requests/{id}}
 * without the requests module depending on it. What it adds is the staff's
 * record: an owner reads the customer's view of the request, without it.
 */
public interface RequestDetailsContributor {

    /** Property names and values to add to the request's detail; empty when there is nothing. */
    Map<String, Object> details(long requestId);
}
