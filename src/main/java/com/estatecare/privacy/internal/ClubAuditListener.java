package com.estatecare.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.estatecare.club.ActivitySignedUpByStaff;
import com.estatecare.club.ClubMagazineChoiceChanged;
import com.estatecare.club.ClubMemberJoined;
import com.estatecare.club.ClubMemberLeft;
import com.estatecare.club.ClubPointsRecorded;

/**
 * The customer club's changes in the audit log, in the club's own transaction (decision 016): joining records the
 * club consent (purpose {@code CLUB}, with the version of the text shown) and leaving withdraws it, each with its
 * {@code CONSENT_CHANGED} entry and a {@code CLUB_MEMBERSHIP} entry; every ledger entry gets a {@code CLUB_POINTS}
 * entry; a staff member's sign-up of a member for an activity a {@code CLUB_ACTIVITY_SIGN_UP} entry; opting in to
 * the member magazine or out of it records the {@code MAGAZINE} consent. A join or ledger write
 * whose entries cannot be written does not commit.
 */
@Component
class ClubAuditListener {

    private final Consents consents;
    private final AuditLog log;
    private final Callers callers;

    ClubAuditListener(Consents consents, AuditLog log, Callers callers) {
        this.consents = consents;
        this.log = log;
        this.callers = callers;
    }

    @EventListener
    void on(ClubMemberJoined e) {
        Actor actor = callers.current();
        consents.append(e.companyId(), e.scopePath(), e.customerId(), ConsentRule.Purpose.CLUB.name(), true,
                e.consentChannel(), e.consentTextVersion(), actor);
        log.append(new AuditLog.Entry(AuditAction.CLUB_MEMBERSHIP, AuditEntry.DONE, actor, e.companyId(),
                e.scopePath(), "CUSTOMER", e.customerId(), "JOINED",
                Map.of("memberId", e.memberId(), "number", e.number(), "channel", e.consentChannel())));
    }

    @EventListener
    void on(ClubMemberLeft e) {
        Actor actor = callers.current();
        consents.append(e.companyId(), e.scopePath(), e.customerId(), ConsentRule.Purpose.CLUB.name(), false,
                e.channel(), "-", actor);
        log.append(new AuditLog.Entry(AuditAction.CLUB_MEMBERSHIP, AuditEntry.DONE, actor, e.companyId(),
                e.scopePath(), "CUSTOMER", e.customerId(), "LEFT",
                Map.of("memberId", e.memberId(), "number", e.number(), "channel", e.channel())));
    }

    @EventListener
    void on(ClubPointsRecorded e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("entryId", e.entryId());
        detail.put("points", e.points());
        detail.put("balanceAfter", e.balanceAfter());
        if (e.rule() != null) {
            detail.put("rule", e.rule());
        }
        detail.put("key", AuditMasking.text(e.key()));
        log.append(new AuditLog.Entry(AuditAction.CLUB_POINTS, AuditEntry.DONE, callers.current(), e.companyId(),
                e.scopePath(), "CLUB_MEMBER", e.memberId(), e.kind(), detail));
    }

    /** 代会员报名: who signed which member up for which activity, and the place they got. */
    @EventListener
    void on(ActivitySignedUpByStaff e) {
        log.append(new AuditLog.Entry(AuditAction.CLUB_ACTIVITY_SIGN_UP, AuditEntry.DONE, callers.current(),
                e.companyId(), e.scopePath(), "CLUB_MEMBER", e.memberId(), "SIGNED_UP", Map.of("activityId",
                        e.activityId(), "signUpId", e.signUpId(), "number", e.memberNumber(), "status", e.status())));
    }

    @EventListener
    void on(ClubMagazineChoiceChanged e) {
        consents.append(e.companyId(), e.scopePath(), e.customerId(), ConsentRule.Purpose.MAGAZINE.name(), e.wanted(),
                e.channel(), e.consentTextVersion(), callers.current());
    }
}
