package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** WeChat's callback signature and replay window, as the official account's documentation describes them. */
class WechatSignatureTests {

    private static final String TOKEN = "estatecare123";
    /** sha1("1764000000" + "8f14e45f" + "estatecare123"), the three sorted, worked out with Python's hashlib. */
    private static final String SIGNED = "228f2e831a893c2dff59d4bb56860dadc0a0ddc6";
    private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);

    @Test
    void signatureIsTheSha1OfTheSortedTokenTimestampAndNonce() {
        assertThat(WechatSignature.of(TOKEN, "1764000000", "8f14e45f")).isEqualTo(SIGNED);
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "8f14e45f", SIGNED)).isTrue();
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "8f14e45f", SIGNED.toUpperCase())).isTrue();
    }

    @Test
    void wechatCallbackWithWrongSignatureIsRefused() {
        assertThat(WechatSignature.verifies("another-token", "1764000000", "8f14e45f", SIGNED)).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, "1764000001", "8f14e45f", SIGNED)).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "8f14e45e", SIGNED)).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "8f14e45f", SIGNED.substring(1) + "0")).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "8f14e45f", null)).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, null, "8f14e45f", SIGNED)).isFalse();
        assertThat(WechatSignature.verifies(TOKEN, "1764000000", "n".repeat(65), SIGNED)).isFalse();
    }

    @Test
    void callbackOlderOrNewerThanTheReplayWindowIsNotFresh() {
        Duration window = Duration.ofMinutes(5);
        assertThat(WechatSignature.fresh("1764000000", NOW, window)).isTrue();
        assertThat(WechatSignature.fresh("1763999700", NOW, window)).isTrue();
        assertThat(WechatSignature.fresh("1763999699", NOW, window)).isFalse();
        assertThat(WechatSignature.fresh("1764000301", NOW, window)).isFalse();
        assertThat(WechatSignature.fresh("-1", NOW, window)).isFalse();
        assertThat(WechatSignature.fresh("9".repeat(13), NOW, window)).isFalse();
        assertThat(WechatSignature.fresh("abc", NOW, window)).isFalse();
        assertThat(WechatSignature.fresh(null, NOW, window)).isFalse();
    }
}
