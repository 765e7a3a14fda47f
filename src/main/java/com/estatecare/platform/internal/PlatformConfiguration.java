package com.estatecare.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import com.estatecare.platform.FieldCipher;
import com.estatecare.platform.InputLimits;
import com.estatecare.platform.MicrosecondClock;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ InputLimits.class, FieldEncryptionProperties.class })
class PlatformConfiguration {

    /**
     * The one clock of the application, to the microsecond that the database
     * keeps; tests replace it with one they move.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /**
     * Field-level encryption with the configured keys (outside the prod profile the demo's, which are public in
     * this repository; in it none unless configured, and then the application does not start).
     */
    @Bean
    FieldCipher fieldCipher(FieldEncryptionProperties keys) {
        return new FieldCipher(keys.activeKey(), keys.keys(), keys.indexKey());
    }

    /** Instants in JSON as ISO_INSTANT writes them, without the formatter's cost (see {@link InstantText}). */
    @Bean
    JacksonModule instantText() {
        return new SimpleModule("instant-text").addSerializer(Instant.class, new InstantText());
    }

    /** A body's text with a NUL character is refused naming its field (see {@link NulFreeText}). */
    @Bean
    JacksonModule nulFreeStrings() {
        return new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeText.Strings());
    }

    /** Simplified Chinese unless the client asks for English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        return resolver;
    }
}
