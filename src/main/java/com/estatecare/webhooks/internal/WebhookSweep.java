package com.estatecare.webhooks.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due webhook deliveries every few seconds on every instance: the rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so instances share the work instead of taking a lock in turn.
 */
@Component
class WebhookSweep {

    private final WebhookSender sender;

    WebhookSweep(WebhookSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${estatecare.webhooks.sweep-interval:PT5S}", initialDelayString = "PT20S")
    void run() {
        while (sender.sendDue() > 0 && !Thread.currentThread().isInterrupted()) {
            // another batch is due
        }
    }
}
