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

    /**
     * A delivery status notification (RFC 3464) as a mail server writes it: the failed recipients' groups, and the
     * returned headers with the Message-ID of the mail that bounced (none when {@code originalId} is null).
     */
    static String bounce(String messageId, String originalId, String... recipientGroups) {
        StringBuilder raw = new StringBuilder(head("Mail Delivery System <MAILER-DAEMON@mx.example.com>",
                "Undelivered Mail Returned to Sender", messageId));
        raw.append("Auto-Submitted: auto-replied\r\n")
                .append("Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n")
                .append("--r\r\nContent-Type: text/plain; charset=US-ASCII\r\n\r\nYour message could not be delivered.\r\n")
                .append("--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n");
        for (String group : recipientGroups) {
            raw.append("\r\n").append(group.replace("\n", "\r\n")).append("\r\n");
        }
        if (originalId != null) {
            raw.append("--r\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: noreply@estatecare.local\r\n")
                    .append("Message-ID: ").append(originalId).append("\r\nSubject: x\r\n");
        }
        return raw.append("--r--\r\n").toString();
    }

    /** One recipient's group of a delivery status: {@code failed} or {@code delayed}. */
    static String recipient(String address, String action, String status) {
        return "Final-Recipient: rfc822; " + address + "\nAction: " + action + "\nStatus: " + status
                + "\nDiagnostic-Code: smtp; 550 " + status + " <" + address + ">: Recipient address rejected";
    }
}
