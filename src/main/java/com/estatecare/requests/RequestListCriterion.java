package com.estatecare.requests;

import java.util.Map;
import java.util.Optional;

/**
 * Narrows the request list by what another module records of requests (its {@link RecordFilters}) without
 * the requests module depending on it or reading its tables: the module that keeps the record answers with
 * a condition on the request's id over its own table. The list adds it to its own scope (organisation
 * {@code VisibleTo}) and filters.
 */
public interface RequestListCriterion {

    /**
     * The condition on {@code idColumn} (a request id) for the filters this module answers, empty when none
     * of them is set; a malformed value is refused with a problem naming its field. Parameter names are the
     * module's own (prefixed), so that they do not meet the list's.
     */
    Optional<Condition> condition(RecordFilters filters, String idColumn);

    /** An SQL condition and its named parameters. */
    record Condition(String sql, Map<String, Object> params) {
    }
}
