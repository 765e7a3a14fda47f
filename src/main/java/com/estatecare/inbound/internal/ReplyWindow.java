package com.estatecare.inbound.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * WeChat's customer-service window (客服消息 48 小时): an official account may write to a user freely only within the
 * policy's {@code replyWindow} (at most WeChat's 48 hours) of the user's last message to it; after that, or when the
 * user never wrote, only a template message reaches them. Checked when staff write a reply and again when the outbox
 * sends it (decision 053), by the policy in force then and the user's last message then.
 */
public record ReplyWindow(Instant lastMessageAt, Instant openUntil, boolean open) {

    public static ReplyWindow of(Instant lastMessageAt, Instant now, Duration window) {
        if (lastMessageAt == null) {
            return new ReplyWindow(null, null, false);
        }
        Instant until = lastMessageAt.plus(window);
        return new ReplyWindow(lastMessageAt, until, now.isBefore(until));
    }
}
