package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.CallArrived;
import com.estatecare.inbound.CallRecorded;
import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.Request;
import com.estatecare.requests.Requests;

/**
 * Incoming calls reported by the call centre (CTI): the call is kept with the customers the agent may see whose
 * phone is the caller's, the agent's workbench is told ({@link CallArrived}), and once the call is linked to a
 * request and its recording is known, the recording goes on the request's timeline ({@link CallRecorded}), once.
 */
@Service
class Calls {

    /** The most customers a screen pop offers: a number shared by more people is chosen from in the intake. */
    static final int MAX_MATCHES = 5;

    /** A call as its agent reads it: the caller's number (they are on the phone with them) and the matches. */
    record CallView(long id, String externalId, String callerPhone, long agentId, Instant receivedAt,
            List<CallerMatch> customers, String recordingRef, Long requestId) {
    }

    /** A customer the caller may be. */
    record CallerMatch(long id, String name, String phone) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final Registry registry;
    private final Requests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Calls(JdbcClient jdbc, Organisation organisation, Registry registry, Requests requests,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.registry = registry;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    /** Records a call for {@code agentUsername}, found in the caller's branch; a call reported twice is one call. */
    @Transactional
    CallView arrived(String externalId, String callerNumber, String agentUsername, CurrentUser caller) {
        String phone = PhoneNumber.normalise(callerNumber);
        if (phone == null || !PhoneNumber.isValid(phone)) {
            throw DomainException.invalidField("callerNumber", "phone");
        }
        AccountView agent = organisation.accountNamed(agentUsername)
                .filter(a -> a.roles().stream().anyMatch(r -> r.isStaff()))
                .orElseThrow(() -> DomainException.unknownReference("agent"));
        OrgNodeView node = organisation.node(agent.orgNodeId()).filter(n -> caller.covers(n.path()))
                .filter(n -> n.companyId() != null)
                .orElseThrow(() -> DomainException.unknownReference("agent"));
        CurrentUser agentUser = organisation.userByUsername(agent.username());
        List<CustomerView> found = registry.searchCustomers(phone, null, MAX_MATCHES, agentUser).items().stream()
                .filter(c -> phone.equals(c.phone())).toList();
        Instant now = clock.instant();
        Optional<Long> id = jdbc.sql("""
                insert into inbound_call (company_id, scope_path, external_id, caller_phone, agent_id, customer_id,
                    received_at)
                values (:company, :path, :external, :phone, :agent, :customer, :at)
                on conflict (company_id, external_id) do nothing returning id""")
                .param("company", node.companyId()).param("path", node.path()).param("external", externalId)
                .param("phone", phone).param("agent", agent.id())
                .param("customer", found.size() == 1 ? found.get(0).id() : null).param("at", Timestamp.from(now))
                .query(Long.class).optional();
        if (id.isPresent()) {
            events.publishEvent(new CallArrived(id.get(), node.companyId(), agent.id(), now));
            return new CallView(id.get(), externalId, phone, agent.id(), now, matches(found), null, null);
        }
        long existing = jdbc.sql("select id from inbound_call where company_id = :company and external_id = :external")
                .param("company", node.companyId()).param("external", externalId).query(Long.class).single();
        return find(existing, caller);
    }

    /** A call the caller may read: the agent it was for, or staff whose branch covers it. */
    @Transactional(readOnly = true)
    CallView find(long id, CurrentUser user) {
        // an owner is scoped by what they own, not by path: a call is never theirs to read
        if (user.isOwner()) {
            throw DomainException.notFound("call");
        }
        return findForStaff(id, user);
    }

    private CallView findForStaff(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        Row row = jdbc.sql("""
                select id, external_id, caller_phone, agent_id, received_at, recording_ref, request_id, company_id
                from inbound_call where id = :id and (agent_id = :me or %s)""".formatted(visible.sql()))
                .param("id", id).param("me", user.accountId()).params(visible.params())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("external_id"), rs.getString("caller_phone"),
                        rs.getLong("agent_id"), rs.getTimestamp("received_at").toInstant(),
                        rs.getString("recording_ref"), (Long) rs.getObject("request_id"), rs.getLong("company_id")))
                .optional().orElseThrow(() -> DomainException.notFound("call"));
        List<CustomerView> found = registry.searchCustomers(row.phone(), null, MAX_MATCHES, user).items().stream()
                .filter(c -> row.phone().equals(c.phone())).toList();
        return new CallView(row.id(), row.externalId(), row.phone(), row.agentId(), row.receivedAt(), matches(found),
                row.recordingRef(), row.requestId());
    }

    private record Row(long id, String externalId, String phone, long agentId, Instant receivedAt,
            String recordingRef, Long requestId, long companyId) {
    }

    private static List<CallerMatch> matches(List<CustomerView> found) {
        return found.stream().map(c -> new CallerMatch(c.id(), c.name(), PhoneNumber.mask(c.phone()))).toList();
    }

    /** The call centre's reference to the recording (a URL or an id in its system). */
    @Transactional
    CallView recording(long id, String recordingRef, CurrentUser user) {
        find(id, user);
        jdbc.sql("update inbound_call set recording_ref = :ref where id = :id").param("ref", recordingRef)
                .param("id", id).update();
        announceRecording(id, user);
        return find(id, user);
    }

    /** The request registered from the call; the caller must see it and it must be the call's company's. */
    @Transactional
    CallView linkRequest(long id, long requestId, CurrentUser user) {
        CallView call = find(id, user);
        Request request = requests.find(requestId, user);
        long company = jdbc.sql("select company_id from inbound_call where id = :id").param("id", id)
                .query(Long.class).single();
        if (request.facts().companyId() != company) {
            throw DomainException.unknownReference("requestId");
        }
        if (call.requestId() != null && call.requestId() != requestId) {
            throw DomainException.conflict("call-linked");
        }
        jdbc.sql("update inbound_call set request_id = :request where id = :id").param("request", requestId)
                .param("id", id).update();
        announceRecording(id, user);
        return find(id, user);
    }

    /**
     * Once both the request and the recording are known, announces the recording ({@link CallRecorded}) once;
     * {@code requests} puts it on the timeline.
     */
    private void announceRecording(long id, CurrentUser user) {
        jdbc.sql("""
                update inbound_call set on_timeline = true
                where id = :id and not on_timeline and request_id is not null and recording_ref is not null
                returning request_id, recording_ref""").param("id", id)
                .query((rs, n) -> new CallRecorded(rs.getLong("request_id"), id, rs.getString("recording_ref"),
                        user.accountId(), user.displayName(), clock.instant()))
                .optional().ifPresent(events::publishEvent);
    }
}
