package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.InputLimits;
import com.estatecare.platform.MaskedText;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.Visibility;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The append-only timeline of every request: who, when, what, before and after,
 * and who may read it (the customer too, or staff only). Nothing here updates
 * or deletes; on PostgreSQL a trigger refuses it too.
 */
@Component
public class Timeline {

    /** One entry as the API shows it. */
    public record Entry(long id, Instant at, Long actorId, String actorName, String action, RequestStatus fromStatus,
            RequestStatus toStatus, @JsonSerialize(using = MaskedText.class) String note, Map<String, Object> details,
            Visibility visibility) {
    }

    /**
     * One entry as its customer reads it: who acted by display name only, never
     * a staff account id (see docs/api.md, "What an owner reads").
     */
    public record CustomerEntry(long id, Instant at, String actorName, String action, RequestStatus fromStatus,
            RequestStatus toStatus, @JsonSerialize(using = MaskedText.class) String note, Map<String, Object> details,
            Visibility visibility) {

        static CustomerEntry of(Entry e) {
            return new CustomerEntry(e.id(), e.at(), e.actorName(), e.action(), e.fromStatus(), e.toStatus(), e.note(),
                    e.details(), e.visibility());
        }
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final InputLimits limits;

    Timeline(JdbcClient jdbc, ObjectMapper json, InputLimits limits) {
        this.jdbc = jdbc;
        this.json = json;
        this.limits = limits;
    }

    /** A step the request took, written in the step's transaction: it commits with the change or not at all. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StepTaken step) {
        append(step.companyId(), step.requestId(), step.at(), step.actorId(), step.actorName(), step.action(),
                step.from(), step.to(), step.note(), step.details(), step.visibility());
    }

    public void append(long companyId, long requestId, Instant at, Long actorId, String actorName, String action,
            RequestStatus from, RequestStatus to, String note, Map<String, Object> details, Visibility visibility) {
        jdbc.sql("""
                insert into request_timeline (company_id, request_id, at, actor_id, actor_name, action, from_status,
                                              to_status, note, details, visibility)
                values (:company, :request, :at, :actorId, :actorName, :action, :from, :to, :note, :details,
                        :visibility)""")
                .param("company", companyId).param("request", requestId).param("at", Timestamp.from(at))
                .param("actorId", actorId).param("actorName", actorName).param("action", action)
                .param("from", from == null ? null : from.name()).param("to", to == null ? null : to.name())
                .param("note", note)
                .param("details", details == null || details.isEmpty() ? null : json.writeValueAsString(details))
                .param("visibility", visibility.name())
                .update();
    }

    /**
     * An internal entry for another module's decision, in one statement: the request's company and its status
     * (before and after: a decision does not move the request) are read by the insert itself.
     *
     * @return whether the request exists
     */
    boolean appendAtCurrentStatus(long requestId, Instant at, Long actorId, String actorName, String action,
            String note, Map<String, Object> details, Visibility visibility) {
        return jdbc.sql("""
                insert into request_timeline (company_id, request_id, at, actor_id, actor_name, action, from_status,
                                              to_status, note, details, visibility)
                select r.company_id, r.id, :at, :actorId, :actorName, :action, r.status, r.status, :note, :details,
                       :visibility
                from request r
                where r.id = :request""")
                .param("request", requestId).param("at", Timestamp.from(at))
                .param("actorId", actorId).param("actorName", actorName).param("action", action)
                .param("note", note)
                .param("details", details == null || details.isEmpty() ? null : json.writeValueAsString(details))
                .param("visibility", visibility.name())
                .update() == 1;
    }

    /** Every entry, for staff, oldest first, up to {@link InputLimits#requestEntries()}. */
    public List<Entry> of(long requestId) {
        return select(requestId, "");
    }

    /** The entries written to the customer, for the customer. */
    public List<CustomerEntry> customerFacing(long requestId) {
        return select(requestId, " and visibility = 'CUSTOMER'").stream().map(CustomerEntry::of).toList();
    }

    private List<Entry> select(long requestId, String condition) {
        return jdbc.sql("""
                select id, at, actor_id, actor_name, action, from_status, to_status, note, details, visibility
                from request_timeline where request_id = :request""" + condition + " order by id limit :cap")
                .param("request", requestId).param("cap", limits.requestEntries())
                .query((rs, row) -> {
                    Long actorId = rs.getObject("actor_id", Long.class);
                    String from = rs.getString("from_status");
                    String to = rs.getString("to_status");
                    String details = rs.getString("details");
                    return new Entry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actorId,
                            rs.getString("actor_name"), rs.getString("action"),
                            from == null ? null : RequestStatus.valueOf(from), to == null ? null : RequestStatus.valueOf(to),
                            rs.getString("note"), details == null ? Map.of()
                                    : json.readValue(details, new TypeReference<Map<String, Object>>() { }),
                            Visibility.valueOf(rs.getString("visibility")));
                }).list();
    }
}
