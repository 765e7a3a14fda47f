package com.estatecare.accountability.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.requests.RequestKind;

/**
 * 累计处罚制: the fine is the policy's amount for the complaint's grade (200–1000
 * 元 by default), multiplied by {@code headquartersFactor} (2) when the request
 * reached headquarters. Without a complaint grade (yet), a complaint at
 * headquarters counts as grade 1 (重大) and anything else as grade 4.
 */
record FineAmount(int grade, long fen, int policyVersion) {

    static FineAmount of(Optional<Integer> complaintGrade, RequestKind kind, EscalationLevel level,
            FinesPolicy policy, int policyVersion) {
        int grade = complaintGrade.orElse(kind == RequestKind.COMPLAINT && level == EscalationLevel.HEADQUARTERS ? 1 : 4);
        return new FineAmount(grade, policy.amountFen(grade, level == EscalationLevel.HEADQUARTERS), policyVersion);
    }
}
