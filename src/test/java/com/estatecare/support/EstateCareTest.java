package com.estatecare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, against a fresh PostgreSQL database
 * with the demo organisation loaded, and a clock the test can move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "estatecare.demo-data=true", "spring.flyway.clean-disabled=true",
                "spring.datasource.hikari.connection-timeout=3000", "spring.datasource.hikari.minimum-idle=2",
                "spring.lifecycle.timeout-per-shutdown-phase=3s",
                "estatecare.timelimits.sweep-interval=PT1H" })
@Import({ TestClockConfiguration.class, Api.class, Fixtures.class })
@TestDatabase
public @interface EstateCareTest {
}
