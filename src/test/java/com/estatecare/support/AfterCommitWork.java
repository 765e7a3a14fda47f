package com.estatecare.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work listeners do after a commit (Spring Modulith's event publications). A test that starts a lot of it
 * waits for it before it ends, so that its application is not closed under listeners still at work.
 */
public class AfterCommitWork {

    private final JdbcClient jdbc;

    public AfterCommitWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until every event publication is completed. */
    public void awaitDone(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> jdbc
                .sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() == 0);
    }
}
