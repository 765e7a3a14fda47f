package com.estatecare.inbound;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;
import com.estatecare.requests.Visibility;

/**
 * A staff member answered an owner's WeChat message by customer-service message (客服消息) within WeChat's window:
 * on the request's timeline as {@code WECHAT_REPLY} (the owner reads it on the portal too), and queued in the
 * outbox once, under the reply's id, by the notifications module in the same transaction.
 */
public record WechatReplied(long replyId, long requestId, long companyId, String scopePath, long customerId,
        String number, String text, Long actorId, String actorName, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "WECHAT_REPLY";
    }

    @Override
    public String timelineNote() {
        return text;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", "WECHAT");
        details.put("replyId", replyId);
        return details;
    }

    @Override
    public Visibility timelineVisibility() {
        return Visibility.CUSTOMER;
    }

    @Override
    public String toString() {
        return "WechatReplied " + replyId + " on request " + requestId;
    }
}
