package com.estatecare.support;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.estatecare.platform.MicrosecondClock;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** Tuesday 2026-11-24 10:00 in Shanghai. */
    public static final Instant START = Instant.parse("2026-11-24T02:00:00Z");

    @Bean
    MutableClock testClock() {
        return new MutableClock(START);
    }

    /** The application reads the test's clock as it reads the real one: to the microsecond the database keeps. */
    @Bean
    @Primary
    Clock applicationClock(MutableClock testClock) {
        return new MicrosecondClock(testClock);
    }
}
