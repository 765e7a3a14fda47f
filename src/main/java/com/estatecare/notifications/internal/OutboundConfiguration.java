package com.estatecare.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

/** The gateway's channels, each where its URL is configured (docs/channels.md). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundConfiguration {

    @Bean
    @ConditionalOnProperty(name = "estatecare.notifications.gateway.sms.url")
    OutboundChannel smsGateway(OutboundProperties properties, ObjectMapper json) {
        return new GatewayChannel(ContactChannel.SMS, properties.gateway().sms(), properties.gateway(), json);
    }

    @Bean
    @ConditionalOnProperty(name = "estatecare.notifications.gateway.wechat.url")
    OutboundChannel wechatGateway(OutboundProperties properties, ObjectMapper json) {
        return new GatewayChannel(ContactChannel.WECHAT, properties.gateway().wechat(), properties.gateway(), json);
    }
}
