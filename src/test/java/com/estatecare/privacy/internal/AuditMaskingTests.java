package com.estatecare.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** What an audit entry keeps of a personal value: masked in the entry itself (SPEC §13). */
class AuditMaskingTests {

    @Test
    void aPhoneNumberIsKeptAsTheScreensShowIt() {
        assertThat(AuditMasking.mask("phone", "13800138000")).isEqualTo("138****8000");
        assertThat(AuditMasking.mask("phone", "138 0013 8000")).isEqualTo("138****8000");
        assertThat(AuditMasking.mask("phone", "02168881234")).isEqualTo("*******1234");
    }

    @Test
    void anEmailKeepsItsFirstLetterAndDomainAndAWechatIdNothing() {
        assertThat(AuditMasking.mask("email", "qian@example.com")).isEqualTo("q***@example.com");
        assertThat(AuditMasking.mask("wechat", "qian_wx_2024")).isEqualTo("******");
    }

    @Test
    void digitsTypedIntoAnyOtherTextKeepOnlyTheirLastFour() {
        assertThat(AuditMasking.mask("note", "请拨 13800138000 或身份证 310101199001011234 联系"))
                .isEqualTo("请拨 *******8000 或身份证 **************1234 联系")
                .doesNotContain("13800138000");
        assertThat(AuditMasking.mask("name", "钱文华 3栋 1803")).isEqualTo("钱文华 3栋 1803");
    }

    @Test
    void aLongTextIsCutSoTheLogDoesNotKeepASecondCopy() {
        assertThat(AuditMasking.text("长".repeat(10_000))).hasSize(AuditMasking.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void everyFieldOfAChangeIsMaskedByItsName() {
        assertThat(AuditMasking.mask(Map.of("phone", "13900005222", "name", "钱文华")))
                .containsEntry("phone", "139****5222").containsEntry("name", "钱文华");
    }
}
