package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An upload's type is what its first bytes say, within the project's one size limit. */
class FileTypesTests {

    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };

    @Test
    void aPdfIsKnownByItsFirstBytesWhateverItIsCalled() {
        assertThat(FileTypes.detect(PDF, List.of(FileTypes.PDF), "unsupported-pdf")).isEqualTo("application/pdf");
        assertThat(FileTypes.detect(PNG, FileTypes.PHOTOS, "unsupported-photo")).isEqualTo("image/png");
    }

    @Test
    void anotherTypeAnEmptyFileOrOneBeyondTenMebibytesIsRefusedOnTheFileField() {
        assertThatThrownBy(() -> FileTypes.detect(PNG, List.of(FileTypes.PDF), "unsupported-pdf"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.properties().toString())
                        .contains("file", "unsupported-pdf"));
        assertThatThrownBy(() -> FileTypes.detect(new byte[0], List.of(FileTypes.PDF), "unsupported-pdf"))
                .isInstanceOf(DomainException.class);
        byte[] big = Arrays.copyOf(PDF, (int) FileTypes.MAX_BYTES + 1);
        assertThatThrownBy(() -> FileTypes.detect(big, List.of(FileTypes.PDF), "unsupported-pdf"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.properties().toString())
                        .contains("range"));
        assertThat(FileTypes.detect(Arrays.copyOf(PDF, (int) FileTypes.MAX_BYTES), List.of(FileTypes.PDF),
                "unsupported-pdf")).isEqualTo(FileTypes.PDF);
    }
}
