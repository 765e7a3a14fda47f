package com.estatecare.inbound.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message encryption (安全模式, 消息加解密): the EncodingAESKey (43 characters) is the Base64 of a 32-byte
 * AES-256 key, whose first 16 bytes are the CBC initialisation vector. A message is 16 random bytes, its length as
 * 4 bytes (big-endian), the XML in UTF-8 and the official account's AppID, padded by PKCS#7 to a multiple of
 * 32 bytes (not AES's 16), encrypted and Base64-encoded; {@code msg_signature} is the SHA-1 of the token, the
 * timestamp, the nonce and that Base64 text, sorted and joined. Written with the JDK's {@code javax.crypto}: it is
 * the well-kept library here (decision 042); WeChat's published sample vectors are its tests.
 * <p>
 * Every failure is the same empty answer: the caller refuses the message without saying which check failed, and
 * checks {@code msg_signature} first, so a tampered text is never decrypted (no padding oracle).
 */
final class WechatEncryption {

    /** WeChat pads to 32 bytes. */
    static final int PAD_BLOCK = 32;
    private static final int RANDOM_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final IvParameterSpec iv;
    private final byte[] appId;

    private WechatEncryption(byte[] key, String appId) {
        this.key = new SecretKeySpec(key, "AES");
        this.iv = new IvParameterSpec(Arrays.copyOf(key, 16));
        this.appId = appId.getBytes(StandardCharsets.UTF_8);
    }

    /** The account's cipher; empty when the EncodingAESKey is not 43 letters and digits or the AppID is blank. */
    static Optional<WechatEncryption> of(String encodingAesKey, String appId) {
        if (!validKey(encodingAesKey) || appId == null || appId.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new WechatEncryption(Base64.getDecoder().decode(encodingAesKey + "="), appId));
    }

    /**
     * Whether an EncodingAESKey is well formed: 43 letters and digits (WeChat draws them from a–z, A–Z and 0–9), the
     * Base64 of 32 bytes.
     */
    static boolean validKey(String encodingAesKey) {
        return encodingAesKey != null && encodingAesKey.matches("[A-Za-z0-9]{43}");
    }

    /** {@code msg_signature}: the SHA-1, in lower-case hex, of the four values sorted as strings and joined. */
    static String signature(String token, String timestamp, String nonce, String encrypted) {
        String joined = String.join("", Stream.of(token, timestamp, nonce, encrypted).sorted().toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }

    /** Whether {@code msgSignature} signs the encrypted text, compared in constant time; nothing missing. */
    static boolean verifies(String token, String timestamp, String nonce, String encrypted, String msgSignature) {
        if (token == null || timestamp == null || nonce == null || encrypted == null || msgSignature == null
                || msgSignature.length() != 40) {
            return false;
        }
        return MessageDigest.isEqual(signature(token, timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII),
                msgSignature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The XML inside an encrypted text; empty when it is not Base64, not whole blocks, badly padded, its length
     * field points outside it, or it was encrypted for another AppID.
     */
    Optional<String> decrypt(String encrypted) {
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (sealed.length == 0 || sealed.length % PAD_BLOCK != 0) {
            return Optional.empty();
        }
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, iv);
            plain = cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > PAD_BLOCK) {
            return Optional.empty();
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                return Optional.empty();
            }
        }
        int end = plain.length - pad;
        if (end < RANDOM_BYTES + 4) {
            return Optional.empty();
        }
        int length = ByteBuffer.wrap(plain, RANDOM_BYTES, 4).getInt();
        int xmlStart = RANDOM_BYTES + 4;
        if (length < 0 || length > end - xmlStart) {
            return Optional.empty();
        }
        byte[] from = Arrays.copyOfRange(plain, xmlStart + length, end);
        if (!MessageDigest.isEqual(from, appId)) {
            return Optional.empty();
        }
        return Optional.of(new String(plain, xmlStart, length, StandardCharsets.UTF_8));
    }

    /** The XML encrypted for WeChat, with 16 fresh random bytes in front. */
    String encrypt(String xml) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return encrypt(xml, random);
    }

    /** The XML encrypted behind the given 16 bytes (WeChat's sample vectors give them). */
    String encrypt(String xml, byte[] random) {
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("WeChat's encryption starts with 16 random bytes");
        }
        byte[] text = xml.getBytes(StandardCharsets.UTF_8);
        int unpadded = RANDOM_BYTES + 4 + text.length + appId.length;
        int pad = PAD_BLOCK - unpadded % PAD_BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        plain.put(random).putInt(text.length).put(text).put(appId);
        for (int i = 0; i < pad; i++) {
            plain.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, iv);
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is part of every JDK", e);
        }
    }
}
