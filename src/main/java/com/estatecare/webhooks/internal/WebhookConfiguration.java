package com.estatecare.webhooks.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    /**
     * Private and loopback targets are refused unless allowed: allowed in development and tests (receivers on this
     * machine), refused in the prod profile ({@code estatecare.webhooks.allow-private-targets}).
     */
    @Bean
    WebhookTargets webhookTargets(@Value("${estatecare.webhooks.allow-private-targets:false}") boolean allowPrivate) {
        return new WebhookTargets(allowPrivate);
    }
}
