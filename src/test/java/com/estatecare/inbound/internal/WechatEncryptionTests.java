package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.estatecare.platform.DomainException;

/**
 * WeChat's safe mode (消息加解密) as WeChat's own published sample code tests it: the sample message that its
 * Python and Java samples decrypt, with the msg_signature they verify, and the text their Java sample encrypts.
 */
class WechatEncryptionTests {

    /** WeChat's sample EncodingAESKey, token, AppIDs, timestamp, nonce and texts (WXBizMsgCrypt samples). */
    static final String SAMPLE_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String SAMPLE_TOKEN = "spamtest";
    private static final String SAMPLE_APP_ID = "wx2c2769f8efd9abc2";
    private static final String SAMPLE_TIMESTAMP = "1409735669";
    private static final String SAMPLE_NONCE = "1320562132";
    private static final String SAMPLE_MSG_SIGNATURE = "5d197aaffba7e9b25a30732f161a50dee96bd5fa";
    private static final String SAMPLE_ENCRYPTED = "hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+"
            + "LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZky"
            + "yXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X"
            + "8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1"
            + "ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=";

    @Test
    void wechatsSampleMessageVerifiesItsMsgSignatureAndDecryptsToItsXml() {
        assertThat(WechatEncryption.signature(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPTED))
                .isEqualTo(SAMPLE_MSG_SIGNATURE);
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPTED,
                SAMPLE_MSG_SIGNATURE.toUpperCase())).isTrue();

        String xml = sample(SAMPLE_APP_ID).decrypt(SAMPLE_ENCRYPTED).orElseThrow();
        WechatXml.Message message = WechatXml.parse(xml);
        assertThat(message.fromUser()).isEqualTo("oyORnuP8q7ou2gfYjqLzSIWZf0rs");
        assertThat(message.toUser()).isEqualTo("gh_10f6c3c3ac5a");
        assertThat(message.content()).isEqualTo("abcdteT");
        assertThat(message.msgId()).isEqualTo("6054768590064713728");
    }

    @Test
    void aReplyIsEncryptedAsWechatsSampleEncryptsIt() {
        WechatEncryption encryption = sample("wxb11529c136998cb6");
        assertThat(encryption.encrypt("我是中文abcd123", "aaaabbbbccccdddd".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg==");
    }

    @Test
    void aMessageEncryptedForAnotherAppIdIsRefused() {
        assertThat(sample("wx0000000000000000").decrypt(SAMPLE_ENCRYPTED)).isEmpty();
        assertThat(sample("wx2c2769f8efd9abc").decrypt(SAMPLE_ENCRYPTED)).as("a prefix of the AppID").isEmpty();
    }

    @Test
    void aMsgSignatureOfAnotherTokenTextOrNonceIsRefused() {
        assertThat(WechatEncryption.verifies("othertoken", SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPTED,
                SAMPLE_MSG_SIGNATURE)).isFalse();
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, "1320562133", SAMPLE_ENCRYPTED,
                SAMPLE_MSG_SIGNATURE)).isFalse();
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE,
                SAMPLE_ENCRYPTED.replace('h', 'H'), SAMPLE_MSG_SIGNATURE)).isFalse();
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPTED,
                SAMPLE_MSG_SIGNATURE.substring(1))).isFalse();
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, SAMPLE_ENCRYPTED, null))
                .isFalse();
        assertThat(WechatEncryption.verifies(SAMPLE_TOKEN, SAMPLE_TIMESTAMP, SAMPLE_NONCE, null,
                SAMPLE_MSG_SIGNATURE)).isFalse();
    }

    @Test
    void everyLengthIsPaddedToThirtyTwoBytesAndComesBackWhole() {
        WechatEncryption encryption = sample(SAMPLE_APP_ID);
        for (int length = 0; length <= 70; length++) {
            String text = "漏".repeat(length / 3) + "x".repeat(length % 3);
            String encrypted = encryption.encrypt(text);
            assertThat(Base64.getDecoder().decode(encrypted).length % WechatEncryption.PAD_BLOCK).isZero();
            assertThat(encryption.decrypt(encrypted)).contains(text);
        }
        assertThat(encryption.encrypt("same")).as("fresh random bytes each time").isNotEqualTo(encryption.encrypt("same"));
    }

    @Test
    void badPaddingALengthOutsideTheTextOrNoBase64IsRefused() {
        WechatEncryption encryption = sample(SAMPLE_APP_ID);
        byte[] xml = "<xml/>".getBytes(StandardCharsets.UTF_8);
        byte[] app = SAMPLE_APP_ID.getBytes(StandardCharsets.US_ASCII);
        int unpadded = 16 + 4 + xml.length + app.length;
        assertThat(encryption.decrypt(raw(body(xml.length, xml, app, 64 - unpadded, 64 - unpadded))))
                .as("well formed").contains("<xml/>");
        assertThat(encryption.decrypt(raw(body(xml.length, xml, app, 64 - unpadded, 0)))).as("pad byte 0").isEmpty();
        assertThat(encryption.decrypt(raw(body(xml.length, xml, app, 64 - unpadded, 33)))).as("pad over 32").isEmpty();
        byte[] uneven = body(xml.length, xml, app, 64 - unpadded, 64 - unpadded);
        uneven[uneven.length - 2] = 1;
        assertThat(encryption.decrypt(raw(uneven))).as("pad bytes that differ").isEmpty();
        assertThat(encryption.decrypt(raw(body(4000, xml, app, 64 - unpadded, 64 - unpadded))))
                .as("a length beyond the text").isEmpty();
        assertThat(encryption.decrypt(raw(body(-1, xml, app, 64 - unpadded, 64 - unpadded))))
                .as("a negative length").isEmpty();
        assertThat(encryption.decrypt("not base64 at all!")).isEmpty();
        assertThat(encryption.decrypt("")).isEmpty();
        assertThat(encryption.decrypt(Base64.getEncoder().encodeToString(new byte[48]))).as("not whole blocks of 32")
                .isEmpty();
    }

    @Test
    void onlyAWellFormedEncodingAesKeyMakesACipher() {
        assertThat(WechatEncryption.of(SAMPLE_KEY, SAMPLE_APP_ID)).isPresent();
        assertThat(WechatEncryption.of(SAMPLE_KEY.substring(1), SAMPLE_APP_ID)).isEmpty();
        assertThat(WechatEncryption.of(SAMPLE_KEY.substring(1) + "+", SAMPLE_APP_ID)).isEmpty();
        assertThat(WechatEncryption.of(SAMPLE_KEY, " ")).isEmpty();
        assertThat(WechatEncryption.of(null, SAMPLE_APP_ID)).isEmpty();
    }

    @Test
    void theEnvelopeGivesItsEncryptedTextAndTheSealedReplyCarriesItsSignature() {
        assertThat(WechatXml.encrypted("<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA["
                + SAMPLE_ENCRYPTED + "]]></Encrypt></xml>")).isEqualTo(SAMPLE_ENCRYPTED);
        assertThatThrownBy(() -> WechatXml.encrypted("<xml><ToUserName>gh_1</ToUserName></xml>"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WechatXml.encrypted("<xml><Encrypt>&lt;script&gt;</Encrypt></xml>"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> WechatXml.encrypted("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<xml><Encrypt>&x;</Encrypt></xml>")).isInstanceOf(DomainException.class);
        String reply = WechatXml.encryptedReply("QUJD", "sig", "1409735669", "n<1>");
        assertThat(reply).isEqualTo("<xml><Encrypt>QUJD</Encrypt><MsgSignature>sig</MsgSignature>"
                + "<TimeStamp>1409735669</TimeStamp><Nonce>n&lt;1&gt;</Nonce></xml>");
    }

    private static WechatEncryption sample(String appId) {
        return WechatEncryption.of(SAMPLE_KEY, appId).orElseThrow();
    }

    /** The plaintext of a message: 16 bytes, the length field given, the XML, the AppID, {@code pad} bytes of value. */
    private static byte[] body(int length, byte[] xml, byte[] app, int pad, int value) {
        ByteBuffer buffer = ByteBuffer.allocate(16 + 4 + xml.length + app.length + pad);
        buffer.put(new byte[16]).putInt(length).put(xml).put(app);
        for (int i = 0; i < pad; i++) {
            buffer.put((byte) value);
        }
        return buffer.array();
    }

    /** Encrypted with the sample key as WeChat would, but without its checks: for malformed plaintexts. */
    private static String raw(byte[] plain) {
        try {
            byte[] key = Base64.getDecoder().decode(SAMPLE_KEY + "=");
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
