package com.estatecare.grading.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;
import com.estatecare.policies.Versioned;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

/**
 * 处理完毕后同一问题发生二次投诉 → important: the complaint is linked to an
 * earlier complaint that was already handled (a cancelled one was not handled).
 */
public final class RepeatedAfterClosureRule implements GradeRule {

    static final Set<RequestStatus> HANDLED = EnumSet.of(RequestStatus.DONE, RequestStatus.VERIFIED,
            RequestStatus.REVISITED, RequestStatus.ARCHIVED);

    @Override
    public Optional<GradeDecision> decide(Complaint complaint, Versioned<GradingPolicy> policy, Instant now) {
        Complaint.Earlier earlier = complaint.earlier();
        boolean repeats = earlier != null && earlier.kind() == RequestKind.COMPLAINT
                && HANDLED.contains(earlier.status());
        return repeats ? Optional.of(new GradeDecision(GradeReason.REPEATED_AFTER_CLOSURE, policy.version()))
                : Optional.empty();
    }
}
