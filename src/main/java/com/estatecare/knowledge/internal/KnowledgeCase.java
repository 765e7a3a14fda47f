package com.estatecare.knowledge.internal;

import java.time.Instant;

import com.estatecare.requests.Category;

/**
 * A case of the library as the API shows it (no personal data: the request by its number only); who proposed or
 * wrote it ({@code proposedById} null when the archive proposed it), whom its review is not for (decision 043).
 */
record KnowledgeCase(long id, Long requestId, String requestNumber, Long projectId, Category category,
        String problem, String cause, String solution, String lessons, Status status, Instant proposedAt,
        Long proposedById, String proposedBy, String reviewedBy, Instant reviewedAt, String reviewNote,
        long version) {

    /** PROPOSED (待审核) → APPROVED (已入库) or REJECTED (未采纳). */
    enum Status { PROPOSED, APPROVED, REJECTED }

    /** A case found by a search, with its relevance (PostgreSQL's ts_rank_cd, higher first). */
    record Hit(long id, String requestNumber, Category category, String problem, String cause, String solution,
            String lessons, double rank) {
    }
}
