package com.estatecare.requests;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A request as staff read it: the request itself and, beside its fields, what
 * other modules know of it ({@link RequestDetailsContributor}: clocks, grade,
 * escalation — internal records the customer does not read).
 */
public final class StaffRequestView implements ShownRequest {

    private final RequestView request;
    private final Map<String, Object> details;

    public StaffRequestView(RequestView request, Map<String, Object> details) {
        this.request = request;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    @JsonUnwrapped
    public RequestView getRequest() {
        return request;
    }

    @JsonAnyGetter
    public Map<String, Object> getDetails() {
        return details;
    }
}
