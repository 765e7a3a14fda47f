package com.estatecare.inbound;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;

/**
 * An owner wrote about an open request of theirs by another channel (a WeChat message to the official account):
 * on the request's timeline as {@code CUSTOMER_MESSAGE}, with the text (or the voice message's recognised text)
 * and the channel's media id of a picture or voice message, which staff fetch from the channel.
 */
public record CustomerMessageReceived(long requestId, String channel, String messageType, String text,
        String mediaId, Long actorId, String actorName, Instant at) implements TimelineRecord {

    @Override
    public String timelineAction() {
        return "CUSTOMER_MESSAGE";
    }

    @Override
    public String timelineNote() {
        return text;
    }

    @Override
    public Map<String, Object> timelineDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        details.put("messageType", messageType);
        if (mediaId != null) {
            details.put("mediaId", mediaId);
        }
        return details;
    }
}
