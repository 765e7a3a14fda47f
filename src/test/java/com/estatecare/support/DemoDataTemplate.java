package com.estatecare.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.EstateCareApplication;

/**
 * The demo organisation as the application loads it, once per test run: the application starts on a database
 * of its own (with the properties and the clock of {@link EstateCareTest}), loads the demo data, finishes the
 * work its listeners do after the commits (customer files, inboxes, escalation cases) and stops. Every test
 * application of {@link TestDatabase#demoData()} then gets a copy of that database and finds the demo
 * organisation already there, as an application started a second time does. Loading it costs about as much
 * as starting the application; copying it costs a fraction of a second.
 */
final class DemoDataTemplate {

    static final String NAME = "t_demo_template";

    private DemoDataTemplate() {
    }

    /**
     * Loads the demo data into {@code database}, which has the migrations. On a thread of its own: it is called
     * while a test application is being prepared, and Spring Boot's test support watches the applications started
     * on that thread.
     */
    static void load(TestPostgres server, String database) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread loader = new Thread(() -> {
            try {
                run(server, database);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "demo-data-template");
        loader.start();
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo data", e);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("could not load the demo data template", failure.get());
        }
    }

    private static void run(TestPostgres server, String database) {
        List<String> arguments = new ArrayList<>();
        for (String property : AnnotatedElementUtils.findMergedAnnotation(EstateCareTest.class, SpringBootTest.class)
                .properties()) {
            arguments.add("--" + property);
        }
        if (!arguments.contains("--estatecare.demo-data=true")) {
            throw new IllegalStateException("EstateCareTest no longer loads the demo data: adjust DemoDataTemplate");
        }
        arguments.addAll(List.of("--server.port=0",
                "--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=" + server.username(),
                "--spring.datasource.password=" + server.password()));
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(EstateCareApplication.class,
                TestClockConfiguration.class).run(arguments.toArray(String[]::new))) {
            new AfterCommitWork(JdbcClient.create(application.getBean(DataSource.class)))
                    .awaitDone(Duration.ofMinutes(3));
        }
    }
}
