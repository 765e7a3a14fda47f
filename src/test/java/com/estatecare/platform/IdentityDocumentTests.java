package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.IdentityDocument.Type;

/** What an identity document number (证件号码) must look like, and how it is shown (SPEC §13, PIPL art. 28). */
class IdentityDocumentTests {

    @Test
    void anIdCardNumberCarriesTheGb11643CheckDigit() {
        assertThat(IdentityDocument.problem(Type.ID_CARD, "11010519491231002X")).isEmpty();
        assertThat(IdentityDocument.problem(Type.ID_CARD, "440524188001010014")).isEmpty();
        assertThat(IdentityDocument.problem(Type.ID_CARD, "110105194912310021")).contains("id-check-digit");
        assertThat(IdentityDocument.problem(Type.ID_CARD, "440524188001010015")).contains("id-check-digit");
        assertThat(IdentityDocument.checkDigit("11010519491231002")).isEqualTo('X');
    }

    @Test
    void anIdCardNumberIsEighteenCharactersWithARealBirthDate() {
        assertThat(IdentityDocument.problem(Type.ID_CARD, "1101051949123100")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.ID_CARD, "11010519491231002X1")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.ID_CARD, "1101051949123100XX")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.ID_CARD, "110105194913310021")).as("month 13").contains("id-number");
        assertThat(IdentityDocument.problem(Type.ID_CARD, "110105194902300021")).as("30 February").contains("id-number");
        assertThat(IdentityDocument.problem(Type.ID_CARD, null)).contains("id-number");
    }

    @Test
    void otherDocumentsHaveTheirOwnShapes() {
        assertThat(IdentityDocument.problem(Type.PASSPORT, "E12345678")).isEmpty();
        assertThat(IdentityDocument.problem(Type.PASSPORT, "E1")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.PASSPORT, "E1234567<")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.HK_MACAU_PERMIT, "H12345678")).isEmpty();
        assertThat(IdentityDocument.problem(Type.HK_MACAU_PERMIT, "M1234567890")).isEmpty();
        assertThat(IdentityDocument.problem(Type.HK_MACAU_PERMIT, "X12345678")).contains("id-number");
        assertThat(IdentityDocument.problem(Type.TAIWAN_PERMIT, "12345678")).isEmpty();
        assertThat(IdentityDocument.problem(Type.TAIWAN_PERMIT, "1234567")).contains("id-number");
    }

    @Test
    void aNumberIsNormalisedToUpperCaseWithoutSpacesAndDashes() {
        assertThat(IdentityDocument.normalise(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
        assertThat(IdentityDocument.normalise("e-1234 5678")).isEqualTo("E12345678");
        assertThat(IdentityDocument.parse(Type.ID_CARD, "110105-19491231-002x").number()).isEqualTo("11010519491231002X");
    }

    @Test
    void anIdCardIsMaskedToItsFirstAndLastFourAndOtherDocumentsToTheirFirstAndLastFour() {
        assertThat(new IdentityDocument(Type.ID_CARD, "11010519491231002X").masked()).isEqualTo("1101**********002X");
        assertThat(IdentityDocument.mask(Type.PASSPORT, "E12345678")).isEqualTo("E****5678");
        assertThat(IdentityDocument.mask(Type.PASSPORT, "E1234")).isEqualTo("*****");
        assertThat(IdentityDocument.mask(Type.ID_CARD, null)).isNull();
    }

    @Test
    void aDocumentNeverPrintsItsFullNumber() {
        IdentityDocument document = new IdentityDocument(Type.ID_CARD, "11010519491231002X");
        assertThat(document.toString()).isEqualTo("ID_CARD 1101**********002X").doesNotContain("19491231");
        assertThatThrownBy(() -> new IdentityDocument(Type.ID_CARD, "110105194912310021"))
                .hasMessageNotContaining("110105194912310021");
    }
}
