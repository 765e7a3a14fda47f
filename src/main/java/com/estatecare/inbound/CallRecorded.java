package com.estatecare.inbound;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * The recording of the call a request was registered from (通话录音), on the request's timeline as
 * {@code CALL_RECORDING}: the call centre's reference to it, not the sound.
 */
public record CallRecorded(long requestId, long callId, String recordingRef, Long actorId, String actorName,
        Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "CALL_RECORDING";
    }

    @Override
    public String timelineNote() {
        return null;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        return Map.of("callId", callId, "recordingRef", recordingRef);
    }
}
