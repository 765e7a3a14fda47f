package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.GradeReason;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

class RepeatedAfterClosureRuleTests {

    private final RepeatedAfterClosureRule rule = new RepeatedAfterClosureRule();

    @Test
    void sameProblemComplainedAgainAfterClosureIsImportant() {
        for (RequestStatus handled : new RequestStatus[] { RequestStatus.DONE, RequestStatus.VERIFIED,
                RequestStatus.REVISITED, RequestStatus.ARCHIVED }) {
            assertThat(rule.decide(aComplaint().linkedTo(RequestKind.COMPLAINT, handled).build(), policy(), RECEIVED))
                    .as(handled.name()).map(GradeDecision::reason).contains(GradeReason.REPEATED_AFTER_CLOSURE);
        }
    }

    @Test
    void linkToAComplaintStillOpenOrCancelledIsNoRepeat() {
        assertThat(rule.decide(aComplaint().linkedTo(RequestKind.COMPLAINT, RequestStatus.DISPATCHED).build(),
                policy(), RECEIVED)).isEmpty();
        assertThat(rule.decide(aComplaint().linkedTo(RequestKind.COMPLAINT, RequestStatus.CANCELLED).build(),
                policy(), RECEIVED)).isEmpty();
        assertThat(rule.decide(aComplaint().build(), policy(), RECEIVED)).isEmpty();
    }

    @Test
    void linkToAClosedRepairIsNoRepeatedComplaint() {
        assertThat(rule.decide(aComplaint().linkedTo(RequestKind.REPAIR, RequestStatus.ARCHIVED).build(), policy(),
                RECEIVED)).isEmpty();
    }
}
