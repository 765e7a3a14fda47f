package com.estatecare.live.internal;

import java.time.Instant;

/**
 * An incoming call for one agent as it travels between instances (来电弹屏): the {@code call} event goes to that
 * agent's streams only, with the call's id, which the intake screen reads back.
 */
record CallNote(long callId, long agentId, long companyId, Instant at) {

    /** The payload of one {@code call} event. */
    record CallEvent(long callId, Instant at) {
    }
}
