package com.estatecare.inbound.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.estatecare.platform.BoundedBody;
import com.estatecare.platform.Problems;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WechatMediaProperties.class)
class InboundConfiguration {

    /** The call centre's and the night desk's bodies are small: a larger one is refused before it is read. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> inboundBodyBound(Problems problems) {
        return BoundedBody.filter(problems, 32 * 1024, "/api/v1/inbound/calls", "/api/v1/inbound/calls/*",
                "/api/v1/inbound/night-repairs", "/api/v1/inbound/wechat-accounts/*");
    }

    /** WeChat's messages are a few hundred bytes of XML: 64 KB is plenty, and a 10 MB body is never read. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> wechatBodyBound(Problems problems) {
        return BoundedBody.filter(problems, 64 * 1024, "/api/v1/inbound/wechat/*");
    }
}
