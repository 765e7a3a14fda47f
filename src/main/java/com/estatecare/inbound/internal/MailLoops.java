package com.estatecare.inbound.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Mail that a machine sent and that must never be answered nor become a request (RFC 3834, RFC 3464): an
 * auto-reply (out of office), a bulk or list mailing, a bounce. Answering one of them can start a loop of
 * auto-replies between two systems. The answer names the rule that caught it, for the mail's log.
 */
final class MailLoops {

    private static final Set<String> BULK = Set.of("bulk", "junk", "list");

    private MailLoops() {
    }

    /**
     * Why this mail was sent by a machine, if it was.
     *
     * @param header      a header's first value by name, or {@code null}
     * @param contentType the message's own Content-Type, or {@code null}
     * @param from        the sender's address, or {@code null}
     */
    static Optional<String> automatic(Function<String, String> header, String contentType, String from) {
        String autoSubmitted = token(header.apply("Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.equals("no")) {
            return Optional.of("auto-submitted");
        }
        String precedence = token(header.apply("Precedence"));
        if (precedence != null && BULK.contains(precedence)) {
            return Optional.of("precedence");
        }
        if (header.apply("X-Autoreply") != null || header.apply("X-Autorespond") != null) {
            return Optional.of("auto-reply");
        }
        String returnPath = header.apply("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("bounce");
        }
        if (from != null && from.toLowerCase(Locale.ROOT).startsWith("mailer-daemon@")) {
            return Optional.of("bounce");
        }
        if (isDeliveryReport(contentType)) {
            return Optional.of("bounce");
        }
        return Optional.empty();
    }

    /** {@code multipart/report; report-type=delivery-status} (RFC 3464): a bounce or a delay notice. */
    static boolean isDeliveryReport(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return type.startsWith("multipart/report") && (type.contains("report-type=delivery-status")
                || type.contains("report-type=\"delivery-status\""));
    }

    /** The header's value without comments and parameters, lower case: {@code auto-replied} of "Auto-Replied (x)". */
    private static String token(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replaceAll("\\(.*?\\)", "").strip();
        int semicolon = v.indexOf(';');
        return (semicolon < 0 ? v : v.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
