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
    private final Policies policies;
    private final AuditLog log;
    private final Callers callers;
    private final Organisation organisation;
    private final Inbox inbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reveals(Registry registry, IdentityDocuments identityDocuments, OpenRequests openRequests, Policies policies, AuditLog log, Callers callers,
            Organisation organisation, Inbox inbox, TransactionTemplate transactions, Clock clock) {
        this.registry = registry;
        this.identityDocuments = identityDocuments;
        this.openRequests = openRequests;
        this.policies = policies;
        this.log = log;
        this.callers = callers;
        this.organisation = organisation;
        this.inbox = inbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    Shown reveal(long customerId, String field, String reason, String text, CurrentUser user) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("field", field == null ? null : AuditMasking.text(field.length() > 40 ? field.substring(0, 40) : field));
        detail.put("text", AuditMasking.text(text));
        List<FieldProblem> problems = RevealRule.problems(field, reason, text);
        if (!problems.isEmpty()) {
            detail.put("fields", problems.stream().map(FieldProblem::field).toList());
            throw refused(user, customerId, null, "invalid-input", detail, DomainException.invalidInput(problems));
        }
        String which = RevealRule.field(field);
        detail.put("field", which);
        Optional<String> roleRefusal = RevealRule.roleRefusal(user, which);
        if (roleRefusal.isPresent()) {
            throw refused(user, customerId, null, roleRefusal.get(), detail, DomainException.forbidden(roleRefusal.get()));
        }
        CustomerView customer = registry.customerVisibleTo(customerId, user).orElse(null);
        if (customer == null) {
            throw refused(user, customerId, null, "not-found", detail, DomainException.notFound("customer"));
        }
        if (RevealRule.needsDispatch(user) && !openRequests.assignedFor(user.accountId(), customerId,
                registry.unitsOf(customerId).stream().map(u -> u.id()).toList())) {
            throw refused(user, customerId, customer, "reveal-not-dispatched", detail,
                    DomainException.forbidden("reveal-not-dispatched"));
        }
        String value = RevealRule.PHONE.equals(which) ? customer.phone()
                : identityDocuments.of(customerId).map(IdentityDocument::number).orElse(null);
        if (value == null) {
            throw refused(user, customerId, customer, "nothing-to-reveal", detail, DomainException.notFound(which));
        }
        return counted(user, customer, which, value, reason, detail);
    }

    /** Within the day's limit: shown and recorded together; beyond it: refused, recorded, the manager told. */
    private Shown counted(CurrentUser user, CustomerView customer, String field, String value, String reason,
            Map<String, Object> detail) {
        int limit = policies.current(RevealPolicy.class, company(user)).policy().dailyLimit();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE);
        Shown shown = transactions.execute(status -> {
            log.lockRevealsOf(user.accountId());
            int before = log.revealsSince(user.accountId(), today.atStartOfDay(ReportPeriod.ZONE).toInstant());
            if (!RevealRule.withinLimit(before, new RevealPolicy(limit))) {
                Map<String, Object> beyond = new LinkedHashMap<>(detail);
                beyond.put("dailyLimit", limit);
                append(user, customer.id(), customer, AuditEntry.REFUSED, "reveal-limit-reached", beyond);
                inbox.deliver(organisation.supervisorsOf(user.accountId()), company(user), "REVEAL_LIMIT", null, null,
                        user.displayName(), "reveal-limit:" + user.accountId() + ":" + today);
                return null;
            }
            Map<String, Object> done = new LinkedHashMap<>(detail);
            append(user, customer.id(), customer, AuditEntry.DONE, reason, done);
            return new Shown(field, value, before + 1, limit);
        });
        if (shown == null) {
            throw DomainException.forbidden("reveal-limit-reached").with("dailyLimit", limit);
        }
        return shown;
    }

    private DomainException refused(CurrentUser user, long customerId, CustomerView customer, String why,
            Map<String, Object> detail, DomainException refusal) {
        transactions.executeWithoutResult(status -> append(user, customerId, customer, AuditEntry.REFUSED, why, detail));
        return refusal;
    }

    /** Under the customer's branch when the person may see it, else under the person's own. */
    private void append(CurrentUser user, long customerId, CustomerView customer, String outcome, String reason,
            Map<String, Object> detail) {
        long company = customer != null ? customer.companyId() : company(user);
        String scope = customer != null ? customer.scopePath() : user.scopePath();
        log.append(new AuditLog.Entry(AuditAction.REVEAL, outcome, callers.of(user), company, scope, "CUSTOMER",
                customerId, reason, detail));
    }

    private static long company(CurrentUser user) {
        return user.companyId() == null ? Policies.GROUP : user.companyId();
    }
}
