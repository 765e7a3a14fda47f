package com.estatecare.inbound.internal;

import java.util.Base64;

/** Mails as raw RFC 5322 text, for the tests of e-mail in. */
final class MailText {

    private MailText() {
    }

    /** Headers as mail programs write them: words beyond ASCII in RFC 2047's encoded words. */
    static String head(String from, String subject, String messageId) {
        int bracket = from.indexOf('<');
        String sender = bracket > 0 ? encoded(from.substring(0, bracket).strip()) + " " + from.substring(bracket) : from;
        return "From: " + sender + "\r\nTo: service@estatecare.test\r\n"
                + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + "Subject: " + encoded(subject)
                + "\r\nMIME-Version: 1.0\r\n";
    }

    static String encoded(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text;
        }
        try {
            return jakarta.mail.internet.MimeUtility.encodeText(text, "UTF-8", "B");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plain(String from, String subject, String messageId, String extraHeaders, String text) {
        return head(from, subject, messageId) + extraHeaders
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String withFile(String from, String subject, String messageId, String text, String filename,
            byte[] file) {
        return head(from, subject, messageId) + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + base64(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + filePart("b", filename, file)
                + "--b--\r\n";
    }

    static String filePart(String boundary, String filename, byte[] file) {
        return "--" + boundary + "\r\nContent-Type: application/octet-stream; name=\"" + filename
                + "\"\r\nContent-Disposition: attachment; filename=\"" + filename
                + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(file);
    }

    static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(bytes) + "\r\n";
    }
}
