package com.estatecare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Instants in JSON are the very text of ISO_INSTANT, whatever their fraction, sign of epoch or year. */
class InstantTextTests {

    private final JsonMapper json = JsonMapper.builder().addModule(new PlatformConfiguration().instantText()).build();

    private static List<Instant> samples() {
        List<Instant> samples = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59Z"),
                Instant.parse("2026-11-25T08:00:00Z"), Instant.parse("2026-11-25T08:00:00.1Z"),
                Instant.parse("2026-11-25T08:00:00.120Z"), Instant.parse("2026-11-25T08:00:00.123456Z"),
                Instant.parse("2026-11-25T08:00:00.000001Z"), Instant.parse("2026-11-25T08:00:00.000000001Z"),
                Instant.parse("2024-02-29T23:59:59.999999999Z"), Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.MIN, Instant.MAX));
        Random random = new Random(25);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L); // the years 0000 to 9999
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            samples.add(Instant.ofEpochSecond(seconds, nanos));
        }
        return samples;
    }

    @Test
    void writesWhatTheIsoInstantFormatterWrites() {
        for (Instant at : samples()) {
            assertThat(json.writeValueAsString(at)).isEqualTo("\"" + DateTimeFormatter.ISO_INSTANT.format(at) + "\"");
        }
    }

    @Test
    void replacesTheBuiltInInstantSerializer() {
        assertThat(json._serializationContext().findValueSerializer(Instant.class)).isInstanceOf(InstantText.class);
    }
}
