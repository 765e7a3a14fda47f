package com.estatecare.inbound.internal;

import java.time.Instant;
import java.util.List;

/**
 * A mail as the intake reads it, already bounded: its key (Message-ID), the sender's address and name, the
 * subject and text cut to size and without control characters, what it answers, why a machine sent it (if it
 * did), the files taken and those left with the reason, and a bounce's facts (null unless it is a delivery report).
 */
record IncomingMail(String messageKey, String from, String fromName, String subject, String text,
        String references, String automatic, List<File> files, List<Left> left, boolean unreadable,
        Instant receivedAt, DeliveryReport.Facts bounce) {

    IncomingMail(String messageKey, String from, String fromName, String subject, String text, String references,
            String automatic, List<File> files, List<Left> left, boolean unreadable, Instant receivedAt) {
        this(messageKey, from, fromName, subject, text, references, automatic, files, left, unreadable, receivedAt,
                null);
    }

    record File(String filename, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "File " + filename + " (" + content.length + " bytes)";
        }
    }

    /** A file not taken: {@code too-large}, {@code too-many}, {@code unsupported-attachment}, {@code unreadable}. */
    record Left(String filename, String reason) {
    }

    @Override
    public String toString() {
        return "IncomingMail " + messageKey + (automatic == null ? "" : " (" + automatic + ")");
    }
}
