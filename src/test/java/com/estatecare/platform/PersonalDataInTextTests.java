package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.PersonalDataInText.Kind;

/** Phone numbers, ID numbers and e-mail addresses typed into free text are masked for display (SPEC §13). */
class PersonalDataInTextTests {

    @Test
    void aMainlandMobileIsMaskedHoweverItIsWritten() {
        assertThat(PersonalDataInText.mask("业主电话13912345678，请回电")).isEqualTo("业主电话139****5678，请回电");
        assertThat(PersonalDataInText.mask("call 139 1234 5678 please")).isEqualTo("call 139****5678 please");
        assertThat(PersonalDataInText.mask("139-1234-5678")).isEqualTo("139****5678");
        assertThat(PersonalDataInText.mask("+86 13912345678")).isEqualTo("139****5678");
        assertThat(PersonalDataInText.find("电话：13912345678")).extracting(PersonalDataInText.Found::kind)
                .containsExactly(Kind.MOBILE);
    }

    @Test
    void aLandlineWithItsAreaCodeIsMaskedToTheAreaCodeAndLastFour() {
        assertThat(PersonalDataInText.mask("物业021-68881234转")).isEqualTo("物业021-****1234转");
        assertThat(PersonalDataInText.mask("0571 8765 4321")).isEqualTo("0571-****4321");
        assertThat(PersonalDataInText.mask("(010)62345678")).isEqualTo("010-****5678");
        assertThat(PersonalDataInText.find("021-68881234")).extracting(PersonalDataInText.Found::kind)
                .containsExactly(Kind.LANDLINE);
    }

    @Test
    void anEighteenCharacterIdNumberIsMaskedToItsFirstAndLastFour() {
        assertThat(PersonalDataInText.mask("身份证11010519491231002X已核对")).isEqualTo("身份证1101**********002X已核对");
        assertThat(PersonalDataInText.mask("id 110105194912310021.")).isEqualTo("id 1101**********0021.");
        assertThat(PersonalDataInText.find("11010519491231002x")).extracting(PersonalDataInText.Found::kind)
                .containsExactly(Kind.ID_NUMBER);
    }

    @Test
    void anEmailAddressKeepsItsFirstLetterAndDomain() {
        assertThat(PersonalDataInText.mask("邮箱 zhang.san@163.com 联系")).isEqualTo("邮箱 z***@163.com 联系");
    }

    @Test
    void requestNumbersDatesAmountsAndOtherNumbersStayAsTheyAre() {
        for (String text : new String[] { "见工单BX-20261123-0007", "TS-20260101-1234 复查", "2026-11-23 上门",
                "20261123", "费用13800元", "金额1,380,013.50元", "面积138.5平方米", "订单号139123456789012",
                "编号A13912345678", "版本1.13912345678", "房号3栋1201", "合同HT2026001234567", "价格13912345678.50",
                "1391234567", "12345678", "订单 20231212123456789012" }) {
            assertThat(PersonalDataInText.mask(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void severalPiecesInOneTextAreEachMaskedAndNullOrEmptyStayAsTheyAre() {
        assertThat(PersonalDataInText.mask("张 13912345678，李 13812345678；座机 021-68881234"))
                .isEqualTo("张 139****5678，李 138****5678；座机 021-****1234");
        assertThat(PersonalDataInText.mask(null)).isNull();
        assertThat(PersonalDataInText.mask("")).isEmpty();
        assertThat(PersonalDataInText.holdsAny("楼上漏水")).isFalse();
    }

    @Test
    void aHugeTextCostsBoundedWork() {
        String huge = "1".repeat(PersonalDataInText.MAX_LENGTH * 3);
        assertThat(PersonalDataInText.find(huge)).isEmpty();
        assertThat(PersonalDataInText.mask(huge)).hasSize(huge.length());
    }
}
