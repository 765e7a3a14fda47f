package com.estatecare.notifications.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over SMTP ({@code spring.mail.*}, docs/channels.md). Each mail carries {@code Auto-Submitted:
 * auto-generated} (RFC 3834: mail systems do not answer it with an auto-reply) and a Message-ID made of the
 * request's number and the outbox row, the same on every attempt; files (the monthly report's) as attachments.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class SmtpChannel implements OutboundChannel {

    private final JavaMailSenderImpl mail;
    private final OutboundProperties properties;

    SmtpChannel(JavaMailSenderImpl mail, OutboundProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.EMAIL;
    }

    @Override
    public void send(Outgoing message) {
        String messageId = messageId(message, domain());
        MimeMessage mime = new MimeMessage(mail.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            mime.setFrom(new InternetAddress(properties.email().from()));
            mime.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            if (message.attachments().isEmpty()) {
                mime.setText(message.body(), StandardCharsets.UTF_8.name());
            } else {
                MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
                helper.setText(message.body(), false);
                for (Attachment file : message.attachments()) {
                    helper.addAttachment(file.filename(), new ByteArrayResource(file.content()), file.contentType());
                }
            }
            mime.setHeader("Auto-Submitted", "auto-generated");
            if (message.number() != null) {
                mime.setHeader("X-EstateCare-Request", message.number());
            }
        } catch (MessagingException e) {
            throw new MailSendException("the message could not be written: " + e.getMessage());
        }
        mail.send(mime);
    }

    /**
     * {@code <BX-20261126-0001.outbound-42@example.com>}: the request's number first, so that a reply's
     * {@code In-Reply-To} or {@code References} names the request it answers (e-mail in, docs/channels-in.md).
     */
    static String messageId(Outgoing message, String domain) {
        String number = message.number() == null || !message.number().matches("[A-Z]{2}-\\d{8}-\\d{1,9}") ? ""
                : message.number() + ".";
        return "<" + number + message.reference() + "@" + domain + ">";
    }

    private String domain() {
        String from = properties.email().from();
        int at = from.lastIndexOf('@');
        return at < 0 ? "estatecare.local" : from.substring(at + 1).replace(">", "");
    }
}
