package com.estatecare.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.EstateCareApplication;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.EventStream;
import com.estatecare.support.Fixtures;

/**
 * Two instances of the application on two ports, sharing one PostgreSQL
 * database, as behind a load balancer: a change made on one reaches a browser
 * connected to the other, and both keep working after the database drops
 * their listening connections.
 */
@EstateCareTest
@OwnDatabase
class LiveAcrossInstancesTests {

    private static final Duration SECONDS = Duration.ofSeconds(15);
    private static ConfigurableApplicationContext other;

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startASecondInstance(@Autowired Environment environment) {
        other = new SpringApplicationBuilder(EstateCareApplication.class)
                .run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--server.port=0", "--estatecare.demo-data=false", "--spring.flyway.clean-disabled=true",
                        "--spring.datasource.hikari.minimum-idle=1", "--estatecare.timelimits.sweep-interval=PT1H",
                        "--estatecare.grading.sweep-interval=PT1H");
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aChangeOnOneInstanceReachesABrowserOnTheOther() {
        awaitListeners(2);
        try (EventStream onOther = openOnOther("manager", Map.of())) {
            onOther.awaitNamed("ready", SECONDS);

            long id = given.register(given.repairBody(given.unit().get("id").asLong()));

            EventStream.Event event = onOther.await(e -> e.name().equals("request")
                    && e.json().get("requestId").asLong() == id, SECONDS);
            assertThat(event.json().get("change").asString()).isEqualTo("REGISTERED");
        }
    }

    @Test
    void afterTheDatabaseDropsTheListenersClientsReloadAndChangesFlowAgain() {
        awaitListeners(2);
        try (EventStream onOther = openOnOther("manager", Map.of())) {
            onOther.awaitNamed("ready", SECONDS);

            int dropped = jdbc.sql("""
                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                    where application_name = 'estatecare-live' and datname = current_database()""")
                    .query(Integer.class).single();

            assertThat(dropped).as("one listening connection per instance").isEqualTo(2);
            onOther.awaitNamed("reload", SECONDS);
            awaitListeners(2);
            long id = given.register(given.repairBody(given.unit().get("id").asLong()));
            onOther.await(e -> e.name().equals("request") && e.json().get("requestId").asLong() == id, SECONDS);
        }
    }

    private void awaitListeners(int instances) {
        await().atMost(SECONDS).until(() -> jdbc.sql("""
                select count(*) from pg_stat_activity
                where application_name = 'estatecare-live' and datname = current_database()""")
                .query(Integer.class).single() == instances);
    }

    private EventStream openOnOther(String username, Map<String, String> headers) {
        int port = ((WebServerApplicationContext) other).getWebServer().getPort();
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.put("Authorization", api.as(username).authorization());
        EventStream stream = EventStream.open("http://127.0.0.1:" + port + "/api/v1/live", all);
        assertThat(stream.status()).isEqualTo(200);
        return stream;
    }
}
