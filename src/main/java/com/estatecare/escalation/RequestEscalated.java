package com.estatecare.escalation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.RequestKind;
import com.estatecare.requests.TimelineRecord;

/**
 * A request moved up the ladder, by {@code reasonCode} under {@code policyVersion};
 * on the timeline as {@code ESCALATE}. {@code actorId} is the specialist who
 * escalated, {@code null} when a rule did ({@code actorName} names it).
 */
public record RequestEscalated(long requestId, long companyId, String number, RequestKind kind, EscalationLevel fromLevel,
        EscalationLevel toLevel, EscalationReason reasonCode, int policyVersion, Long actorId, String actorName,
        String note, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "ESCALATE";
    }

    @Override
    public String timelineNote() {
        return note;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromLevel", fromLevel);
        details.put("toLevel", toLevel);
        details.put("rule", reasonCode);
        details.put("policyVersion", policyVersion);
        return details;
    }
}
