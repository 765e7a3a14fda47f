package com.estatecare.privacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.notifications.Inbox;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.policies.Policies;
import com.estatecare.platform.IdentityDocument;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.IdentityDocuments;
import com.estatecare.registry.Registry;
import com.estatecare.requests.OpenRequests;
import com.estatecare.requests.Request;
import com.estatecare.requests.Requests;

/**
 * The audited reveal of a customer's full phone or identity number (查看完整号码): checked by {@link RevealRule}, counted
 * against the person's daily limit, and written to the audit log whether it is shown or refused. A refusal's
 * entry is committed on its own before the refusal is answered; nothing else is written.
 */
@Service
class Reveals {

    /** What a reveal shows, once, with how many the person has been shown today and the limit. */
    record Shown(String field, String value, int shownToday, int dailyLimit) {
    }

    private final Registry registry;
    private final IdentityDocuments identityDocuments;
    private final OpenRequests openRequests;
    private final Requests requests;
    private final Policies policies;
    private final AuditLog log;
    private final Callers callers;
    private final Organisation organisation;
    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reveals(Registry registry, IdentityDocuments identityDocuments, OpenRequests openRequests, Requests requests, Policies policies, AuditLog log, Callers callers,
            Organisation organisation, Inbox inbox, TransactionTemplate transactions, Clock clock) {
        this.registry = registry;
        this.identityDocuments = identityDocuments;
        this.openRequests = openRequests;
        this.requests = requests;
        this.policies = policies;
        this.log = log;
        this.callers = callers;
        this.organisation = organisation;
        this.inbox = inbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a reveal is about, as the audit log names it, and where it belongs (its company and branch). */
    private record Target(String type, long id, Long companyId, String scopePath) {
    }

    Shown reveal(long customerId, String field, String reason, String text, CurrentUser user) {
        Map<String, Object> detail = detail(field, text);
        Target unknown = new Target("CUSTOMER", customerId, null, null);
        checkInput(RevealRule.problems(field, reason, text), unknown, detail, user);
        String which = RevealRule.field(field);
        detail.put("field", which);
        Optional<String> roleRefusal = RevealRule.roleRefusal(user, which);
        if (roleRefusal.isPresent()) {
            throw refused(user, unknown, roleRefusal.get(), detail, DomainException.forbidden(roleRefusal.get()));
        }
        CustomerView customer = registry.customerVisibleTo(customerId, user).orElse(null);
        if (customer == null) {
            throw refused(user, unknown, "not-found", detail, DomainException.notFound("customer"));
        }
        Target target = new Target("CUSTOMER", customerId, customer.companyId(), customer.scopePath());
        if (RevealRule.needsDispatch(user) && !openRequests.assignedFor(user.accountId(), customerId,
                registry.unitsOf(customerId).stream().map(u -> u.id()).toList())) {
            throw refused(user, target, "reveal-not-dispatched", detail,
                    DomainException.forbidden("reveal-not-dispatched"));
        }
        String value = RevealRule.PHONE.equals(which) ? customer.phone()
                : identityDocuments.of(customerId).map(IdentityDocument::number).orElse(null);
        if (value == null) {
            throw refused(user, target, "nothing-to-reveal", detail, DomainException.notFound(which));
        }
        return counted(user, target, which, value, reason, detail);
    }

    /**
     * The free text of a request as typed (its {@code description} or {@code expectedOutcome}), with the phone and
     * ID numbers in it that every answer masks: for agents, managers and HQ, in their scope, with a reason.
     */
    Shown revealText(long requestId, String field, String reason, String text, CurrentUser user) {
        Map<String, Object> detail = detail(field, text);
        Target unknown = new Target("REQUEST", requestId, null, null);
        checkInput(RevealRule.textProblems(field, reason, text), unknown, detail, user);
        Optional<String> roleRefusal = RevealRule.textRoleRefusal(user);
        if (roleRefusal.isPresent()) {
            throw refused(user, unknown, roleRefusal.get(), detail, DomainException.forbidden(roleRefusal.get()));
        }
        Request request;
        try {
            request = requests.find(requestId, user);
        } catch (DomainException notVisible) {
            throw refused(user, unknown, "not-found", detail, DomainException.notFound("request"));
        }
        Target target = new Target("REQUEST", requestId, request.companyId(), request.scopePath());
        String value = RevealRule.DESCRIPTION.equals(field) ? request.description() : request.expectedOutcome();
        if (value == null) {
            throw refused(user, target, "nothing-to-reveal", detail, DomainException.notFound(field));
        }
        return counted(user, target, field, value, reason, detail);
    }

    private static Map<String, Object> detail(String field, String text) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", field == null ? null : AuditMasking.text(field.length() > 40 ? field.substring(0, 40) : field));
        detail.put("text", AuditMasking.text(text));
        return detail;
    }

    private void checkInput(List<FieldProblem> problems, Target target, Map<String, Object> detail, CurrentUser user) {
        if (!problems.isEmpty()) {
            detail.put("fields", problems.stream().map(FieldProblem::field).toList());
            throw refused(user, target, "invalid-input", detail, DomainException.invalidInput(problems));
        }
    }

    /** Within the day's limit: shown and recorded together; beyond it: refused, recorded, the manager told. */
    private Shown counted(CurrentUser user, Target target, String field, String value, String reason,
            Map<String, Object> detail) {
        int limit = policies.current(RevealPolicy.class, company(user)).policy().dailyLimit();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE);
        Shown shown = transactions.execute(status -> {
            log.lockRevealsOf(user.accountId());
            int before = log.revealsSince(user.accountId(), today.atStartOfDay(ReportPeriod.ZONE).toInstant());
            if (!RevealRule.withinLimit(before, new RevealPolicy(limit))) {
                Map<String, Object> beyond = new LinkedHashMap<>(detail);
                beyond.put("dailyLimit", limit);
                append(user, target, AuditEntry.REFUSED, "reveal-limit-reached", beyond);
                inbox.deliver(organisation.supervisorsOf(user.accountId()), company(user), "REVEAL_LIMIT", null, null,
                        user.displayName(), "reveal-limit:" + user.accountId() + ":" + today);
                return null;
            }
            append(user, target, AuditEntry.DONE, reason, new LinkedHashMap<>(detail));
            return new Shown(field, value, before + 1, limit);
        });
        if (shown == null) {
            throw DomainException.forbidden("reveal-limit-reached").with("dailyLimit", limit);
        }
        return shown;
    }

    private DomainException refused(CurrentUser user, Target target, String why, Map<String, Object> detail,
            DomainException refusal) {
        transactions.executeWithoutResult(status -> append(user, target, AuditEntry.REFUSED, why, detail));
        return refusal;
    }

    /** Under the record's branch when the person may see it, else under the person's own. */
    private void append(CurrentUser user, Target target, String outcome, String reason, Map<String, Object> detail) {
        long company = target.companyId() != null ? target.companyId() : company(user);
        String scope = target.companyId() != null ? target.scopePath() : user.scopePath();
        log.append(new AuditLog.Entry(AuditAction.REVEAL, outcome, callers.of(user), company, scope, target.type(),
                target.id(), reason, detail));
    }

    private static long company(CurrentUser user) {
        return user.companyId() == null ? Policies.GROUP : user.companyId();
    }
}
