package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.estatecare.platform.IdentityDocument;

/** The rules of {@link LogLeaks}: what counts as a full phone or ID number in a log line, and what does not. */
class LogLeaksTests {

    private static final String ID = "11010519491231002" + IdentityDocument.checkDigit("11010519491231002");

    private static List<String> found(String line) {
        return LogLeaks.inLine(line).stream().map(f -> f[0] + " " + f[1]).toList();
    }

    @Test
    void aFullMobileNumberStandingAloneIsALeakShownMasked() {
        assertThat(found("sms sent to 13912345678 ok")).containsExactly("mobile 139****5678");
        assertThat(found("phone=19900001111,")).containsExactly("mobile 199****1111");
    }

    @Test
    void aMaskedMobileNumberIsNoLeak() {
        assertThat(found("sms sent to 139****5678")).isEmpty();
    }

    @Test
    void elevenDigitsInsideALongerDigitRunAreNoMobileNumber() {
        assertThat(found("at epoch 1732612345678 id 913912345678 seq 139123456789")).isEmpty();
    }

    @Test
    void elevenDigitsThatDoNotStartWithOneThreeToNineAreNoMobileNumber() {
        assertThat(found("order 12912345678 and 10012345678")).isEmpty();
    }

    @Test
    void anIdNumberWithAValidCheckCharacterIsALeakShownMasked() {
        assertThat(found("customer " + ID + " registered")).containsExactly("id-number 1101**********" + ID.substring(14));
        String x = java.util.stream.IntStream.range(100, 1000).mapToObj(seq -> "31010119900307" + seq)
                .filter(first17 -> IdentityDocument.checkDigit(first17) == 'X').findFirst().orElseThrow() + "x";
        assertThat(found("id:" + x)).containsExactly("id-number 3101**********" + x.substring(14).toUpperCase());
    }

    @Test
    void anIdShapedNumberWithAWrongCheckCharacterIsNoIdNumber() {
        char wrong = ID.charAt(17) == '0' ? '1' : '0';
        assertThat(found("ref " + ID.substring(0, 17) + wrong)).isEmpty();
    }

    @Test
    void aMaskedIdNumberIsNoLeak() {
        assertThat(found("customer 3101**********1234")).isEmpty();
    }

    @Test
    void anIdNumberInsideALongerDigitRunIsNoIdNumber() {
        assertThat(found("trace 9" + ID + " and " + ID + "7")).isEmpty();
    }

    @Test
    void aScanNamesFileAndLineOfEachLeakAndCountsTheLinesItRead(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("a.log");
        Files.writeString(log, "started\nsent to 13800138000\nclean 138****8000\n" + ID + "\n", StandardCharsets.UTF_8);
        LogLeaks.Scan scan = LogLeaks.scan(List.of(log));
        assertThat(scan.files()).isEqualTo(1);
        assertThat(scan.lines()).isEqualTo(4);
        assertThat(scan.leaks()).extracting(Object::toString)
                .containsExactly(log + ":2 mobile 138****8000", log + ":4 id-number 1101**********" + ID.substring(14));
    }
}
