package com.estatecare.live.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.function.Supplier;

import com.estatecare.organisation.CurrentUser;

/**
 * One open stream: who opened it (their scope as it was then) and a bounded
 * queue of frames its sender has not written yet. A client that falls
 * {@code capacity} frames behind loses them and gets one {@code reload} frame
 * instead, so that it costs bounded memory and never holds up the others.
 */
final class Subscription {

    /** Where the frames go: the HTTP response in production, a list in tests. */
    interface Sink {
        void send(Outgoing frame) throws IOException;

        void close();
    }

    private final long id;
    private final CurrentUser user;
    private final Sink sink;
    private final int capacity;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private boolean behind;
    private boolean draining;
    private boolean closed;

    Subscription(long id, CurrentUser user, Sink sink, int capacity) {
        this.id = id;
        this.user = user;
        this.sink = sink;
        this.capacity = capacity;
    }

    long id() {
        return id;
    }

    CurrentUser user() {
        return user;
    }

    Sink sink() {
        return sink;
    }

    /**
     * Queues a frame; {@code reload} is the frame that replaces the queue when
     * it is full. Returns whether the caller must start a drain.
     */
    synchronized boolean offer(Outgoing frame, Supplier<Outgoing> reload) {
        if (closed || behind) {
            return false;
        }
        if (queue.size() >= capacity) {
            queue.clear();
            queue.add(reload.get());
            behind = true;
        } else {
            queue.add(frame);
        }
        return startDrain();
    }

    private boolean startDrain() {
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** The next frame to write, or {@code null} when the queue is empty (the drain ends). */
    synchronized Outgoing next() {
        Outgoing frame = closed ? null : queue.poll();
        if (frame == null) {
            draining = false;
        } else if (queue.isEmpty()) {
            behind = false;
        }
        return frame;
    }

    /** Marks it closed; returns {@code false} if it was closed already. */
    synchronized boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        queue.clear();
        return true;
    }

    synchronized int queued() {
        return queue.size();
    }
}
