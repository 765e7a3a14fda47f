package com.estatecare.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.OpenDaySlotChanged;
import com.estatecare.inbound.WechatAccountChanged;
import com.estatecare.organisation.AccessTokenChanged;
import com.estatecare.organisation.AccountChanged;
import com.estatecare.organisation.SignInFailed;
import com.estatecare.organisation.SignedIn;
import com.estatecare.policies.PolicyChanged;
import com.estatecare.privacy.internal.AuditLog.Entry;
import com.estatecare.privacy.internal.Callers.Place;
import com.estatecare.registry.CustomerChanged;
import com.estatecare.registry.UnitsImported;
import com.estatecare.retention.LegalHoldChanged;
import com.estatecare.retention.RetentionSwept;

/**
 * Writes the audit log from the events of the modules it audits, synchronously and in the publisher's
 * transaction: a change whose entry cannot be written fails and does not commit. (Not an after-commit listener:
 * an entry that could be lost after the change committed would be no audit.) Sign-ins run outside any
 * transaction, so their entry is written on its own.
 */
@Component
class AuditListener {

    private final AuditLog log;
    private final Callers callers;

    AuditListener(AuditLog log, Callers callers) {
        this.log = log;
        this.callers = callers;
    }

    @EventListener
    void on(SignedIn e) {
        var account = callers.account(e.username());
        Place place = account.map(a -> callers.placeOf(a.orgNodeId())).orElse(Place.NOWHERE);
        Actor actor = account.map(a -> callers.of(a, e.address()))
                .orElse(new Actor(e.accountId(), e.username(), e.username(), e.address()));
        log.append(new Entry(AuditAction.SIGN_IN, AuditEntry.DONE, actor, place.companyId(), place.scopePath(),
                "ACCOUNT", e.accountId(), e.method(), Map.of("method", e.method())));
    }

    @EventListener
    void on(SignInFailed e) {
        var known = callers.account(e.subject());
        Place place = known.map(a -> callers.placeOf(a.orgNodeId())).orElse(Place.NOWHERE);
        Actor actor = known.map(a -> callers.of(a, e.address()))
                .orElse(new Actor(null, AuditMasking.text(e.subject()), null, e.address()));
        log.append(new Entry(AuditAction.SIGN_IN_FAILED, AuditEntry.REFUSED, actor, place.companyId(),
                place.scopePath(), known.isPresent() ? "ACCOUNT" : null, known.map(a -> a.id()).orElse(null),
                e.reason(), Map.of("method", e.method())));
    }

    @EventListener
    void on(CustomerChanged e) {
        log.append(new Entry(AuditAction.CUSTOMER_CHANGED, AuditEntry.DONE, callers.current(), e.companyId(),
                e.scopePath(), "CUSTOMER", e.customerId(), e.change(), beforeAndAfter(e.before(), e.after())));
    }

    @EventListener
    void on(UnitsImported e) {
        log.append(new Entry(AuditAction.IMPORT, AuditEntry.DONE, callers.current(), e.companyId(), e.scopePath(),
                "PROJECT", e.projectId(), null, Map.of("units", e.units(), "buildingsCreated", e.buildingsCreated(),
                        "customersCreated", e.customersCreated())));
    }

    @EventListener
    void on(AccountChanged e) {
        Place place = callers.placeOf(e.orgNodeId());
        Map<String, Object> detail = beforeAndAfter(e.before(), e.after());
        detail.put("username", e.username());
        log.append(new Entry(AuditAction.ACCOUNT_CHANGED, AuditEntry.DONE, callers.current(), place.companyId(),
                place.scopePath(), "ACCOUNT", e.accountId(), e.change(), detail));
    }

    @EventListener
    void on(AccessTokenChanged e) {
        Place place = callers.placeOfAccount(e.accountId());
        log.append(new Entry(AuditAction.ACCESS_TOKEN_CHANGED, AuditEntry.DONE, callers.current(),
                place.companyId(), place.scopePath(), "ACCESS_TOKEN", e.tokenId(), e.change(),
                Map.of("name", AuditMasking.text(e.name()), "accountId", e.accountId())));
    }

    @EventListener
    void on(PolicyChanged e) {
        Place place = callers.placeOfCompany(e.companyId());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", e.kind());
        detail.put("before", Map.of("version", e.versionBefore(), "policy", e.before()));
        detail.put("after", Map.of("version", e.version(), "policy", e.after()));
        detail.put("text", AuditMasking.text(e.reason()));
        log.append(new Entry(AuditAction.POLICY_CHANGED, AuditEntry.DONE, callers.current(), place.companyId(),
                place.scopePath(), "POLICY", null, e.kind(), detail));
    }

    /** The settings' plain values before and after; the secrets only named in {@code changed}. */
    @EventListener
    void on(WechatAccountChanged e) {
        Map<String, Object> detail = beforeAndAfter(e.before(), e.after());
        detail.put("changed", e.changed());
        log.append(new Entry(AuditAction.WECHAT_ACCOUNT_CHANGED, AuditEntry.DONE, callers.current(), e.companyId(),
                e.scopePath(), "COMPANY", e.companyId(), String.join(",", e.changed()), detail));
    }

    /**
     * 开放日时段: the slot before and after (time and places), the sign-ups the change cancelled (ids, confirmed or
     * waiting) and how many waiting owners it confirmed; on the open day, so that a search by the day finds them all.
     */
    @EventListener
    void on(OpenDaySlotChanged e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("slotId", e.slotId());
        if (e.before() != null) {
            detail.put("before", slot(e.before()));
        }
        if (e.after() != null) {
            detail.put("after", slot(e.after()));
        }
        detail.put("cancelled", e.cancelled().stream().map(c -> Map.of("signUpId", c.signUpId(), "status",
                c.confirmed() ? "CONFIRMED" : "WAITING")).toList());
        detail.put("promoted", e.promoted());
        log.append(new Entry(AuditAction.OPEN_DAY_SLOT_CHANGED, AuditEntry.DONE, callers.current(), e.companyId(),
                e.scopePath(), "OPEN_DAY", e.dayId(), e.change().name(), detail));
    }

    private static Map<String, Object> slot(OpenDaySlotChanged.Slot slot) {
        return Map.of("startsAt", slot.startsAt().toString(), "endsAt", slot.endsAt().toString(), "capacity",
                slot.capacity());
    }

    /** One entry per record the sweep touched, so that a search by record finds what became of it. */
    @EventListener
    void on(RetentionSwept e) {
        Place place = callers.placeOfCompany(e.companyId());
        Actor actor = callers.current();
        for (long id : e.recordIds()) {
            log.append(new Entry(AuditAction.RETENTION, AuditEntry.DONE, actor, place.companyId(), place.scopePath(),
                    e.recordType(), id, e.kind().name(), Map.of("kind", e.kind().name(), "policyVersion",
                            e.policyVersion(), "cutoff", e.cutoff().toString())));
        }
    }

    @EventListener
    void on(LegalHoldChanged e) {
        log.append(new Entry(AuditAction.LEGAL_HOLD, AuditEntry.DONE, callers.current(), e.companyId(), e.scopePath(),
                e.recordType(), e.recordId(), e.held() ? "HOLD" : "RELEASE",
                Map.of("held", e.held(), "text", AuditMasking.text(e.reason()))));
    }

    private static Map<String, Object> beforeAndAfter(Map<String, String> before, Map<String, String> after) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", AuditMasking.mask(before));
        detail.put("after", AuditMasking.mask(after));
        return detail;
    }
}
