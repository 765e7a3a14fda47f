package com.estatecare.escalation.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.RecordFilters;
import com.estatecare.requests.RequestListCriterion;

/**
 * The request list's {@code escalationLevel}, {@code escalatedFrom}, {@code escalatedTo}: requests that
 * climbed to that level (each level is reached once: the ladder only climbs) by a step taken in the period
 * (the dashboard's escalations).
 */
@Component
class EscalationCriterion implements RequestListCriterion {

    @Override
    public Optional<Condition> condition(RecordFilters filters, String idColumn) {
        if (!filters.escalationSet()) {
            return Optional.empty();
        }
        StringBuilder sql = new StringBuilder(idColumn + " in (select s.request_id from escalation_step s where true");
        Map<String, Object> params = new HashMap<>();
        if (filters.escalationLevel() != null) {
            sql.append(" and s.to_level = :escalationLevelFilter");
            params.put("escalationLevelFilter", level(filters.escalationLevel()).name());
        }
        if (filters.escalatedFrom() != null) {
            sql.append(" and s.at >= :escalatedFromFilter");
            params.put("escalatedFromFilter", Timestamp.from(filters.escalatedFrom()));
        }
        if (filters.escalatedTo() != null) {
            sql.append(" and s.at < :escalatedToFilter");
            params.put("escalatedToFilter", Timestamp.from(filters.escalatedTo()));
        }
        return Optional.of(new Condition(sql.append(")").toString(), params));
    }

    private static EscalationLevel level(String name) {
        return Arrays.stream(EscalationLevel.values()).filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("escalationLevel", "one-of",
                        Arrays.toString(EscalationLevel.values())));
    }
}
