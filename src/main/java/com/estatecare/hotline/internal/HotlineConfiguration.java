package com.estatecare.hotline.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.estatecare.platform.BoundedBody;
import com.estatecare.platform.Problems;

@Configuration(proxyBeanMethods = false)
class HotlineConfiguration {

    /** A forwarded case and a reply are a few kilobytes: a larger body is refused before it is read. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hotlineBodyBound(Problems problems) {
        return BoundedBody.filter(problems, 32 * 1024, "/api/v1/hotline-cases", "/api/v1/hotline-cases/*");
    }
}
