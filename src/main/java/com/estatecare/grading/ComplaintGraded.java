package com.estatecare.grading;

import java.time.Instant;
import java.util.List;

/**
 * A complaint got its first grade or a new one; {@code fromGrade} is
 * {@code null} the first time. A grade of 1 is to be reported to headquarters
 * at once (SPEC §6).
 */
public record ComplaintGraded(long requestId, long companyId, String number, Integer fromGrade, int toGrade,
        List<String> reasonCodes, int policyVersion, Instant at) {

    public boolean reportToHeadquarters() {
        return toGrade == ComplaintGrade.MAJOR.number() && (fromGrade == null || fromGrade != toGrade);
    }
}
