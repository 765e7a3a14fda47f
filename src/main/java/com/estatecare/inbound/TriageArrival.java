package com.estatecare.inbound;

import java.time.Instant;
import java.util.List;

/**
 * A message that reached no request by itself and waits for an agent (待分拣), from any channel. {@code sourceKey}
 * identifies it in its channel (an e-mail's Message-ID, a WeChat MsgId): the same message held twice is one item.
 * {@code sender} is the address or id as it came (stored, shown masked as {@code senderMasked}); {@code reason} says
 * why it is not a request yet ({@code UNKNOWN_SENDER}, {@code REQUEST_NOT_THEIRS}, ...). Files are checked when the
 * item becomes a request or joins one, as any attachment is.
 */
public record TriageArrival(long companyId, String scopePath, TriageChannel channel, String sourceKey, String sender,
        String senderMasked, String senderName, String subject, String text, String reason, Instant receivedAt,
        List<File> files) {

    /** An attachment as it came. */
    public record File(String filename, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "File " + filename + " (" + (content == null ? 0 : content.length) + " bytes)";
        }
    }
}
