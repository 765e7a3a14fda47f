package com.estatecare.escalation.internal;

import static com.estatecare.support.RequestFactsBuilder.aComplaint;
import static com.estatecare.support.RequestFactsBuilder.aRepair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.RequestKind;

/** What the ladder reads of the same problem. */
class LadderFactsTests {

    @Test
    void onlyRequestsOfTheSameKindCountAsReports() {
        var facts = LadderFacts.of(List.of(aRepair().build(), aComplaint().build(), aRepair().build()));
        assertThat(facts).isEqualTo(new LadderFacts(RequestKind.REPAIR, 2, false));
    }

    @Test
    void theRepairBeforeRejectedAtVerificationOrRevisitCountsAsRejected() {
        var rejected = LadderFacts.of(List.of(aRepair().build(), aRepair().rejectedOnce().build(), aRepair().build()));
        assertThat(rejected.earlierRepairRejected()).isTrue();
    }

    @Test
    void aRejectionOfTheNewReportItselfOrOfAnOlderRepairIsNotTheRejectionOfTheRepairBefore() {
        var chain = List.of(aRepair().rejectedOnce().build(), aRepair().build(), aRepair().rejectedOnce().build());
        assertThat(LadderFacts.of(chain).earlierRepairRejected()).isFalse();
    }
}
