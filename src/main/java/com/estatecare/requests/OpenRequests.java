package com.estatecare.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;

/**
 * The requests still open (not archived or cancelled) of some customers or on
 * some units, as the intake screen shows them next to the caller: newest
 * first, at most a few per customer or unit, scoped like every request read.
 */
@Service
public class OpenRequests {

    /** An open request in brief. */
    public record Summary(long id, String number, RequestKind kind, RequestStatus status, Category category,
            Long unitId, String unit, Long customerId, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    OpenRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open requests of each customer, at most {@code each} per customer. */
    @Transactional(readOnly = true)
    public Map<Long, List<Summary>> ofCustomers(Collection<Long> customerIds, int each, CurrentUser user) {
        return by("customer_id", customerIds, each, user);
    }

    /** The open requests on each unit, whoever reported them, at most {@code each} per unit. */
    @Transactional(readOnly = true)
    public Map<Long, List<Summary>> onUnits(Collection<Long> unitIds, int each, CurrentUser user) {
        return by("unit_id", unitIds, each, user);
    }

    /**
     * How many requests of this customer are still open, whoever may see them: an erasure of the customer waits until
     * the service they asked for is over.
     */
    @Transactional(readOnly = true)
    public int countOf(long customerId) {
        return jdbc.sql("select count(*) from request r where r.customer_id = :customer and r.status in (:open)")
                .param("customer", customerId)
                .param("open", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).map(Enum::name)
                        .toList())
                .query(Integer.class).single();
    }

    /**
     * Whether {@code assigneeId} is dispatched now (the assignee of an open request) to a request of this customer
     * or on one of these units: an engineer who has to call the owner about the visit.
     */
    @Transactional(readOnly = true)
    public boolean assignedFor(long assigneeId, long customerId, Collection<Long> unitIds) {
        return jdbc.sql("""
                select exists (
                    select 1 from request r
                    where r.assignee_id = :assignee and r.status in (:open)
                      and (r.customer_id = :customer or r.unit_id in (:units)))""")
                .param("assignee", assigneeId).param("customer", customerId)
                .param("units", unitIds.isEmpty() ? List.of(-1L) : unitIds)
                .param("open", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).map(Enum::name)
                        .toList())
                .query(Boolean.class).single();
    }

    private Map<Long, List<Summary>> by(String column, Collection<Long> keys, int each, CurrentUser user) {
        Map<Long, List<Summary>> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        VisibleTo visible = VisibleTo.sql(user, "r.scope_path");
        jdbc.sql("""
                select * from (
                    select r.%s as owner_key, r.id, r.number, r.kind, r.status, r.category, r.unit_id,
                           r.unit_label, r.customer_id, r.received_at,
                           row_number() over (partition by r.%s order by r.id desc) as nth
                    from request r
                    where r.%s in (:keys) and r.status in (:open) and %s
                ) ranked
                where nth <= :each
                order by owner_key, id desc""".formatted(column, column, column, visible.sql()))
                .param("keys", keys).params(visible.params()).param("each", each)
                .param("open", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).map(Enum::name)
                        .toList())
                .query((rs, row) -> {
                    String category = rs.getString("category");
                    Timestamp received = rs.getTimestamp("received_at");
                    return Map.entry(rs.getLong("owner_key"), new Summary(rs.getLong("id"), rs.getString("number"),
                            RequestKind.valueOf(rs.getString("kind")), RequestStatus.valueOf(rs.getString("status")),
                            category == null ? null : Category.valueOf(category),
                            rs.getObject("unit_id", Long.class), rs.getString("unit_label"),
                            rs.getObject("customer_id", Long.class), received.toInstant()));
                }).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }
}
