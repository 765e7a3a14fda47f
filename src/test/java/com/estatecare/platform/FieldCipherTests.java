package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Field-level encryption of sensitive personal information: AES-256-GCM with key ids, and a blind index. */
class FieldCipherTests {

    static final String K1 = "NZEKNZ526/dDhDJSmNIqcM1w1QSASk0EA8WnJVIQ0t8=";
    static final String K2 = "7qzL6ffHrA1mn3FDVJdzWkUCbXNShqEgYL5Eaz2dyf8=";
    static final String INDEX = "xS4Om8l8WgfWBKqZJk7EMI+aht+xaj5jK98zBQWbm90=";
    static final String NUMBER = "11010519491231002X";

    final FieldCipher cipher = new FieldCipher("k1", Map.of("k1", K1), INDEX);

    @Test
    void aSealedValueOpensToItselfAndHoldsNoTraceOfThePlainText() {
        FieldCipher.Sealed sealed = cipher.seal("customer.id_number", NUMBER);
        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(new String(sealed.data(), StandardCharsets.ISO_8859_1)).doesNotContain("19491231");
        assertThat(sealed.data()).hasSize(12 + NUMBER.length() + 16);
        assertThat(cipher.open("customer.id_number", sealed)).isEqualTo(NUMBER);
        assertThat(sealed.toString()).doesNotContain(NUMBER);
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentCipherTextsButTheSameIndex() {
        assertThat(cipher.seal("p", NUMBER).data()).isNotEqualTo(cipher.seal("p", NUMBER).data());
        assertThat(cipher.index("p", NUMBER)).isEqualTo(cipher.index("p", NUMBER)).hasSize(64);
        assertThat(cipher.index("p", NUMBER)).isNotEqualTo(cipher.index("p", "440524188001010014"));
        assertThat(cipher.index("p", NUMBER)).isNotEqualTo(cipher.index("q", NUMBER));
    }

    @Test
    void anAlteredValueOrOneOfAnotherPurposeDoesNotOpen() {
        FieldCipher.Sealed sealed = cipher.seal("customer.id_number", NUMBER);
        byte[] altered = Arrays.copyOf(sealed.data(), sealed.data().length);
        altered[20] ^= 1;
        assertThatThrownBy(() -> cipher.open("customer.id_number", new FieldCipher.Sealed("k1", altered)))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(NUMBER);
        assertThatThrownBy(() -> cipher.open("customer.phone", sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterARotationOldValuesStillOpenNewOnesUseTheNewKeyAndTheIndexStaysTheSame() {
        FieldCipher.Sealed old = cipher.seal("p", NUMBER);
        FieldCipher rotated = new FieldCipher("k2", Map.of("k1", K1, "k2", K2), INDEX);

        assertThat(rotated.open("p", old)).isEqualTo(NUMBER);
        assertThat(rotated.isStale(old.keyId())).isTrue();
        FieldCipher.Sealed fresh = rotated.seal("p", NUMBER);
        assertThat(fresh.keyId()).isEqualTo("k2");
        assertThat(rotated.isStale(fresh.keyId())).isFalse();
        assertThat(rotated.index("p", NUMBER)).isEqualTo(cipher.index("p", NUMBER));
        assertThatThrownBy(() -> cipher.open("p", fresh)).hasMessageContaining("'k2' is not configured");
    }

    @Test
    void aMissingActiveKeyOrAKeyOfTheWrongLengthStopsTheStart() {
        assertThatThrownBy(() -> new FieldCipher("k9", Map.of("k1", K1), INDEX)).hasMessageContaining("k9");
        assertThatThrownBy(() -> new FieldCipher("k1", Map.of("k1", "c2hvcnQ="), INDEX)).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FieldCipher("k1", Map.of("k1", K1), "not base64!")).hasMessageContaining("Base64");
        assertThatThrownBy(() -> new FieldCipher("", null, INDEX)).isInstanceOf(IllegalStateException.class);
        assertThat(cipher.toString()).doesNotContain(K1, INDEX);
    }
}
