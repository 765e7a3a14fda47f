package com.estatecare.notifications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * A staff member's WeChat reply (客服消息) was not sent: when the outbox was about to send it, WeChat's window (the
 * {@code wechat-in} policy's {@code replyWindow} in force, from the owner's last message) had closed meanwhile — the
 * gateway was down, say — so the gateway was not called and the message is {@code FAILED} with the reason
 * {@code wechat-reply-window} (decision 053). On the request's timeline, for staff, as
 * {@code WECHAT_REPLY_UNDELIVERED}: the reply did not reach the owner; a template message will.
 */
public record WechatReplyNotDelivered(long requestId, long messageId, String reason, Instant at)
        implements TimelineRecord {

    /** The reason code of the outbox message and of the timeline entry. */
    public static final String REASON = "wechat-reply-window";

    @Override
    public Long actorId() {
        return null;
    }

    @Override
    public String actorName() {
        return "微信客服消息时限";
    }

    @Override
    public String timelineAction() {
        return "WECHAT_REPLY_UNDELIVERED";
    }

    @Override
    public String timelineNote() {
        return null;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", "WECHAT");
        details.put("reason", reason);
        details.put("outboundMessageId", messageId);
        details.put("suggestion", "TEMPLATE_MESSAGE");
        return details;
    }
}
