package com.estatecare.timelimits.internal;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.estatecare.platform.DomainException;
import com.estatecare.requests.RecordFilters;
import com.estatecare.requests.RequestListCriterion;

/**
 * The request list's {@code clock}, {@code clockOutcome}, {@code decidedFrom}, {@code decidedTo}: requests
 * with a clock (of that limit) decided in the period — met, or breached — as the on-time rate counts them
 * (decided when breached, else when met). A request has one clock per limit, so a limit's cell of the
 * on-time chart and its list agree.
 */
@Component
class ClockCriterion implements RequestListCriterion {

    /** A limit key as policies name them; longer than the column or other characters cannot match one. */
    private static final Pattern KEY = Pattern.compile("[A-Z0-9_]{1,60}");

    @Override
    public Optional<Condition> condition(RecordFilters filters, String idColumn) {
        if (!filters.clockSet()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder(idColumn + " in (select c.request_id from time_limit_clock c"
                + " where (c.status = 'MET' or c.breached_at is not null)");
        Map<String, Object> params = new HashMap<>();
        if (filters.clock() != null) {
            if (!KEY.matcher(filters.clock()).matches()) {
                throw DomainException.invalidField("clock", "malformed");
            }
            sql.append(" and c.limit_key = :clockFilter");
            params.put("clockFilter", filters.clock());
        }
        if (filters.clockOutcome() != null) {
            sql.append(filters.clockOutcome() == RecordFilters.ClockOutcome.MET ? " and c.breached_at is null"
                    : " and c.breached_at is not null");
        }
        if (filters.decidedFrom() != null) {
            sql.append(" and coalesce(c.breached_at, c.stopped_at) >= :decidedFromFilter");
            params.put("decidedFromFilter", Timestamp.from(filters.decidedFrom()));
        }
        if (filters.decidedTo() != null) {
            sql.append(" and coalesce(c.breached_at, c.stopped_at) < :decidedToFilter");
            params.put("decidedToFilter", Timestamp.from(filters.decidedTo()));
        }
        return Optional.of(new Condition(sql.append(")").toString(), params));
    }
}
