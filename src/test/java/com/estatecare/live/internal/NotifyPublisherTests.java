package com.estatecare.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStandings.Standing;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestTransitioned;
import com.estatecare.requests.Visibility;

import tools.jackson.databind.json.JsonMapper;

/** How this instance's changes leave for every instance: batched, looked up once, and reload when in doubt. */
class NotifyPublisherTests {

    private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Long, Standing> requests = Map.of(
            1L, new Standing(1, 2, "BX-20261125-0001", RequestStatus.DISPATCHED, 42L, 4, "/1/2/5/", 7L),
            2L, new Standing(2, 2, "TS-20261125-0001", RequestStatus.RECEIVED, null, 1, "/1/2/5/", 8L));
    private final List<List<Long>> lookups = new ArrayList<>();
    private final List<String> sent = new ArrayList<>();
    private boolean databaseAway;

    @Test
    void aBatchLooksItsRequestsUpOnceAndSendsOnePayload() {
        NotifyPublisher publisher = publisher(100);
        publisher.offer(new Happening(1, LiveChange.ASSIGNED, "dispatch", null, AT, false));
        publisher.offer(new Happening(2, LiveChange.REGISTERED, null, null, AT, true));
        publisher.offer(new Happening(1, LiveChange.CLOCK_WARNED, null, "REPAIR_CONTACT", AT, false));

        assertThat(publisher.flush()).isEqualTo(3);

        assertThat(lookups).containsExactly(List.of(1L, 2L));
        assertThat(sent).hasSize(1);
        List<Note> notes = Notices.read(sent.get(0), json).notes();
        assertThat(notes).extracting(Note::change).containsExactly(LiveChange.ASSIGNED, LiveChange.REGISTERED,
                LiveChange.CLOCK_WARNED);
        assertThat(notes.get(0)).extracting(Note::status, Note::assigneeId, Note::version, Note::scopePath)
                .containsExactly(RequestStatus.DISPATCHED, 42L, 4L, "/1/2/5/");
        assertThat(notes.get(2).limit()).isEqualTo("REPAIR_CONTACT");
    }

    @Test
    void aRequestThatIsNotThereIsLeftOut() {
        NotifyPublisher publisher = publisher(100);
        publisher.offer(new Happening(99, LiveChange.REGISTERED, null, null, AT, true));
        publisher.offer(new Happening(2, LiveChange.REGISTERED, null, null, AT, true));

        publisher.flush();

        assertThat(Notices.read(sent.get(0), json).notes()).extracting(Note::requestId).containsExactly(2L);
    }

    @Test
    void nothingHappenedNothingIsSent() {
        assertThat(publisher(100).flush()).isZero();
        assertThat(lookups).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void changesBeyondThePendingBoundMakeEveryoneReload() {
        NotifyPublisher publisher = publisher(2);
        publisher.offer(new Happening(1, LiveChange.ASSIGNED, "dispatch", null, AT, false));
        publisher.offer(new Happening(2, LiveChange.REGISTERED, null, null, AT, true));
        publisher.offer(new Happening(1, LiveChange.TRANSITIONED, "respond", null, AT, true));

        publisher.flush();

        assertThat(sent).hasSize(2);
        assertThat(Notices.read(sent.get(0), json).notes()).hasSize(2);
        assertThat(Notices.read(sent.get(1), json).reload()).isTrue();
    }

    @Test
    void whenTheDatabaseIsAwayTheNextBatchMakesEveryoneReload() {
        NotifyPublisher publisher = publisher(100);
        publisher.offer(new Happening(1, LiveChange.ASSIGNED, "dispatch", null, AT, false));
        databaseAway = true;

        assertThat(publisher.flush()).isZero();
        databaseAway = false;
        publisher.flush();

        assertThat(sent).containsExactly(Notices.RELOAD);
    }

    @Test
    void aChangeIsPublishedOnlyWhenItsTransactionCommits() {
        NotifyPublisher publisher = publisher(100);
        LiveListener listener = new LiveListener(publisher);

        inTransaction(() -> listener.on(dispatched(1)), TransactionSynchronization.STATUS_ROLLED_BACK);
        publisher.flush();
        assertThat(sent).as("a rolled-back step is never announced").isEmpty();

        inTransaction(() -> listener.on(dispatched(1)), TransactionSynchronization.STATUS_COMMITTED);
        publisher.flush();
        assertThat(Notices.read(sent.get(0), json).notes()).extracting(Note::change)
                .containsExactly(LiveChange.ASSIGNED);
    }

    private static RequestTransitioned dispatched(long id) {
        return new RequestTransitioned(id, 2, "BX-20261125-0001", RequestKind.REPAIR, 7L, Action.DISPATCH,
                RequestStatus.CLASSIFIED, RequestStatus.DISPATCHED, 1, 3, AT, Visibility.INTERNAL);
    }

    private static void inTransaction(Runnable work, int outcome) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
                TransactionSynchronizationUtils.triggerAfterCommit();
            }
            TransactionSynchronizationUtils.triggerAfterCompletion(outcome);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private NotifyPublisher publisher(int pending) {
        LiveProperties properties = new LiveProperties(Duration.ofMillis(200), Duration.ofSeconds(20),
                Duration.ofMinutes(15), 5, 2000, 100, pending, 2);
        return new NotifyPublisher(properties, ids -> {
            lookups.add(ids);
            return ids.stream().filter(requests::containsKey).map(requests::get).toList();
        }, payload -> {
            if (databaseAway) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            sent.add(payload);
        }, json);
    }
}
