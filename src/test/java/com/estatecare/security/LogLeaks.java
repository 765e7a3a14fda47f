package com.estatecare.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.platform.IdentityDocument;
import com.estatecare.platform.PhoneNumber;

/**
 * Full phone and ID numbers in log lines: a mainland mobile number (eleven digits {@code 1[3-9]…}) or an 18-character
 * resident ID number (GB 11643: area, date of birth, sequence, a valid check character), each standing alone — not
 * part of a longer run of digits. Masked forms ({@code 139****5678}, {@code 3101**********1234}) hold no such run and
 * pass. What it reports names the number masked, so that its own report leaks nothing.
 */
public final class LogLeaks {

    /** A full number on line {@code line} (from 1) of {@code file}, shown masked. */
    public record Leak(String file, int line, String kind, String masked) {

        @Override
        public String toString() {
            return file + ":" + line + " " + kind + " " + masked;
        }
    }

    /** What a scan read and found. */
    public record Scan(int files, long lines, List<Leak> leaks) {
    }

    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<!\\d)\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?!\\d)");

    private LogLeaks() {
    }

    /** The full numbers in one line, masked, in order of kind (mobiles, then ID numbers). */
    public static List<String[]> inLine(String line) {
        List<String[]> found = new ArrayList<>();
        Matcher mobile = MOBILE.matcher(line);
        while (mobile.find()) {
            found.add(new String[] { "mobile", PhoneNumber.mask(mobile.group()) });
        }
        Matcher id = ID_NUMBER.matcher(line);
        while (id.find()) {
            String number = id.group().toUpperCase(Locale.ROOT);
            if (number.charAt(17) == IdentityDocument.checkDigit(number)) {
                found.add(new String[] { "id-number", IdentityDocument.mask(IdentityDocument.Type.ID_CARD, number) });
            }
        }
        return found;
    }

    /** Reads every line of {@code files} (UTF-8, undecodable bytes replaced) and lists each full number. */
    public static Scan scan(List<Path> files) {
        List<Leak> leaks = new ArrayList<>();
        long lines = 0;
        for (Path file : files) {
            lines += eachLine(file, (number, line) -> {
                for (String[] found : inLine(line)) {
                    leaks.add(new Leak(file.toString(), number, found[0], found[1]));
                }
            });
        }
        return new Scan(files.size(), lines, leaks);
    }

    /** Whether some line of {@code file} holds {@code marker}. */
    public static boolean holds(Path file, Pattern marker) {
        boolean[] found = { false };
        eachLine(file, (number, line) -> found[0] |= marker.matcher(line).find());
        return found[0];
    }

    private interface LineReader {
        void read(int number, String line);
    }

    private static int eachLine(Path file, LineReader lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.read(++number, line);
            }
            return number;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
