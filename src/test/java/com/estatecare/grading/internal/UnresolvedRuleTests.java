package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;
import com.estatecare.requests.RequestStatus;

class UnresolvedRuleTests {

    private final UnresolvedRule rule = new UnresolvedRule();

    @Test
    void complaintUnresolvedAWeekAfterItWasReceivedIsAHotspot() {
        Complaint open = aComplaint().in(RequestStatus.DISPATCHED).build();
        assertThat(rule.decide(open, policy(), days(7).minusSeconds(1))).isEmpty();
        assertThat(rule.decide(open, policy(), days(7))).map(GradeDecision::reason)
                .contains(GradeReason.UNRESOLVED_HOTSPOT);
    }

    @Test
    void complaintUnresolvedAMonthAfterItWasReceivedIsMajor() {
        assertThat(rule.decide(aComplaint().build(), policy(), days(30))).map(GradeDecision::reason)
                .contains(GradeReason.UNRESOLVED_MAJOR);
    }

    @Test
    void resolvedComplaintOrOneTheCustomerCausedIsNotUnresolvedThroughOurFault() {
        assertThat(rule.decide(aComplaint().in(RequestStatus.DONE).build(), policy(), days(40))).isEmpty();
        assertThat(rule.decide(aComplaint().in(RequestStatus.CANCELLED).build(), policy(), days(40))).isEmpty();
        assertThat(rule.decide(aComplaint().customerFoundResponsible().build(), policy(), days(40))).isEmpty();
    }

    @Test
    void nextCheckIsTheFirstUnresolvedPointThatWouldRaiseTheGrade() {
        Complaint open = aComplaint().build();
        assertThat(rule.nextCheck(open, policy(), ComplaintGrade.ORDINARY, RECEIVED)).contains(days(7));
        assertThat(rule.nextCheck(open, policy(), ComplaintGrade.HOTSPOT, days(7))).contains(days(30));
        assertThat(rule.nextCheck(open, policy(), ComplaintGrade.MAJOR, RECEIVED)).isEmpty();
        assertThat(rule.nextCheck(aComplaint().in(RequestStatus.VERIFIED).build(), policy(), ComplaintGrade.ORDINARY,
                RECEIVED)).isEmpty();
    }

    private static Instant days(int days) {
        return RECEIVED.plus(Duration.ofDays(days));
    }
}
