package com.estatecare.notifications.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.estatecare.platform.RetryPolicy;

/**
 * {@code estatecare.notifications.*} for messages to owners (docs/channels.md): the outbox's sender and retry
 * policy, the e-mail sender address (the SMTP server itself is {@code spring.mail.*}), and the HTTP gateway of
 * text and WeChat messages.
 */
@ConfigurationProperties("estatecare.notifications")
record OutboundProperties(@DefaultValue Outbox outbox, @DefaultValue Email email, @DefaultValue Gateway gateway) {

    /** How often the sender looks for due messages, how many it sends per look, and the retry policy. */
    record Outbox(@DefaultValue("PT5S") Duration interval, @DefaultValue("50") int batch,
            @DefaultValue("6") int maxAttempts, @DefaultValue("PT30S") Duration firstRetry,
            @DefaultValue("PT30M") Duration maxRetryDelay) {

        RetryPolicy policy() {
            return new RetryPolicy(maxAttempts, firstRetry, maxRetryDelay);
        }
    }

    /** The From of owners' e-mails. */
    record Email(@DefaultValue("noreply@estatecare.local") String from) {
    }

    /** One endpoint per channel; a channel without a URL is not sent through the gateway. */
    record Gateway(@DefaultValue Endpoint sms, @DefaultValue Endpoint wechat,
            @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration timeout) {
    }

    /** The URL messages are posted to, the bearer token, and (WeChat) the template id of each message kind. */
    record Endpoint(URI url, String token, Map<String, String> templates) {

        boolean configured() {
            return url != null;
        }
    }
}
