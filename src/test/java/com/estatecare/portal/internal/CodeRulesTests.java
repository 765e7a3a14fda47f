package com.estatecare.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.PhoneNumber;
import com.estatecare.portal.internal.CodeRules.Limit;
import com.estatecare.portal.internal.CodeRules.Refusal;
import com.estatecare.portal.internal.CodeRules.StoredCode;
import com.estatecare.portal.internal.CodeRules.Verdict;

/** The rules of one-time sign-in codes, at fixed moments (the defaults of application.yml). */
class CodeRulesTests {

    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final CodeRules rules = new CodeRules(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 5, 20);

    @Test
    void codeExpiresAfterFiveMinutes() {
        StoredCode code = issued(T0);
        assertThat(code.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(rules.verdict(code, () -> true, T0.plus(Duration.ofMinutes(5)).minusSeconds(1)))
                .isEqualTo(Verdict.ACCEPTED);
        assertThat(rules.verdict(code, () -> true, T0.plus(Duration.ofMinutes(5)))).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void codeIsSingleUse() {
        StoredCode used = new StoredCode(1, "hash", rules.expiresAt(T0), 0, T0.plusSeconds(10), null);
        assertThat(rules.verdict(used, () -> true, T0.plusSeconds(20))).isEqualTo(Verdict.USED);
    }

    @Test
    void fifthWrongCodeVoidsIt() {
        for (int wrong = 0; wrong < 4; wrong++) {
            StoredCode code = new StoredCode(1, "hash", rules.expiresAt(T0), wrong, null, null);
            assertThat(rules.verdict(code, () -> false, T0.plusSeconds(30))).as("wrong guess %d", wrong + 1)
                    .isEqualTo(Verdict.WRONG);
        }
        StoredCode fourWrong = new StoredCode(1, "hash", rules.expiresAt(T0), 4, null, null);
        assertThat(rules.verdict(fourWrong, () -> false, T0.plusSeconds(30))).isEqualTo(Verdict.WRONG_AND_VOIDED);
        assertThat(Verdict.WRONG_AND_VOIDED.countsAsWrongAttempt()).isTrue();
    }

    @Test
    void voidedCodeIsRefusedEvenWhenRight() {
        StoredCode voided = new StoredCode(1, "hash", rules.expiresAt(T0), 5, null, T0.plusSeconds(30));
        assertThat(rules.verdict(voided, () -> true, T0.plusSeconds(40))).isEqualTo(Verdict.VOIDED);
    }

    @Test
    void noCodeIsNoSignIn() {
        assertThat(rules.verdict(null, () -> true, T0)).isEqualTo(Verdict.NO_CODE);
        assertThat(Verdict.NO_CODE.countsAsWrongAttempt()).isFalse();
    }

    @Test
    void deadCodeIsNeverComparedWithTheGuess() {
        StoredCode expired = issued(T0.minus(Duration.ofHours(1)));
        assertThat(rules.verdict(expired, () -> {
            throw new AssertionError("the costly hash comparison ran for a dead code");
        }, T0)).isEqualTo(Verdict.EXPIRED);
    }

    @Test
    void secondCodeWithinAMinuteIsRefused() {
        assertThat(rules.refusal(List.of(T0), List.of(T0), T0.plusSeconds(59)))
                .contains(new Refusal(Limit.RESEND_TOO_SOON, T0.plusSeconds(60)));
        assertThat(rules.refusal(List.of(T0), List.of(T0), T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void sixthCodeWithinAnHourIsRefused() {
        List<Instant> five = IntStream.range(0, 5).mapToObj(i -> T0.plus(Duration.ofMinutes(10L * i))).toList();
        Instant now = T0.plus(Duration.ofMinutes(45));
        assertThat(rules.refusal(five, five, now)).contains(new Refusal(Limit.PHONE_HOURLY, T0.plus(Duration.ofHours(1))));
        assertThat(rules.refusal(five, five, T0.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void clientAddressIsRefusedAfterTwentyCodesAnHourWhateverThePhones() {
        List<Instant> twenty = IntStream.range(0, 20).mapToObj(i -> T0.plus(Duration.ofMinutes(i))).toList();
        Instant now = T0.plus(Duration.ofMinutes(30));
        assertThat(rules.refusal(List.of(), twenty, now))
                .contains(new Refusal(Limit.ADDRESS_HOURLY, T0.plus(Duration.ofHours(1))));
        assertThat(rules.refusal(List.of(), twenty.subList(1, 20), now)).isEmpty();
    }

    @Test
    void requestsOlderThanAnHourDoNotCount() {
        List<Instant> old = IntStream.range(0, 30).mapToObj(i -> T0.minus(Duration.ofHours(2))).toList();
        assertThat(rules.refusal(old, old, T0)).isEmpty();
    }

    @Test
    void whenSeveralLimitsRefuseTheLongestWaitIsNamed() {
        List<Instant> five = IntStream.range(0, 5).mapToObj(i -> T0.plus(Duration.ofMinutes(i))).toList();
        Instant now = T0.plus(Duration.ofMinutes(4)).plusSeconds(10);
        assertThat(rules.refusal(five, five, now)).contains(new Refusal(Limit.PHONE_HOURLY, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void codesAreSixDigitsWithTheirLeadingZeros() {
        assertThat(CodeRules.newCode(fixed(42))).isEqualTo("000042");
        assertThat(CodeRules.newCode(fixed(999_999))).isEqualTo("999999");
        SecureRandom random = new SecureRandom();
        assertThat(IntStream.range(0, 1000).mapToObj(i -> CodeRules.newCode(random))).allMatch(c -> c.matches("\\d{6}"));
        assertThat(IntStream.range(0, 1000).mapToObj(i -> CodeRules.newCode(random)).distinct().count())
                .as("never a fixed code").isGreaterThan(990);
    }

    @Test
    void phoneIsCountedByAKeyThatDoesNotHoldItsDigits() {
        PhoneNumber phone = new PhoneNumber("13800138000");
        assertThat(PortalCodes.key(phone)).hasSize(64).doesNotContain("13800138000").doesNotContain("0138000");
        assertThat(PortalCodes.subject(phone)).isEqualTo("phone:" + PortalCodes.key(phone));
        assertThat(PortalCodes.key(new PhoneNumber("13800138001"))).isNotEqualTo(PortalCodes.key(phone));
    }

    @Test
    void rulesNeedAValidityAttemptsAndCodesAnHour() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeRules(Duration.ZERO, 5, Duration.ZERO, 5, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeRules(Duration.ofMinutes(5), 0, Duration.ZERO, 5, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> new CodeRules(Duration.ofMinutes(5), 5, Duration.ZERO, 0, 20));
    }

    private StoredCode issued(Instant at) {
        return new StoredCode(1, "hash", rules.expiresAt(at), 0, null, null);
    }

    private static RandomGenerator fixed(int value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public int nextInt(int bound) {
                return value;
            }
        };
    }
}
