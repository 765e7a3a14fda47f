package com.estatecare.inbound.internal;

import java.util.Base64;

/** Mails as raw RFC 5322 text, for the tests of e-mail in. */
final class MailText {

    private MailText() {
    }

    static String head(String from, String subject, String messageId) {
        return "From: " + from + "\r\nTo: service@estatecare.test\r\n"
                + (messageId == null ? "" : "Message-ID: " + messageId + "\r\n") + "Subject: " + subject
                + "\r\nMIME-Version: 1.0\r\n";
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
