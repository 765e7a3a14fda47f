package com.estatecare.inbound.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.inbound.MailBounced;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * A bounce's facts (RFC 3464): the recipients a {@code message/delivery-status} part names with {@code Action:
 * failed} (a delay notice names none), their status and diagnostic, and the Message-ID of the mail that bounced,
 * from the returned headers. Bounded: at most {@value #MAX_PARTS} parts, {@value #MAX_BYTES} bytes of each part
 * read, {@value #MAX_RECIPIENTS} recipients.
 */
final class DeliveryReport {

    static final int MAX_PARTS = 10;
    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_RECIPIENTS = 10;
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>@;,\"]{1,64}@[A-Za-z0-9.\\-]{1,255}");
    private static final Pattern STATUS = Pattern.compile("\\d\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^<>\\s]{1,200}>)");

    /** What a bounce says: the failed recipients and the Message-ID it returns (null when it returns none). */
    record Facts(List<MailBounced.Recipient> failed, String originalMessageId) {
    }

    private DeliveryReport() {
    }

    /** The facts of a {@code multipart/report} message or part; empty facts for anything else. */
    static Facts of(Part report) throws MessagingException, IOException {
        List<MailBounced.Recipient> failed = new ArrayList<>();
        String original = null;
        if (!(report.getContent() instanceof Multipart parts)) {
            return new Facts(failed, null);
        }
        for (int i = 0; i < Math.min(parts.getCount(), MAX_PARTS); i++) {
            BodyPart part = parts.getBodyPart(i);
            String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("message/delivery-status")) {
                failed.addAll(failedRecipients(read(part)));
            } else if (type.startsWith("text/rfc822-headers") || type.startsWith("message/rfc822")) {
                Matcher id = MESSAGE_ID.matcher(read(part));
                if (id.find()) {
                    original = id.group(1);
                }
            }
        }
        return new Facts(failed.stream().limit(MAX_RECIPIENTS).toList(), original);
    }

    /** The recipient groups (separated by blank lines) whose action is {@code failed}. */
    static List<MailBounced.Recipient> failedRecipients(String status) {
        List<MailBounced.Recipient> failed = new ArrayList<>();
        for (String group : status.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ").split("\n\\s*\n")) {
            String action = field(group, "Action");
            String recipient = field(group, "Final-Recipient");
            if (recipient == null) {
                recipient = field(group, "Original-Recipient");
            }
            if (recipient == null || action == null || !action.toLowerCase(Locale.ROOT).startsWith("failed")) {
                continue;
            }
            Matcher address = ADDRESS.matcher(recipient);
            if (!address.find()) {
                continue;
            }
            String code = field(group, "Status");
            Matcher statusCode = STATUS.matcher(code == null ? "" : code);
            String diagnostic = field(group, "Diagnostic-Code");
            failed.add(new MailBounced.Recipient(address.group().toLowerCase(Locale.ROOT),
                    statusCode.find() ? statusCode.group() : null,
                    diagnostic == null ? null : MailReader.clean(diagnostic, 300)));
            if (failed.size() >= MAX_RECIPIENTS) {
                break;
            }
        }
        return failed;
    }

    private static String field(String group, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.{0,1000})$").matcher(group);
        return m.find() ? m.group(1).strip() : null;
    }

    private static String read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
        }
    }
}
