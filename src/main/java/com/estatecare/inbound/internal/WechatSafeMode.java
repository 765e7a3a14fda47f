package com.estatecare.inbound.internal;

import com.estatecare.platform.DomainException;

/**
 * The safe mode (安全模式) of a callback, after its {@code signature} and timestamp were verified: which mode the
 * message comes in, the message opened ({@code msg_signature} over the encrypted text first, then decrypted, the
 * AppID inside checked), and the passive reply sealed the same way. An account with an EncodingAESKey takes
 * encrypted messages only, and one without takes none; either mismatch, a wrong {@code msg_signature}, a text that
 * does not decrypt or was encrypted for another AppID is refused with 403 before anything is stored.
 */
final class WechatSafeMode {

    private WechatSafeMode() {
    }

    /** Whether the message is encrypted: {@code encrypt_type=aes}; absent or {@code raw} is plaintext. */
    static boolean encrypted(WechatAccounts.Account account, String encryptType) {
        boolean aes;
        if (encryptType == null || encryptType.isEmpty() || "raw".equals(encryptType)) {
            aes = false;
        } else if ("aes".equals(encryptType)) {
            aes = true;
        } else {
            throw DomainException.invalidField("encrypt_type", "malformed");
        }
        if (aes != account.safeMode()) {
            throw DomainException.forbidden("wechat-mode");
        }
        return aes;
    }

    /** The message's XML inside the envelope, or 403 (the same answer as a wrong signature). */
    static String opened(WechatAccounts.Account account, String timestamp, String nonce, String msgSignature,
            String envelope) {
        String encrypted = WechatXml.encrypted(envelope);
        if (!WechatEncryption.verifies(account.token(), timestamp, nonce, encrypted, msgSignature)) {
            throw DomainException.forbidden("wechat-signature");
        }
        return account.encryption().decrypt(encrypted)
                .orElseThrow(() -> DomainException.forbidden("wechat-signature"));
    }

    /** The passive reply encrypted and signed with the callback's timestamp and nonce. */
    static String sealed(WechatAccounts.Account account, String timestamp, String nonce, String replyXml) {
        String encrypted = account.encryption().encrypt(replyXml);
        return WechatXml.encryptedReply(encrypted,
                WechatEncryption.signature(account.token(), timestamp, nonce, encrypted), timestamp, nonce);
    }
}
