package com.estatecare.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an uploaded file is, as its first bytes tell it, whatever the client claims: the project's one list of the
 * types it stores (pictures, PDF, AMR voice recordings) and its one size limit for them, 10 MiB — enough for a phone
 * photo or a magazine issue. A module names the types it takes; anything else, an empty file or a bigger one is a
 * 400 problem on {@code file}.
 */
public final class FileTypes {

    /** 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String PDF = "application/pdf";
    public static final List<String> PHOTOS = List.of("image/jpeg", "image/png", "image/webp");

    private static final Map<String, byte[]> SIGNATURES = new LinkedHashMap<>();

    static {
        SIGNATURES.put("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
        SIGNATURES.put("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        SIGNATURES.put("image/webp", new byte[] { 'R', 'I', 'F', 'F' });
        SIGNATURES.put(PDF, new byte[] { '%', 'P', 'D', 'F' });
        SIGNATURES.put("audio/amr", new byte[] { '#', '!', 'A', 'M', 'R', '\n' });
    }

    private FileTypes() {
    }

    /**
     * The type of {@code bytes} if it is one of {@code accepted}; else a 400 problem on {@code file}: {@code range}
     * for an empty or too big file, {@code unsupportedReason} for any other type.
     */
    public static String detect(byte[] bytes, List<String> accepted, String unsupportedReason) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw DomainException.invalidField("file", "range", 1, MAX_BYTES);
        }
        return SIGNATURES.entrySet().stream().filter(e -> accepted.contains(e.getKey()))
                .filter(e -> bytes.length >= e.getValue().length
                        && Arrays.equals(Arrays.copyOf(bytes, e.getValue().length), e.getValue()))
                .filter(e -> !e.getKey().equals("image/webp")
                        || (bytes.length >= 12 && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> DomainException.invalidField("file", unsupportedReason));
    }
}
