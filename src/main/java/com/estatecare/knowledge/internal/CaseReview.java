package com.estatecare.knowledge.internal;

/**
 * The case review rule (案例审核, decision 043): a case is approved or returned by a person other than the one who
 * proposed or wrote it, as a 12345 reply is approved by another than its drafter; a case the archive proposed by
 * itself has no proposer and any reviewer may decide it.
 */
final class CaseReview {

    private CaseReview() {
    }

    static boolean mayReview(Long proposedBy, long reviewer) {
        return proposedBy == null || proposedBy != reviewer;
    }
}
