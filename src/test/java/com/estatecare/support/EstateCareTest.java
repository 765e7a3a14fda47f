package com.estatecare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, against a fresh PostgreSQL database
 * with the demo organisation loaded (a copy of the one load of the test run,
 * see {@link DemoDataTemplate}), and a clock the test can move. Timers do
 * not fire on their own (tests call the sweeps), and an application that is
 * closed lets the after-commit listeners it has started finish first, instead
 * of failing them on a closed connection pool.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=0", "spring.flyway.clean-disabled=true",
                "spring.datasource.hikari.connection-timeout=3000", "spring.datasource.hikari.minimum-idle=2",
                "spring.lifecycle.timeout-per-shutdown-phase=3s",
                "spring.task.execution.shutdown.await-termination=true",
                "spring.task.execution.shutdown.await-termination-period=30s",
                "estatecare.timelimits.sweep-interval=PT1H", "estatecare.grading.sweep-interval=PT1H" })
@Import({ TestClockConfiguration.class, Api.class, Fixtures.class, AfterCommitWork.class })
@TestDatabase(demoData = true)
public @interface EstateCareTest {
}
