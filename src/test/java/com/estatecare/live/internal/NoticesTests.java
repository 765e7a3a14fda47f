package com.estatecare.live.internal;

import static com.estatecare.live.internal.LiveNotes.SHANGHAI_PROJECT;
import static com.estatecare.live.internal.LiveNotes.change;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The payloads between instances stay under PostgreSQL's NOTIFY limit and lose nothing. */
class NoticesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aLargeBatchIsCutIntoPayloadsUnderTheNotifyLimitAndReadsBackWhole() {
        List<Note> notes = IntStream.rangeClosed(1, 500).mapToObj(i -> change(i, SHANGHAI_PROJECT, 2, 7L, i % 2 == 0))
                .toList();

        List<String> payloads = Notices.payloads(notes, json);

        assertThat(payloads).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000));
        List<Note> read = payloads.stream().flatMap(p -> Notices.read(p, json).notes().stream()).toList();
        assertThat(read).isEqualTo(notes);
    }

    @Test
    void aNoteTooLargeForAnyPayloadIsDroppedAndEveryoneReloads() {
        Note huge = change(1, "/1/2/" + "9/".repeat(5000), 2, 7L, true);

        List<String> payloads = Notices.payloads(List.of(change(2, SHANGHAI_PROJECT, 2, 7L, true), huge), json);

        assertThat(payloads).hasSize(2);
        assertThat(Notices.read(payloads.get(0), json).notes()).extracting(Note::requestId).containsExactly(2L);
        assertThat(Notices.read(payloads.get(1), json).reload()).isTrue();
    }

    @Test
    void nothingToSayIsNoPayload() {
        assertThat(Notices.payloads(List.of(), json)).isEmpty();
    }
}
