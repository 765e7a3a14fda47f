package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.FieldProblem;

/** A template names only its kind's placeholders, within its length, and renders with the message's values. */
class TemplateTextTests {

    @Test
    void templateRendersItsPlaceholdersAndLeavesTheRestAlone() {
        String text = TemplateText.render("尊敬的{customer}：工单 {number}（{unit}）将于 {time} 上门，$1 \\ 不变",
                Map.of("customer", "张先生", "number", "BX-1", "unit", "1栋 1201", "time", "2026-11-27 09:30"));
        assertThat(text).isEqualTo("尊敬的张先生：工单 BX-1（1栋 1201）将于 2026-11-27 09:30 上门，$1 \\ 不变");
        assertThat(TemplateText.render("{number}/{unit}", Map.of("number", "BX-1"))).as("a value the message lacks")
                .isEqualTo("BX-1/");
        assertThat(TemplateText.render("{number}", Map.of("number", "{unit} $0"))).as("values are not templates")
                .isEqualTo("{unit} $0");
    }

    @Test
    void everyDefaultTemplateIsValidInBothLanguages() {
        for (MessageKind kind : MessageKind.templatedKinds()) {
            for (String language : MessageTemplates.LANGUAGES) {
                DefaultTemplates.Text text = DefaultTemplates.of(kind, language);
                assertThat(TemplateText.problems(kind, text.subject(), text.body())).as(kind + "/" + language).isEmpty();
            }
        }
    }

    @Test
    void templateWithAnUnknownPlaceholderIsRefusedNamingIt() {
        assertThat(TemplateText.problems(MessageKind.DISPATCHED, "工单 {number}", "上门时间 {time}"))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("body");
                    assertThat(p.reasonCode()).isEqualTo("placeholder");
                    assertThat(p.arguments()[0]).isEqualTo("time");
                });
        assertThat(TemplateText.problems(MessageKind.WARRANTY_REMINDER, "{number}", "{component}"))
                .extracting(FieldProblem::field).containsExactly("subject");
    }

    @Test
    void templateWithAStrayBraceIsRefused() {
        assertThat(TemplateText.problems(MessageKind.DISPATCHED, "工单 {number", "ok"))
                .extracting(FieldProblem::reasonCode).containsExactly("placeholder-brace");
        assertThat(TemplateText.problems(MessageKind.DISPATCHED, "ok", "{{number}}"))
                .extracting(FieldProblem::reasonCode).containsExactly("placeholder-brace");
    }

    @Test
    void templateTooLongOrEmptyIsRefused() {
        assertThat(TemplateText.problems(MessageKind.DISPATCHED, "x".repeat(TemplateText.MAX_SUBJECT + 1),
                "y".repeat(TemplateText.MAX_BODY + 1)))
                .extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("subject", "length"),
                        org.assertj.core.groups.Tuple.tuple("body", "length"));
        assertThat(TemplateText.problems(MessageKind.DISPATCHED, " ", null)).extracting(FieldProblem::reasonCode)
                .containsExactly("required", "required");
    }

    @Test
    void staffMailNamesTheStaffMemberAndTheSignInCodeIsNoTemplate() {
        assertThat(TemplateText.problems(MessageKind.STAFF_ASSIGNED, "派工 {number}", "{customer} 您好"))
                .extracting(p -> p.field()).containsExactly("body");
        assertThat(TemplateText.problems(MessageKind.STAFF_ESCALATED, "升级 {number}", "{staff}：已升级至{level}"))
                .isEmpty();
        assertThat(MessageKind.templatedKinds()).contains(MessageKind.MONTHLY_REPORT)
                .doesNotContain(MessageKind.SIGN_IN_CODE, MessageKind.WECHAT_REPLY);
    }
}
