package com.estatecare.live.internal;

import static com.estatecare.live.internal.LiveNotes.HANGZHOU;
import static com.estatecare.live.internal.LiveNotes.SHANGHAI;
import static com.estatecare.live.internal.LiveNotes.SHANGHAI_PROJECT;
import static com.estatecare.live.internal.LiveNotes.change;
import static com.estatecare.live.internal.LiveNotes.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;

import tools.jackson.databind.json.JsonMapper;

/** The streams of one instance: limits, who gets what, and slow or vanished clients. */
class LiveHubTests {

    private static final Duration SOON = Duration.ofSeconds(5);

    private final ExecutorService senders = Executors.newFixedThreadPool(2);
    private final LiveHub hub = new LiveHub(properties(2, 3, 5), senders, JsonMapper.builder().build());
    private final CurrentUser manager = staff(10, SHANGHAI, 2, Role.MANAGER);

    @AfterEach
    void stopSenders() throws InterruptedException {
        senders.shutdownNow();
        senders.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void aStreamStartsWithReady() {
        Frames frames = new Frames();
        hub.open(manager, frames, false);

        await().atMost(SOON).until(() -> frames.names().equals(List.of("ready")));
        assertThat(frames.sent.get(0).data()).contains("\"heartbeatSeconds\":20");
    }

    @Test
    void lastEventIdIsAnsweredWithReload() {
        Frames frames = new Frames();
        hub.open(manager, frames, true);

        await().atMost(SOON).until(() -> frames.names().equals(List.of("ready", "reload")));
    }

    @Test
    void eachChangeReachesOnlyTheStreamsThatMaySeeIt() {
        Frames shanghai = new Frames();
        Frames hangzhou = new Frames();
        hub.open(manager, shanghai, false);
        hub.open(staff(20, HANGZHOU, 3, Role.AGENT), hangzhou, false);

        hub.deliver(List.of(change(1, SHANGHAI_PROJECT, 2, 7L, true)));

        await().atMost(SOON).until(() -> shanghai.names().equals(List.of("ready", "request")));
        assertThat(shanghai.sent.get(1).data()).contains("\"number\":\"BX-20261125-1\"", "\"change\":\"ASSIGNED\"",
                "\"assigneeId\":42");
        hub.deliver(List.of(change(2, "/1/3/9/", 3, 8L, true)));
        await().atMost(SOON).until(() -> hangzhou.names().equals(List.of("ready", "request")));
        assertThat(hangzhou.sent.get(1).data()).contains("BX-20261125-2").doesNotContain("BX-20261125-1");
    }

    @Test
    void aCallReachesOnlyTheStreamsOfItsAgent() {
        Frames agent = new Frames();
        Frames colleague = new Frames();
        hub.open(staff(30, SHANGHAI, 2, Role.AGENT), agent, false);
        hub.open(manager, colleague, false);

        hub.deliverCalls(List.of(new CallNote(77, 30, 2, java.time.Instant.parse("2026-11-26T01:00:00Z"))));

        await().atMost(SOON).until(() -> agent.names().equals(List.of("ready", "call")));
        assertThat(agent.sent.get(1).data()).isEqualTo("{\"callId\":77,\"at\":\"2026-11-26T01:00:00Z\"}");
        await().atMost(SOON).until(() -> colleague.names().equals(List.of("ready")));
        assertThat(Notices.read(Notices.call(new CallNote(77, 30, 2, java.time.Instant.EPOCH),
                JsonMapper.builder().build()), JsonMapper.builder().build()).calls()).hasSize(1);
    }

    @Test
    void slowClientIsToldToReload() {
        CountDownLatch stuck = new CountDownLatch(1);
        Frames slow = new Frames(stuck);
        Frames fast = new Frames();
        hub.open(manager, slow, false);
        hub.open(staff(11, SHANGHAI, 2, Role.AGENT), fast, false);

        for (int i = 1; i <= 20; i++) {
            hub.deliver(List.of(change(i, SHANGHAI_PROJECT, 2, 7L, true)));
            int expected = i + 1;
            await().atMost(SOON).until(() -> fast.names().size() == expected);
        }

        assertThat(fast.names()).as("the client that keeps up gets every change").doesNotContain("reload");
        stuck.countDown();
        await().atMost(SOON).until(() -> slow.names().equals(List.of("ready", "reload")));
        hub.deliver(List.of(change(21, SHANGHAI_PROJECT, 2, 7L, true)));
        await().atMost(SOON).until(() -> slow.names().equals(List.of("ready", "reload", "request")));
        assertThat(slow.sent.get(2).data()).contains("BX-20261125-21");
    }

    @Test
    void aStreamBeyondTheLimitPerAccountIsRefusedUntilOneCloses() {
        LiveHub.Result first = hub.open(manager, new Frames(), false);
        hub.open(manager, new Frames(), false);

        assertThat(hub.open(manager, new Frames(), false).refusal()).isEqualTo(LiveHub.Refusal.PER_USER);
        hub.close(first.subscription());
        assertThat(hub.open(manager, new Frames(), false).opened()).isPresent();
    }

    @Test
    void aStreamBeyondTheLimitOfTheInstanceIsRefused() {
        IntStream.rangeClosed(1, 3).forEach(i -> hub.open(staff(i, SHANGHAI, 2, Role.AGENT), new Frames(), false));

        assertThat(hub.open(manager, new Frames(), false).refusal()).isEqualTo(LiveHub.Refusal.TOTAL);
        assertThat(hub.size()).isEqualTo(3);
    }

    @Test
    void aClientThatHasGoneIsForgotten() {
        Frames gone = new Frames();
        gone.fail = true;
        hub.open(manager, gone, false);

        await().atMost(SOON).until(() -> hub.size() == 0);
        assertThat(gone.closed).isTrue();
    }

    @Test
    void heartbeatIsACommentOnEveryStream() {
        Frames frames = new Frames();
        hub.open(manager, frames, false);

        hub.heartbeat();

        await().atMost(SOON).until(() -> frames.sent.size() == 2);
        assertThat(frames.sent.get(1).isHeartbeat()).isTrue();
    }

    @Test
    void reloadAllReachesEveryStream() {
        Frames one = new Frames();
        Frames other = new Frames();
        hub.open(manager, one, false);
        hub.open(staff(20, HANGZHOU, 3, Role.AGENT), other, false);

        hub.reloadAll();

        await().atMost(SOON).until(() -> one.names().equals(List.of("ready", "reload"))
                && other.names().equals(List.of("ready", "reload")));
    }

    static LiveProperties properties(int maxPerUser, int maxTotal, int clientQueue) {
        return new LiveProperties(Duration.ofMillis(200), Duration.ofSeconds(20), Duration.ofMinutes(15), maxPerUser,
                maxTotal, clientQueue, 1000, 2);
    }

    /** A client: records what it was sent; may hang on its first frame, or fail. */
    static final class Frames implements Subscription.Sink {
        final List<Outgoing> sent = new CopyOnWriteArrayList<>();
        private final CountDownLatch hold;
        volatile boolean fail;
        volatile boolean closed;

        Frames() {
            this(new CountDownLatch(0));
        }

        Frames(CountDownLatch hold) {
            this.hold = hold;
        }

        @Override
        public void send(Outgoing frame) throws IOException {
            if (fail) {
                throw new IOException("broken pipe");
            }
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            sent.add(frame);
        }

        @Override
        public void close() {
            closed = true;
        }

        List<String> names() {
            return sent.stream().map(f -> f.isHeartbeat() ? ":" : f.name()).toList();
        }
    }
}
