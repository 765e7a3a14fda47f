package com.estatecare.portal.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import com.estatecare.platform.BoundedBody;
import com.estatecare.platform.Problems;

/** The code rules from configuration, and a bound on what an anonymous caller may send the portal's sign-in. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PortalConfiguration.class);
    /** A phone, a code and a company id fit many times over. */
    static final long MAX_BODY_BYTES = 2048;

    @Bean
    CodeRules codeRules(@Value("${estatecare.portal.code.validity:PT5M}") Duration validity,
            @Value("${estatecare.portal.code.max-wrong-attempts:5}") int maxWrongAttempts,
            @Value("${estatecare.portal.code.resend-after:PT60S}") Duration resendAfter,
            @Value("${estatecare.portal.code.max-per-phone-per-hour:5}") int maxPerPhonePerHour,
            @Value("${estatecare.portal.code.max-per-address-per-hour:20}") int maxPerAddressPerHour) {
        return new CodeRules(validity, maxWrongAttempts, resendAfter, maxPerPhonePerHour, maxPerAddressPerHour);
    }

    /** A body that says it is longer than the bound is refused before it is read; one without its length ends there. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> portalBodyBound(Problems problems) {
        return BoundedBody.filter(problems, MAX_BODY_BYTES, "/api/v1/portal/*");
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWithoutChannel(ApplicationReadyEvent ready) {
        if (!ready.getApplicationContext().getBean(PortalCodes.class).available()) {
            log.warn("No notification channel is configured: owners cannot sign in to the portal by code "
                    + "(POST /api/v1/portal/codes answers 503) until one is");
        }
    }
}
