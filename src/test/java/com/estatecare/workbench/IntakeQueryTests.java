package com.estatecare.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/** What an agent types into the intake lookup, and how it is read. */
class IntakeQueryTests {

    @Test
    void lastFourDigitsAreAPhoneEnding() {
        IntakeQuery query = IntakeQuery.parse("0141");
        assertThat(query.kind()).isEqualTo(IntakeQuery.Kind.PHONE);
        assertThat(query.text()).isEqualTo("0141");
    }

    @Test
    void aWholeNumberWrittenAnyWayIsItsDigits() {
        assertThat(IntakeQuery.parse("+86 138-0013-8000").text()).isEqualTo("13800138000");
        assertThat(IntakeQuery.parse("021-6888 1234").kind()).isEqualTo(IntakeQuery.Kind.PHONE);
    }

    @Test
    void chineseNameOrItsStartIsAName() {
        assertThat(IntakeQuery.parse("林").kind()).isEqualTo(IntakeQuery.Kind.NAME);
        assertThat(IntakeQuery.parse(" 林伟 ").text()).isEqualTo("林伟");
    }

    @Test
    void unitLabelIsAUnit() {
        IntakeQuery query = IntakeQuery.parse("3-1-502");
        assertThat(query.kind()).isEqualTo(IntakeQuery.Kind.UNIT);
        assertThat(query.unit().room()).isEqualTo("502");
    }

    @Test
    void fewerThanFourDigitsOrMixedTextIsRefusedSayingWhatToType() {
        assertThat(reason("123")).isEqualTo("lookup-query");
        assertThat(reason("林伟 13800")).isEqualTo("lookup-query");
        assertThat(reason("%_%")).isEqualTo("lookup-query");
        assertThat(reason("  ")).isEqualTo("required");
        assertThat(reason("1".repeat(61))).isEqualTo("length");
    }

    @Test
    void aPhoneQueryNeverShowsItsDigits() {
        assertThat(IntakeQuery.parse("13800138000").toString()).doesNotContain("0013").contains("138****8000");
    }

    private static String reason(String q) {
        try {
            IntakeQuery.parse(q);
        } catch (DomainException e) {
            @SuppressWarnings("unchecked")
            var errors = (java.util.List<com.estatecare.platform.FieldProblem>) e.properties().get("errors");
            assertThat(errors.get(0).field()).isEqualTo("q");
            return errors.get(0).reasonCode();
        }
        throw new AssertionError("accepted: " + q);
    }

    @Test
    void refusalIsAnInvalidInputOnQ() {
        assertThatThrownBy(() -> IntakeQuery.parse("12")).isInstanceOf(DomainException.InvalidInput.class);
    }
}
