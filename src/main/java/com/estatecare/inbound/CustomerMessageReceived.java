package com.estatecare.inbound;

import java.time.Instant;
import java.util.Map;

import com.estatecare.requests.TimelineRecord;
import com.estatecare.requests.Visibility;

/**
 * A message about a request that came by e-mail (or WeChat): a customer's reply to one of the request's
 * notifications, or a message from the triage list an agent attached to it. On the timeline as
 * {@code CUSTOMER_MESSAGE} with the text; the customer reads it on the portal when it is their own reply
 * ({@code ownWords}), staff always.
 */
public record CustomerMessageReceived(long requestId, TriageChannel channel, String text, String subject,
        boolean ownWords, Long actorId, String actorName, Instant at, Map<String, Object> facts)
        implements TimelineRecord {

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
        Map<String, Object> details = new java.util.LinkedHashMap<>(facts);
        details.put("channel", channel.name());
        if (subject != null) {
            details.put("subject", subject);
        }
        return details;
    }

    @Override
    public Visibility timelineVisibility() {
        return ownWords ? Visibility.CUSTOMER : Visibility.INTERNAL;
    }
}
