package com.estatecare.platform.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application becomes ready (the readiness probe, and with it {@code /actuator/health}) only once the work its
 * start set off is done: what other modules derive, after the commit, from the demo data (customer files, inbox,
 * escalation cases) and the publications a crash left unfinished. Runs after every other start-up runner; waits at
 * most {@code estatecare.startup.settle-timeout}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StartupSettles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupSettles.class);

    private final JdbcClient jdbc;
    private final Duration timeout;

    StartupSettles(JdbcClient jdbc,
            @Value("${estatecare.startup.settle-timeout:PT2M}") Duration timeout) {
        this.jdbc = jdbc;
        this.timeout = timeout;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pending;
        while ((pending = pending()) > 0) {
            if (System.nanoTime() > deadline) {
                log.warn("Ready with {} event publications still in progress after {}", pending, timeout);
                return;
            }
            Thread.sleep(100);
        }
    }

    /** Spring Modulith's publications (db/migration) not yet completed, apart from those that failed. */
    private long pending() {
        return jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and (status is null or status <> 'FAILED')""")
                .query(Long.class).single();
    }
}
