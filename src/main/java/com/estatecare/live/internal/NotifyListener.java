package com.estatecare.live.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives every instance's changes: one thread on one PostgreSQL connection
 * of its own (outside the connection pool) that {@code LISTEN}s and waits for
 * notifications, checks the connection when it has been quiet, and after
 * losing it — a database restart, a network cut — connects again with a
 * growing pause and tells every client to reload, since changes may have
 * passed unheard meanwhile.
 */
class NotifyListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotifyListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final Duration QUIET_CHECK = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final String url;
    private final Properties credentials;
    private final LiveHub hub;
    private final JsonMapper json;
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    NotifyListener(String url, String username, String password, LiveHub hub, JsonMapper json) {
        this.url = url;
        this.credentials = new Properties();
        credentials.setProperty("user", username == null ? "" : username);
        credentials.setProperty("password", password == null ? "" : password);
        credentials.setProperty("ApplicationName", "estatecare-live");
        credentials.setProperty("tcpKeepAlive", "true");
        this.hub = hub;
        this.json = json;
    }

    /** Whether it is connected and listening now. */
    boolean listening() {
        return listening;
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        boolean reconnect = false;
        while (running) {
            try (Connection c = new Driver().connect(url, credentials)) {
                connection = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("listen " + Notices.CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY;
                if (reconnect) {
                    log.info("live updates: listening again; clients are told to reload");
                    hub.reloadAll();
                }
                receive(c);
            } catch (SQLException | RuntimeException lost) {
                if (running) {
                    log.warn("live updates: lost the database connection ({}); retrying in {} ms", lost.getMessage(),
                            retry.toMillis());
                }
            } finally {
                listening = false;
                connection = null;
            }
            reconnect = true;
            retry = pause(retry);
        }
    }

    private void receive(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                try (Statement check = c.createStatement()) {
                    check.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        try {
            Notices.Notice notice = Notices.read(payload, json);
            if (notice.reload()) {
                hub.reloadAll();
            } else {
                hub.deliver(notice.notes() == null ? java.util.List.of() : notice.notes());
                if (notice.calls() != null) {
                    hub.deliverCalls(notice.calls());
                }
            }
        } catch (JacksonException unreadable) {
            log.warn("live updates: an unreadable notification was ignored ({} characters)", payload.length());
        }
    }

    private Duration pause(Duration retry) {
        if (!running) {
            return retry;
        }
        try {
            Thread.sleep(retry.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration next = retry.multipliedBy(2);
        return next.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : next;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "live-listen");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                log.debug("live updates: closing the listening connection failed", ignored);
            }
        }
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Starts early and stops late, with the publisher. */
    @Override
    public int getPhase() {
        return 0;
    }
}
