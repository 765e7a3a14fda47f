package com.estatecare.live.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code pg_notify} payloads that carry changes between instances: JSON
 * {@code {"reload":false,"notes":[…]}}, cut into as many payloads as needed so
 * that each stays under PostgreSQL's limit of 8000 bytes.
 */
final class Notices {

    /** PostgreSQL refuses a payload of 8000 bytes or more; this leaves room to spare. */
    static final int MAX_BYTES = 7800;
    static final String CHANNEL = "estatecare_live";
    static final String RELOAD = "{\"reload\":true,\"notes\":[]}";
    private static final String HEAD = "{\"reload\":false,\"notes\":[";
    private static final String TAIL = "]}";

    /** What one payload says; {@code calls} (screen pops) is absent from the payloads of request changes. */
    record Notice(boolean reload, List<Note> notes, List<CallNote> calls) {
    }

    /** The payload of one incoming call (a few dozen bytes). */
    static String call(CallNote call, JsonMapper json) {
        return "{\"reload\":false,\"notes\":[],\"calls\":[" + json.writeValueAsString(call) + "]}";
    }

    private Notices() {
    }

    /**
     * The payloads for {@code notes}, in order; a note too large for any
     * payload on its own is left out and turns the last payload into a reload.
     */
    static List<String> payloads(List<Note> notes, JsonMapper json) {
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder(HEAD);
        int bytes = bytes(HEAD) + bytes(TAIL);
        int inCurrent = 0;
        boolean lost = false;
        for (Note note : notes) {
            String one = json.writeValueAsString(note);
            int size = bytes(one) + 1;
            if (bytes(HEAD) + bytes(TAIL) + size > MAX_BYTES) {
                lost = true;
                continue;
            }
            if (bytes + size > MAX_BYTES) {
                payloads.add(current.append(TAIL).toString());
                current = new StringBuilder(HEAD);
                bytes = bytes(HEAD) + bytes(TAIL);
                inCurrent = 0;
            }
            current.append(inCurrent > 0 ? "," : "").append(one);
            bytes += size;
            inCurrent++;
        }
        if (inCurrent > 0) {
            payloads.add(current.append(TAIL).toString());
        }
        if (lost) {
            payloads.add(RELOAD);
        }
        return payloads;
    }

    static Notice read(String payload, JsonMapper json) {
        return json.readValue(payload, Notice.class);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
