package com.estatecare.webhooks.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

import com.estatecare.platform.BoundedBody;
import com.estatecare.platform.Problems;

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

    /** A subscription is a few hundred bytes: a larger body is refused before it is read. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webhookBodyBound(Problems problems) {
        return BoundedBody.filter(problems, 16 * 1024, "/api/v1/webhooks", "/api/v1/webhooks/*");
    }
}
