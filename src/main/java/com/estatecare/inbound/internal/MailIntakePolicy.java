package com.estatecare.inbound.internal;

import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.FieldProblem;
import com.estatecare.requests.RequestKind;

/**
 * How a company's mailbox turns mail into requests (policy {@code mail-intake}): the kind of request a new mail of
 * a known owner becomes (a consultation by default: the agent who reads it registers a repair or a complaint from
 * it when it is one), how many files of what size come along, how many mails of one sender an hour are taken (a
 * storm of mail is not a storm of requests), and how many mails a poll reads.
 */
record MailIntakePolicy(RequestKind newMailKind, int maxAttachments, long maxAttachmentBytes, int perSenderPerHour,
        int batch) {

    /** The largest attachment a request takes (the workbench's upload limit). */
    static final long ATTACHMENT_LIMIT = 10L * 1024 * 1024;

    static MailIntakePolicy defaults() {
        return new MailIntakePolicy(RequestKind.CONSULTATION, 5, ATTACHMENT_LIMIT, 10, 20);
    }

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (newMailKind == null) {
            problems.add(FieldProblem.of("newMailKind", "required"));
        }
        range(problems, "maxAttachments", maxAttachments, 0, 20);
        range(problems, "maxAttachmentBytes", maxAttachmentBytes, 1, ATTACHMENT_LIMIT);
        range(problems, "perSenderPerHour", perSenderPerHour, 1, 1000);
        range(problems, "batch", batch, 1, 200);
        return problems;
    }

    private static void range(List<FieldProblem> problems, String field, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, "range", new Object[] { min, max }));
        }
    }
}
