package com.estatecare.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestNarrative;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Visibility;

/** The case proposal rule: an archived complaint, once, prefilled from what was written on it. */
class CaseProposalTests {

    @Test
    void anArchivedComplaintIsProposedAndNothingElseIs() {
        assertThat(CaseProposal.proposes(step(RequestKind.COMPLAINT, RequestStatus.REVISITED, RequestStatus.ARCHIVED)))
                .isTrue();
        assertThat(CaseProposal.proposes(step(RequestKind.REPAIR, RequestStatus.REVISITED, RequestStatus.ARCHIVED)))
                .as("a repair is not a complaint").isFalse();
        assertThat(CaseProposal.proposes(step(RequestKind.COMPLAINT, RequestStatus.VERIFIED, RequestStatus.REVISITED)))
                .as("revisited is not yet closed").isFalse();
        assertThat(CaseProposal.proposes(step(RequestKind.COMPLAINT, RequestStatus.ARCHIVED, RequestStatus.ARCHIVED)))
                .as("a note on an archived complaint").isFalse();
        assertThat(CaseProposal.proposes(step(RequestKind.COMPLAINT, RequestStatus.RECEIVED, RequestStatus.CANCELLED)))
                .isFalse();
    }

    @Test
    void theProposalIsPrefilledFromTheComplaintAndTheLessonsAreLeftToTheManager() {
        CaseProposal proposal = CaseProposal.from(new RequestNarrative(1, " 地下车库渗水，多次报修未解决 ", "B2 层",
                "彻底修好", "顶板防水层施工缺陷", "CONTRACTOR", "重做顶板防水", "工程部"), "TS-20261125-0001");
        assertThat(proposal.problem()).isEqualTo("地下车库渗水，多次报修未解决（B2 层）");
        assertThat(proposal.cause()).isEqualTo("顶板防水层施工缺陷");
        assertThat(proposal.solution()).isEqualTo("重做顶板防水（工程部）");
        assertThat(proposal.lessons()).isNull();
    }

    @Test
    void aComplaintWithoutTextIsNamedByItsNumberAndLongTextIsCut() {
        CaseProposal empty = CaseProposal.from(new RequestNarrative(1, "  ", null, null, " ", null, null, null),
                "TS-20261125-0002");
        assertThat(empty.problem()).isEqualTo("投诉 TS-20261125-0002");
        assertThat(empty.cause()).isNull();
        assertThat(empty.solution()).isNull();
        CaseProposal longOne = CaseProposal.from(new RequestNarrative(1, "漏".repeat(9000), null, null, null, null,
                "修".repeat(5000), null), "TS-1");
        assertThat(longOne.problem()).hasSize(CaseProposal.MAX_TEXT);
        assertThat(longOne.solution()).hasSize(CaseProposal.MAX_TEXT);
    }

    private static RequestTransitioned step(RequestKind kind, RequestStatus from, RequestStatus to) {
        return new RequestTransitioned(1, 2, "TS-1", kind, null, Action.ARCHIVE, from, to, 1, 9,
                Instant.parse("2026-11-25T02:00:00Z"), Visibility.CUSTOMER);
    }
}
