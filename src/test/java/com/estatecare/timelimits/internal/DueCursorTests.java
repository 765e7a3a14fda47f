package com.estatecare.timelimits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;
import com.estatecare.timelimits.ClockStatus;

/** A clock queue is paged in due order; its cursor carries the last due time and id, and nothing else is taken. */
class DueCursorTests {

    @Test
    void cursorCarriesTheLastDueTimeAndId() {
        DueCursor cursor = new DueCursor(Instant.parse("2026-11-25T02:00:00.123456Z"), 42);
        assertThat(DueCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(DueCursor.decode(null)).isNull();
    }

    @Test
    void malformedCursorIsRefused() {
        for (String bad : new String[] { "%%%", "djE6NDI", encode("d1:1:2"), encode("d1:x:0:1"),
                encode("d1:99999999999999:0:1"), "a".repeat(500) }) {
            assertThatThrownBy(() -> DueCursor.decode(bad)).as(bad).isInstanceOf(DomainException.InvalidInput.class);
        }
    }

    @Test
    void queueStatesAreReadAsAPersonReadsTheClock() {
        assertThat(ClockQueue.condition(ClockStatus.BREACHED)).contains("due_at <= :now");
        assertThat(ClockQueue.condition(ClockStatus.WARNING)).contains("warn_at <= :now", "due_at > :now");
        assertThatThrownBy(() -> new ClockQueue.Filter(java.util.Set.of(ClockStatus.MET), null, null))
                .isInstanceOf(DomainException.InvalidInput.class);
        assertThatThrownBy(() -> new ClockQueue.Filter(null, null, java.util.Collections.nCopies(101, 1L)))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
