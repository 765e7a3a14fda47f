package com.estatecare.hotline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.hotline.HotlineCaseRegistered;
import com.estatecare.hotline.HotlinePolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * Registers a forwarded hotline case as a request of the company (through {@link Requests#register}) with its two
 * deadlines on the business calendar, and reads cases back, scoped by the branch like every request.
 */
@Service
class HotlineCases {

    /** How far back a forwarding time may lie: as far as intake accepts a request received earlier. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** Which cases a list shows: all, those with a deadline still to meet, those with a deadline past. */
    enum Filter { ALL, OPEN, OVERDUE }

    static final String SELECT = """
            select id, case_number, category, citizen_name, citizen_phone, text, request_id, request_number,
                   forwarded_at, registered_at, contact_due_at, reply_due_at, contacted_at, reply_state, reply_text,
                   drafted_by, drafter_name, drafted_at, approver_name, replied_at, rejected_reason, company_id,
                   policy_version
            from hotline_case
            """;

    private final JdbcClient jdbc;
    private final Requests requests;
    private final BusinessCalendar calendar;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HotlineCases(JdbcClient jdbc, Requests requests, BusinessCalendar calendar, Policies policies,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.calendar = calendar;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
    }

    /** The case and its request, in one transaction: a duplicate case number registers nothing (409). */
    @Transactional
    HotlineCaseView register(HotlineCaseForm form, CurrentUser user) {
        Instant now = clock.instant();
        Instant forwardedAt = form.forwardedAt() == null ? now : form.forwardedAt();
        String phone = PhoneNumber.normalise(form.citizenPhone());
        List<com.estatecare.platform.FieldProblem> problems = new ArrayList<>();
        if (phone == null || !PhoneNumber.isValid(phone)) {
            problems.add(com.estatecare.platform.FieldProblem.of("citizenPhone", "phone"));
        }
        if (forwardedAt.isAfter(now.plus(CLOCK_SKEW))) {
            problems.add(new com.estatecare.platform.FieldProblem("forwardedAt", "not-after",
                    new Object[] { now.plus(CLOCK_SKEW) }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        if (user.companyId() != null && exists(user.companyId(), form.caseNumber())) {
            throw DomainException.duplicate("caseNumber");
        }
        RequestKind kind = form.kind() == null ? RequestKind.COMPLAINT : form.kind();
        boolean backdated = forwardedAt.isBefore(now.minus(CLOCK_SKEW));
        Requests.Registered registered = requests.register(new NewRequest(kind, Channel.CITY_HOTLINE, form.unitId(),
                form.customerId(), new NewRequest.Reporter(form.citizenName(), phone), null, null, false,
                "【12345 " + form.caseNumber() + "｜" + form.category() + "】" + form.text(), null, null, null,
                form.forwardedAt() == null ? null : forwardedAt, null, null, null, null, null, null, null, null,
                backdated ? "12345 热线转办时间 " + form.caseNumber() : null), user);
        RequestFacts facts = requests.facts(registered.id()).orElseThrow();
        Versioned<HotlinePolicy> policy = policies.current(HotlinePolicy.class, facts.companyId());
        int contactDays = form.contactWorkingDays() == null ? policy.policy().contactWorkingDays()
                : form.contactWorkingDays();
        int replyDays = form.replyWorkingDays() == null ? policy.policy().replyWorkingDays() : form.replyWorkingDays();
        Instant contactDue = calendar.addWorkingDays(facts.companyId(), forwardedAt, contactDays);
        Instant replyDue = calendar.addWorkingDays(facts.companyId(), forwardedAt, replyDays);
        long id = insert(form, facts, registered, phone, forwardedAt, contactDue, replyDue, policy.version(), user,
                now);
        events.publishEvent(new HotlineCaseRegistered(registered.id(), id, form.caseNumber(), contactDue, replyDue,
                user.accountId(), user.displayName(), now));
        return find(id, user);
    }

    private long insert(HotlineCaseForm form, RequestFacts facts, Requests.Registered registered, String phone,
            Instant forwardedAt, Instant contactDue, Instant replyDue, int policyVersion, CurrentUser user,
            Instant now) {
        try {
            return jdbc.sql("""
                    insert into hotline_case (company_id, scope_path, case_number, category, citizen_name,
                        citizen_phone, text, request_id, request_number, forwarded_at, contact_due_at, reply_due_at,
                        policy_version, registered_at, registered_by)
                    values (:company, :path, :number, :category, :name, :phone, :text, :request, :requestNumber,
                        :forwarded, :contactDue, :replyDue, :policy, :at, :by)
                    returning id""")
                    .param("company", facts.companyId()).param("path", facts.scopePath())
                    .param("number", form.caseNumber()).param("category", form.category())
                    .param("name", form.citizenName()).param("phone", phone).param("text", form.text())
                    .param("request", registered.id()).param("requestNumber", registered.number())
                    .param("forwarded", Timestamp.from(forwardedAt)).param("contactDue", Timestamp.from(contactDue))
                    .param("replyDue", Timestamp.from(replyDue)).param("policy", policyVersion)
                    .param("at", Timestamp.from(now)).param("by", user.accountId()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw DomainException.duplicate("caseNumber");
        }
    }

    private boolean exists(long companyId, String caseNumber) {
        return jdbc.sql("select exists (select 1 from hotline_case where company_id = :company and case_number = :n)")
                .param("company", companyId).param("n", caseNumber).query(Boolean.class).single();
    }

    /** A case the caller's branch covers; an owner never reads one (404). */
    @Transactional // not read-only: the first read of the hotline policy stores its defaults
    HotlineCaseView find(long id, CurrentUser user) {
        if (user.isOwner()) {
            throw DomainException.notFound("hotline-case");
        }
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        Instant now = clock.instant();
        return jdbc.sql(SELECT + " where id = :id and " + visible.sql()).param("id", id).params(visible.params())
                .query((rs, n) -> view(rs, user, now)).optional()
                .orElseThrow(() -> DomainException.notFound("hotline-case"));
    }

    /** The cases of the caller's branch, newest first, {@code before} the last id of the previous page. */
    @Transactional // not read-only: the first read of the hotline policy stores its defaults
    List<HotlineCaseView> list(Filter filter, Long before, int limit, CurrentUser user) {
        if (user.isOwner()) {
            throw DomainException.notFound("hotline-case");
        }
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        Instant now = clock.instant();
        String condition = switch (filter) {
            case ALL -> "true";
            case OPEN -> "(contacted_at is null or replied_at is null)";
            case OVERDUE -> "((contacted_at is null and contact_due_at <= :now)"
                    + " or (replied_at is null and reply_due_at <= :now))";
        };
        return jdbc.sql(SELECT + " where id < :before and " + condition + " and " + visible.sql()
                + " order by id desc limit :limit")
                .param("before", before == null ? Long.MAX_VALUE : before).param("now", Timestamp.from(now))
                .param("limit", limit).params(visible.params()).query((rs, n) -> view(rs, user, now)).list();
    }

    /** The case of a request, if it came from the hotline: for the request's detail. */
    @Transactional // not read-only: the first read of the hotline policy stores its defaults
    java.util.Optional<HotlineCaseView> ofRequest(long requestId, Instant now) {
        return jdbc.sql(SELECT + " where request_id = :request").param("request", requestId)
                .query((rs, n) -> view(rs, null, now)).optional();
    }

    private HotlineCaseView view(ResultSet rs, CurrentUser user, Instant now) throws SQLException {
        long companyId = rs.getLong("company_id");
        Instant contactDue = rs.getTimestamp("contact_due_at").toInstant();
        Instant replyDue = rs.getTimestamp("reply_due_at").toInstant();
        Instant forwarded = rs.getTimestamp("forwarded_at").toInstant();
        Duration warn = policies.current(HotlinePolicy.class, companyId).policy().warnBefore();
        HotlineReply.State state = HotlineReply.State.valueOf(rs.getString("reply_state"));
        Long draftedBy = rs.getObject("drafted_by", Long.class);
        return new HotlineCaseView(rs.getLong("id"), rs.getString("case_number"), rs.getString("category"),
                rs.getString("citizen_name"), HotlineCaseView.maskPhone(rs.getString("citizen_phone")),
                rs.getString("text"), rs.getLong("request_id"), rs.getString("request_number"), forwarded,
                rs.getTimestamp("registered_at").toInstant(),
                HotlineDeadline.at(warnAt(companyId, forwarded, contactDue, warn), contactDue,
                        instant(rs, "contacted_at"), now),
                HotlineDeadline.at(warnAt(companyId, forwarded, replyDue, warn), replyDue,
                        instant(rs, "replied_at"), now),
                state, rs.getString("reply_text"), rs.getString("drafter_name"), draftedBy, instant(rs, "drafted_at"),
                rs.getString("approver_name"), instant(rs, "replied_at"), rs.getString("rejected_reason"),
                user == null ? List.of() : allowed(state, draftedBy, instant(rs, "contacted_at") != null, user));
    }

    /** The moment {@code warn} of working time before the deadline (the deadline itself when warn is longer). */
    private Instant warnAt(long companyId, Instant from, Instant due, Duration warn) {
        Duration total = calendar.workingTimeBetween(companyId, from, due);
        return total.compareTo(warn) <= 0 ? from : calendar.addWorkingTime(companyId, from, total.minus(warn));
    }

    /** The steps this reader may take on the case now. */
    static List<String> allowed(HotlineReply.State state, Long draftedBy, boolean contacted, CurrentUser user) {
        List<String> steps = new ArrayList<>();
        boolean works = user.hasAny(java.util.Set.of(Role.AGENT, Role.HANDLER, Role.MANAGER));
        if (works && !contacted) {
            steps.add("contacted");
        }
        if (works && state != HotlineReply.State.APPROVED) {
            steps.add("draft");
        }
        if (user.has(Role.MANAGER) && state == HotlineReply.State.DRAFTED
                && (draftedBy == null || draftedBy != user.accountId())) {
            steps.add("approve");
            steps.add("reject");
        }
        return steps;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
