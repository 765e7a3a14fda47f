package com.estatecare.notifications.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMessage;

/** Small helpers of the outbox's tests against a mail server and a gateway. */
final class TestMail {

    private TestMail() {
    }

    static List<MimeMessage> mailsTo(MimeMessage[] received, String email) {
        return java.util.Arrays.stream(received).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String random() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
