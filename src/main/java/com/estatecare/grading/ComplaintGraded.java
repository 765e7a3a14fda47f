package com.estatecare.grading;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A complaint got its first grade or a new one; {@code fromGrade} is
 * {@code null} the first time. A grade of 1 is to be reported to headquarters
 * at once (SPEC §6). It lands on the request's timeline as {@code GRADE},
 * naming the rule: {@code actorId} is {@code null} when the rules decided
 * ({@code actorName} 投诉分级规则), else the manager who changed it, with the
 * {@code reason} they gave.
 */
public record ComplaintGraded(long requestId, long companyId, String number, Integer fromGrade, int toGrade,
        List<String> reasonCodes, int policyVersion, Instant at, Long actorId, String actorName, String reason)
        implements TimelineRecord {

    /** Whether a rule that decided it finds a collective complaint ({@link GradeReason#collective()}). */
    public boolean collective() {
        return reasonCodes.stream().anyMatch(code -> java.util.Arrays.stream(GradeReason.values())
                .anyMatch(reason -> reason.collective() && reason.name().equals(code)));
    }

    public boolean reportToHeadquarters() {
        return toGrade == ComplaintGrade.MAJOR.number() && (fromGrade == null || fromGrade != toGrade);
    }

    @Override
    public String timelineAction() {
        return "GRADE";
    }

    @Override
    public String timelineNote() {
        return reason;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromGrade", fromGrade);
        details.put("toGrade", toGrade);
        details.put("rule", reasonCodes.isEmpty() ? null : reasonCodes.get(0));
        details.put("reasons", reasonCodes);
        details.put("policyVersion", policyVersion);
        return details;
    }
}
