package com.estatecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.escalation.EscalationReason;
import com.estatecare.grading.GradeReason;

/**
 * The codes of the rules that decide a grade or move a request up the ladder are stored, published and shown to
 * clients; the thresholds behind them are policy data an administrator changes. A code that spells out a number
 * ({@code COLLECTIVE_FIVE}) would lie as soon as the threshold is four.
 */
class ReasonCodesTests {

    private static final Set<String> NUMBER_WORDS = Set.of("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN",
            "EIGHT", "NINE", "TEN", "FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "DAY", "DAYS", "WEEK", "WEEKS",
            "MONTH", "MONTHS");

    @Test
    void reasonCodesNameTheRuleNotItsDefaultThreshold() {
        List<String> codes = new ArrayList<>();
        Arrays.stream(GradeReason.values()).map(Enum::name).forEach(codes::add);
        codes.addAll(ladderCodes());

        assertThat(codes).contains("COLLECTIVE_MAJOR", "REPAIR_REPEATED_TO_PROJECT_COMPANY");
        assertThat(codes).allSatisfy(code -> assertThat(code.split("_")).as(code)
                .noneMatch(word -> NUMBER_WORDS.contains(word) || word.chars().anyMatch(Character::isDigit)));
    }

    /** Every reason code the ladder declares, read from its enum so that a new one is checked too. */
    private static List<String> ladderCodes() {
        return Arrays.stream(EscalationReason.values()).map(Enum::name).toList();
    }
}
