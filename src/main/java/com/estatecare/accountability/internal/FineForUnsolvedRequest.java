package com.estatecare.accountability.internal;

import com.estatecare.escalation.EscalationReason;
import com.estatecare.requests.RequestKind;

/**
 * 累计处罚制: a fine is proposed when a complaint or a repair the centre failed to
 * solve twice moves up the ladder — the same problem reported again — for the
 * request that was reported again (not for the complaint registered on behalf of
 * a repair, nor for a climb by a specialist or a breached time limit).
 */
final class FineForUnsolvedRequest {

    private FineForUnsolvedRequest() {
    }

    static boolean applies(RequestKind kind, EscalationReason reason) {
        return switch (reason) {
            case REPAIR_REPEATED_TO_PROJECT_COMPANY, REPAIR_REPEATED_TO_HEADQUARTERS -> kind == RequestKind.REPAIR;
            case COMPLAINT_REPEATED_TO_PROJECT_COMPANY, COMPLAINT_REPEATED_TO_HEADQUARTERS ->
                kind == RequestKind.COMPLAINT;
            case TIME_LIMIT_BREACHED, SPECIALIST_ESCALATED -> false;
        };
    }
}
