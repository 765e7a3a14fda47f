package com.estatecare.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field-level encryption of sensitive personal information (PIPL art. 28): AES-256-GCM under the active key of
 * {@code estatecare.field-encryption}, each value sealed with a fresh 96-bit nonce and the name of what it is
 * (its purpose) as associated data, so that a value copied into another column does not open; and a blind index
 * (HMAC-SHA-256 under a key of its own) for finding a value by exact match without decrypting. Every value
 * carries the id of the key that sealed it, so that keys rotate: a new key becomes active, old keys stay
 * configured until {@link #isStale stale} values have been sealed again. Neither the keys nor the values appear in
 * {@link #toString()}.
 */
public final class FieldCipher {

    /** A value as stored: the id of its key and nonce ‖ ciphertext ‖ tag. */
    public record Sealed(String keyId, byte[] data) {
        @Override
        public String toString() {
            return "Sealed[" + keyId + ", " + data.length + " bytes]";
        }
    }

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final String activeKey;
    private final Map<String, SecretKeySpec> keys = new TreeMap<>();
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param activeKey the id of the key that seals new values
     * @param keys      key id → 32 bytes in Base64 (old keys stay to open what they sealed)
     * @param indexKey  32 bytes in Base64 for the blind index (changing it means re-indexing every value)
     */
    public FieldCipher(String activeKey, Map<String, String> keys, String indexKey) {
        if (keys == null || !keys.containsKey(activeKey)) {
            throw new IllegalStateException("estatecare.field-encryption: the active key '" + activeKey
                    + "' is not among the configured keys " + (keys == null ? "[]" : keys.keySet()));
        }
        keys.forEach((id, base64) -> this.keys.put(id, new SecretKeySpec(bytes("keys." + id, base64), "AES")));
        this.activeKey = activeKey;
        this.indexKey = new SecretKeySpec(bytes("index-key", indexKey), "HmacSHA256");
    }

    private static byte[] bytes(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("estatecare.field-encryption." + name + " is not Base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException("estatecare.field-encryption." + name + " must be 32 bytes (256 bits)");
        }
        return key;
    }

    public String activeKey() {
        return activeKey;
    }

    /** Seals {@code plain} for {@code purpose} (e.g. {@code customer.id_number}) under the active key. */
    public Sealed seal(String purpose, String plain) {
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] data = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, data, NONCE, sealed.length);
            return new Sealed(activeKey, data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * Opens a value sealed for {@code purpose}; a key no longer configured, a value altered or a value of another
     * purpose fails with an {@link IllegalStateException} that names only the key id.
     */
    public String open(String purpose, Sealed sealed) {
        SecretKeySpec key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("field-encryption key '" + sealed.keyId() + "' is not configured");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.data(), 0, NONCE));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed.data(), NONCE, sealed.data().length - NONCE);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a value sealed under key '" + sealed.keyId() + "' does not open");
        }
    }

    /** Whether a value sealed under {@code keyId} should be sealed again under the active key. */
    public boolean isStale(String keyId) {
        return !activeKey.equals(keyId);
    }

    /** The blind index of {@code plain} for {@code purpose}: 64 hex digits, equal for equal values. */
    public String index(String purpose, String plain) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "FieldCipher[active=" + activeKey + ", keys=" + keys.keySet() + "]";
    }
}
