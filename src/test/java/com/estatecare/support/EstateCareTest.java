package com.estatecare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, against a PostgreSQL database with the demo organisation loaded (a copy
 * of the one load of the test JVM, see {@link DemoDataTemplate}), and a clock the test can move. Timers do not fire
 * on their own (tests call the sweeps), and an application that is closed lets the after-commit listeners it has
 * started finish first, instead of failing them on a closed connection pool.
 * <p>
 * The classes that add nothing to this configuration share one application and one database per test JVM (each
 * application start costs seconds): each test finds the clock at {@link TestClockConfiguration#START} (the
 * {@link SharedApplicationListener} sets it back after every test), and the data other classes made before it. So a
 * test works on what it creates itself, or on demo data nobody changes, and leaves the application as it found it
 * (signed-in traces). A class whose assertions
 * need a database nobody else touched says {@link OwnDatabase}; one that adds properties, imports or bean
 * overrides gets an application of its own as well (see {@link PostgresContextCustomizerFactory}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "estatecare.demo-data=true", "estatecare.demo-history.requests=0", "spring.flyway.clean-disabled=true",
                "spring.datasource.hikari.connection-timeout=3000", "spring.datasource.hikari.minimum-idle=2",
                "spring.lifecycle.timeout-per-shutdown-phase=3s",
                "spring.task.execution.shutdown.await-termination=true",
                "spring.task.execution.shutdown.await-termination-period=30s",
                "estatecare.timelimits.sweep-interval=PT1H", "estatecare.grading.sweep-interval=PT1H",
                "estatecare.mail-in.interval=PT1H" })
@Import({ TestClockConfiguration.class, Api.class, Fixtures.class, AfterCommitWork.class })
@TestDatabase(demoData = true)
public @interface EstateCareTest {
}
