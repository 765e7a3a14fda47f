package com.estatecare.webhooks.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends the due deliveries: claims a batch, posts each signed payload with short timeouts and no redirects, and
 * records the answer; a 2xx is delivered, anything else (a status, a timeout, a refused target) is tried again
 * after {@link RetryBackoff}. Several instances may run it at once: each takes different rows.
 */
@Component
class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int BATCH = 20;

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final WebhookTargets targets;
    private final RetryBackoff backoff;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;

    WebhookSender(Deliveries deliveries, Subscriptions subscriptions, WebhookTargets targets, Clock clock,
            @Value("${estatecare.webhooks.timeout:PT10S}") Duration timeout) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.backoff = RetryBackoff.DEFAULT;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One round: sends what is due now; returns how many were attempted. */
    int sendDue() {
        List<Deliveries.ClaimedDelivery> due = deliveries.claim(BATCH);
        due.forEach(this::send);
        return due.size();
    }

    private void send(Deliveries.ClaimedDelivery delivery) {
        var target = subscriptions.target(delivery.subscriptionId()).orElse(null);
        if (target == null) {
            deliveries.failed(delivery.id(), null, "subscription-inactive", null);
            return;
        }
        var refused = targets.refusal(target.url());
        if (refused.isPresent()) {
            deliveries.failed(delivery.id(), null, refused.get(), backoff.after(delivery.attempts() + 1));
            return;
        }
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(target.url())).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "EstateCare-Webhooks/1")
                .header("EstateCare-Event", delivery.eventType())
                .header("EstateCare-Delivery", Long.toString(delivery.id()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(target.secret(), now, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                deliveries.delivered(delivery.id(), status);
            } else {
                deliveries.failed(delivery.id(), status, "http-" + status, backoff.after(delivery.attempts() + 1));
            }
        } catch (IOException e) {
            log.debug("webhook delivery {} failed: {}", delivery.id(), e.toString());
            deliveries.failed(delivery.id(), null, e.getClass().getSimpleName(), backoff.after(delivery.attempts() + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deliveries.failed(delivery.id(), null, "interrupted", backoff.after(delivery.attempts() + 1));
        }
    }
}
