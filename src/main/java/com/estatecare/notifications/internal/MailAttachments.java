package com.estatecare.notifications.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Which files an e-mail may carry: each at most {@value #MAX_EACH} bytes and all together at most
 * {@value #MAX_TOTAL} (a mail server commonly refuses mails over 25 MB, and base64 adds a third); a file beyond
 * the bound is left out and named, for the mail's text to say where it can be downloaded instead.
 */
final class MailAttachments {

    static final long MAX_EACH = 10L * 1024 * 1024;
    static final long MAX_TOTAL = 15L * 1024 * 1024;

    /** The files taken, in order, and the names of those left out. */
    record Bounded(List<OutboundChannel.Attachment> taken, List<String> left) {
    }

    private MailAttachments() {
    }

    static Bounded bound(List<OutboundChannel.Attachment> files) {
        List<OutboundChannel.Attachment> taken = new ArrayList<>();
        List<String> left = new ArrayList<>();
        long total = 0;
        for (OutboundChannel.Attachment file : files) {
            long size = file.content().length;
            if (size == 0 || size > MAX_EACH || total + size > MAX_TOTAL) {
                left.add(file.filename());
            } else {
                taken.add(file);
                total += size;
            }
        }
        return new Bounded(List.copyOf(taken), List.copyOf(left));
    }
}
