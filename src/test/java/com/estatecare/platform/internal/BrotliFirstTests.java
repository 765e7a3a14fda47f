package com.estatecare.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The precompressed assets are answered in Brotli to any browser that takes it, wherever it lists it. */
class BrotliFirstTests {

    @Test
    void brotliIsTakenWhenListedAnywhereAndNotRefused() {
        assertThat(WebAppConfiguration.acceptsBrotli("gzip, deflate, br, zstd")).isTrue();
        assertThat(WebAppConfiguration.acceptsBrotli("BR")).isTrue();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip;q=1.0, br;q=0.5")).isTrue();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip, br;q=0")).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip, br; q=0.000")).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip, brotli")).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip")).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli("")).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli(null)).isFalse();
        assertThat(WebAppConfiguration.acceptsBrotli("gzip, ".repeat(500) + "br")).as("an unbounded header").isFalse();
    }
}
