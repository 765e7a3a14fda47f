package com.estatecare.inbound.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * WeChat's callback signature (消息签名, plaintext mode): the SHA-1, in lower-case hex, of the token, the
 * timestamp and the nonce sorted as strings and joined. A signature is compared in constant time; a timestamp is
 * fresh when it lies within the replay window of the server's clock, either way.
 */
final class WechatSignature {

    private WechatSignature() {
    }

    static String of(String token, String timestamp, String nonce) {
        String joined = String.join("", Stream.of(token, timestamp, nonce).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** Whether {@code signature} signs the timestamp and nonce with the token; nothing missing or too long. */
    static boolean verifies(String token, String timestamp, String nonce, String signature) {
        if (token == null || timestamp == null || nonce == null || signature == null || signature.length() != 40
                || timestamp.length() > 12 || nonce.length() > 64) {
            return false;
        }
        return MessageDigest.isEqual(of(token, timestamp, nonce).getBytes(StandardCharsets.US_ASCII),
                signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the callback's timestamp (unix seconds) lies within {@code window} of {@code now}. */
    static boolean fresh(String timestamp, Instant now, Duration window) {
        if (timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
        return !at.isBefore(now.minus(window)) && !at.isAfter(now.plus(window));
    }
}
