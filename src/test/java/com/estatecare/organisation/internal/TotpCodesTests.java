package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 codes, the skew of one step, no code twice, and the shapes of codes and secrets. */
class TotpCodesTests {

    private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private final TotpCodes codes = new TotpCodes();

    /** RFC 6238, appendix B: the seeds are ASCII digits of 20, 32 and 64 bytes for SHA-1, SHA-256 and SHA-512. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void totpMatchesRfc6238Vectors(long seconds, String sha1, String sha256, String sha512) {
        Instant at = Instant.ofEpochSecond(seconds);
        assertThat(new TotpCodes(8, "HmacSHA1").code(SECRET, at)).isEqualTo(sha1);
        assertThat(new TotpCodes(8, "HmacSHA256").code(seed(32), at)).isEqualTo(sha256);
        assertThat(new TotpCodes(8, "HmacSHA512").code(seed(64), at)).isEqualTo(sha512);
        assertThat(codes.code(SECRET, at)).isEqualTo(sha1.substring(2));
    }

    @Test
    void currentCodeIsAcceptedWithItsStep() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        assertThat(codes.matchingStep(SECRET, "005924", now, 0)).hasValue(TotpCodes.step(now));
    }

    @Test
    void usedCodeIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long used = codes.matchingStep(SECRET, "005924", now, 0).orElseThrow();
        assertThat(codes.matchingStep(SECRET, "005924", now, used)).isEmpty();
        assertThat(codes.matchingStep(SECRET, "005924", now.plusSeconds(20), used)).isEmpty();
    }

    @Test
    void codeOfOneStepEitherSideIsAccepted() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        String previous = codes.code(SECRET, now.minusSeconds(30));
        String next = codes.code(SECRET, now.plusSeconds(30));
        assertThat(codes.matchingStep(SECRET, previous, now, 0)).hasValue(TotpCodes.step(now) - 1);
        assertThat(codes.matchingStep(SECRET, next, now, 0)).hasValue(TotpCodes.step(now) + 1);
    }

    @Test
    void codeFromTwoStepsAgoIsRefused() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        assertThat(codes.matchingStep(SECRET, codes.code(SECRET, now.minusSeconds(60)), now, 0)).isEmpty();
        assertThat(codes.matchingStep(SECRET, codes.code(SECRET, now.plusSeconds(60)), now, 0)).isEmpty();
    }

    @Test
    void olderStepThanTheLastUsedIsRefusedEvenWithinTheSkew() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long current = TotpCodes.step(now);
        assertThat(codes.matchingStep(SECRET, codes.code(SECRET, now.minusSeconds(30)), now, current)).isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        assertThat(TotpCodes.wellFormed("123456")).isTrue();
        assertThat(TotpCodes.wellFormed("12345")).isFalse();
        assertThat(TotpCodes.wellFormed("1234567")).isFalse();
        assertThat(TotpCodes.wellFormed("12345a")).isFalse();
        assertThat(TotpCodes.wellFormed("１２３４５６")).as("full-width digits").isFalse();
        assertThat(TotpCodes.wellFormed("")).isFalse();
        assertThat(TotpCodes.wellFormed(null)).isFalse();
        assertThat(codes.matchingStep(SECRET, "9".repeat(500), Instant.EPOCH, 0)).isEmpty();
    }

    @Test
    void secretIsBase32BothWays() {
        assertThat(TotpCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        assertThat(TotpCodes.base32Decode(TotpCodes.base32(secret))).isEqualTo(secret);
    }

    @Test
    void uriFollowsTheKeyUriFormat() {
        assertThat(TotpCodes.uri("EstateCare", "zhang san", SECRET)).isEqualTo(
                "otpauth://totp/EstateCare:zhang%20san?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=EstateCare"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTypedLoosely() {
        String code = RecoveryCodes.next(new SecureRandom());
        assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}");
        assertThat(RecoveryCodes.normalise(code.toUpperCase().replace("-", " "))).hasValue(code.replace("-", ""));
        assertThat(RecoveryCodes.normalise("abcde-fghi0")).as("0 is not in the alphabet").isEmpty();
        assertThat(RecoveryCodes.normalise("x".repeat(500))).isEmpty();
    }

    private static byte[] seed(int length) {
        byte[] seed = new byte[length];
        for (int i = 0; i < length; i++) {
            seed[i] = (byte) ('0' + (i + 1) % 10);
        }
        return seed;
    }
}
