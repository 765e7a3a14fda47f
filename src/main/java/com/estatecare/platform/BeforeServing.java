package com.estatecare.platform;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Work that must be done before the web server takes its first request — the
 * first administrator, the demo data — so that nobody signs in to an
 * application that is still filling itself and gets refused for a few seconds.
 * It runs once, after every bean is ready (transactions and event listeners
 * work) and just before the server opens its port; an
 * {@link org.springframework.boot.ApplicationRunner} would run after it.
 */
public abstract class BeforeServing implements SmartLifecycle {

    private volatile boolean running;

    /** The work; an exception stops the application's start. */
    protected abstract void prepare();

    @Override
    public final void start() {
        prepare();
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    /** Before the web server's start, after the other lifecycles (the live streams' listeners among them). */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 100;
    }
}
