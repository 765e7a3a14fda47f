package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The live streams ({@code GET /api/v1/live}) a test opens, as a JUnit extension: before each test it waits until
 * the application listens to PostgreSQL's notifications, after it closes every stream the test opened.
 *
 * <pre>{@code @RegisterExtension final LiveStreams live = new LiveStreams();}</pre>
 */
public final class LiveStreams implements BeforeEachCallback, AfterEachCallback {

    /** How long a test waits for an event of the stream. */
    public static final Duration SECONDS = Duration.ofSeconds(10);

    private final List<EventStream> streams = new ArrayList<>();
    private Api api;

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        api = application.getBean(Api.class);
        JdbcClient jdbc = application.getBean(JdbcClient.class);
        await().atMost(SECONDS).until(() -> jdbc.sql("""
                select count(*) from pg_stat_activity
                where application_name = 'estatecare-live' and datname = current_database()""")
                .query(Long.class).single() > 0);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        streams.forEach(EventStream::close);
        streams.clear();
    }

    /** Opens a stream as {@code username} with extra headers, without waiting for it to be ready. */
    public EventStream open(String username, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authorization", api.as(username).authorization());
        return opened(EventStream.open(api.url("/api/v1/live"), all));
    }

    /** Opens a stream as {@code username} and waits for its {@code ready} event. */
    public EventStream ready(String username) {
        return ready(open(username, Map.of()));
    }

    /** Keeps a stream the test opened by itself, so that it is closed after the test. */
    public EventStream opened(EventStream stream) {
        streams.add(stream);
        return stream;
    }

    /** Asserts the stream was accepted and waits for its {@code ready} event. */
    public static EventStream ready(EventStream stream) {
        assertThat(stream.status()).as(() -> "the stream was refused: " + stream.body()).isEqualTo(200);
        stream.awaitNamed("ready", SECONDS);
        return stream;
    }
}
