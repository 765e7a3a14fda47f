package com.estatecare.live.internal;

/**
 * One frame of the stream: an event ({@code name}, {@code id}, JSON
 * {@code data}) or, with no name, a heartbeat comment.
 */
record Outgoing(String name, String id, String data) {

    static final Outgoing HEARTBEAT = new Outgoing(null, null, null);

    boolean isHeartbeat() {
        return name == null;
    }
}
