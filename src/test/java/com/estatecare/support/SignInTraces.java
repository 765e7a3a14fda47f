package com.estatecare.support;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Other test classes share the application, its clock and the caller's
 * address: after each test of a sign-in class this empties the tables where
 * sign-ins leave traces (failed attempts, codes sent) and sets the clock back
 * to where the test found it. Register it on a field with
 * {@code @RegisterExtension}.
 */
public final class SignInTraces implements BeforeEachCallback, AfterEachCallback {

    private final List<String> tables;
    private Instant started;

    private SignInTraces(List<String> tables) {
        this.tables = tables;
    }

    /** Forgets the rows of these tables (names from the test's code, never from input) after each test. */
    public static SignInTraces forgetting(String... tables) {
        return new SignInTraces(List.of(tables));
    }

    /** The clock's time when the running test started. */
    public Instant started() {
        return started;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        started = application(context).getBean(MutableClock.class).instant();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext application = application(context);
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        for (String table : tables) {
            jdbc.sql("delete from " + table).update();
        }
        application.getBean(MutableClock.class).set(started);
    }

    private static ApplicationContext application(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context);
    }
}
