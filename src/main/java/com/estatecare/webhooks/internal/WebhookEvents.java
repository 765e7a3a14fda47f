package com.estatecare.webhooks.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.escalation.RequestEscalated;
import com.estatecare.requests.RequestRegistered;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.timelimits.ClockBreached;
import com.estatecare.webhooks.WebhookEventType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a delivery for every subscription of the event's company: for a new request in the intake's own
 * transaction, for the other events after the event's transaction committed (a persisted event publication: a
 * crash before the rows are written leaves the publication to be resubmitted, and the rows' unique key keeps a
 * resubmission from queueing twice). The payload carries ids, numbers, kinds and
 * states, never a name or a phone: {@code {"id","type","occurredAt","companyId","data":{...}}}.
 */
@Component
class WebhookEvents {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final JsonMapper json = JsonMapper.builder().build();

    WebhookEvents(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /**
     * Queued in the intake's own transaction (the delivery row is the outbox, committed with the request): an
     * intake, the busiest write there is, stores no event publication for webhooks, and a company without
     * subscribers costs one indexed read.
     */
    @EventListener
    void on(RequestRegistered e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", e.requestId());
        data.put("number", e.number());
        data.put("kind", e.kind());
        data.put("category", e.category());
        data.put("channel", e.channel());
        data.put("emergency", e.emergency());
        data.put("unitId", e.unitId());
        data.put("projectId", e.projectId());
        data.put("receivedAt", e.receivedAt());
        queue(e.companyId(), WebhookEventType.REQUEST_REGISTERED, "request-registered-" + e.requestId(),
                e.registeredAt(), data);
    }

    @ApplicationModuleListener
    void on(RequestTransitioned e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", e.requestId());
        data.put("number", e.number());
        data.put("kind", e.kind());
        data.put("action", e.action().pathName());
        data.put("from", e.from());
        data.put("to", e.to());
        data.put("step", e.step());
        queue(e.companyId(), WebhookEventType.REQUEST_TRANSITIONED,
                "request-transitioned-" + e.requestId() + "-" + e.step(), e.at(), data);
    }

    @ApplicationModuleListener
    void on(RequestEscalated e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", e.requestId());
        data.put("number", e.number());
        data.put("fromLevel", e.fromLevel());
        data.put("toLevel", e.toLevel());
        data.put("reason", e.reasonCode());
        queue(e.companyId(), WebhookEventType.REQUEST_ESCALATED,
                "request-escalated-" + e.requestId() + "-" + e.toLevel() + "-" + e.at().toEpochMilli(), e.at(), data);
    }

    @ApplicationModuleListener
    void on(ClockBreached e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("requestId", e.requestId());
        data.put("limit", e.limit());
        data.put("dueAt", e.dueAt());
        queue(e.companyId(), WebhookEventType.CLOCK_BREACHED, "clock-breached-" + e.clockId(), e.at(), data);
    }

    private void queue(long companyId, WebhookEventType type, String eventId, Instant at, Map<String, Object> data) {
        List<Long> subscribed = subscriptions.subscribed(companyId, type);
        if (subscribed.isEmpty()) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", eventId);
        payload.put("type", type);
        payload.put("occurredAt", at);
        payload.put("companyId", companyId);
        payload.put("data", data);
        deliveries.queue(companyId, subscribed, type, eventId, json.writeValueAsString(payload));
    }
}
