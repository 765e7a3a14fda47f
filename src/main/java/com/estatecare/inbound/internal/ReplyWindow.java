package com.estatecare.inbound.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * WeChat's customer-service window (客服消息 48 小时): an official account may write to a user freely only within the
 * policy's {@code replyWindow} (at most WeChat's 48 hours) of the user's last message to it; after that, or when the
 * user never wrote, only a template message reaches them.
 */
record ReplyWindow(Instant lastMessageAt, Instant openUntil, boolean open) {

    static ReplyWindow of(Instant lastMessageAt, Instant now, Duration window) {
        if (lastMessageAt == null) {
            return new ReplyWindow(null, null, false);
        }
        Instant until = lastMessageAt.plus(window);
        return new ReplyWindow(lastMessageAt, until, now.isBefore(until));
    }
}
