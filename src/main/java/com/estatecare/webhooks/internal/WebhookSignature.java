package com.estatecare.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery: {@code EstateCare-Signature: t=<unix seconds>,v1=<hex>}, where {@code v1} is the
 * HMAC-SHA256, keyed with the subscription's secret, of {@code <t>.<body>} (the timestamp, a dot, the raw body).
 * A receiver recomputes it, compares in constant time and refuses a timestamp too far from its clock (replays).
 */
final class WebhookSignature {

    static final String HEADER = "EstateCare-Signature";

    private WebhookSignature() {
    }

    /** The header's value for {@code body} sent at {@code epochSeconds}. */
    static String header(String secret, long epochSeconds, String body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
    }

    /** Whether {@code header} signs {@code body} with {@code secret}, at most {@code toleranceSeconds} from now. */
    static boolean verify(String secret, String header, String body, long nowEpochSeconds, long toleranceSeconds) {
        if (header == null) {
            return false;
        }
        Long t = null;
        String v1 = null;
        for (String part : header.split(",", 4)) {
            if (part.startsWith("t=") && part.length() < 22) {
                t = parse(part.substring(2));
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || Math.abs(nowEpochSeconds - t) > toleranceSeconds) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    private static Long parse(String digits) {
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
