package com.estatecare.accountability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A fine was proposed because a request climbed the ladder unsolved (累计处罚制),
 * by {@code rule} (the ladder's reason code) against {@code party} for
 * {@code cause}; on the timeline as {@code FINE_PROPOSED}.
 */
public record FineProposed(long fineId, long requestId, long companyId, LiableParty party, String cause,
        long amountFen, int grade, String rule, int policyVersion, Instant at) implements TimelineRecord {

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return "累计处罚制";
    }

    @Override
    public String timelineAction() {
        return "FINE_PROPOSED";
    }

    @Override
    public String timelineNote() {
        return null;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fineId", fineId);
        details.put("party", party);
        details.put("amountFen", amountFen);
        details.put("grade", grade);
        details.put("rule", rule);
        details.put("cause", cause);
        details.put("policyVersion", policyVersion);
        return details;
    }
}
