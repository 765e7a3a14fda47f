package com.estatecare.notifications.internal;

/**
 * One way out to owners (e-mail over SMTP, text or WeChat messages through the gateway, or the development sink).
 * {@link #send} returns when the server or gateway accepted the message and throws when it did not; the outbox
 * retries then. A channel may be asked to send a message twice (a crash between its answer and the commit): the
 * message's {@link Outgoing#reference()} is the same each time, for the other side to recognise it.
 */
interface OutboundChannel {

    /** A message as a channel sends it. */
    record Outgoing(long id, ContactChannel channel, MessageKind kind, String recipient, String subject, String body,
            String number, java.util.List<Attachment> attachments) {

        Outgoing(long id, ContactChannel channel, MessageKind kind, String recipient, String subject, String body,
                String number) {
            this(id, channel, kind, recipient, subject, body, number, java.util.List.of());
        }

        /** The same for every attempt of one message: {@code outbound-<id>}. */
        String reference() {
            return "outbound-" + id;
        }

        @Override
        public String toString() {
            return "Outgoing " + reference() + " by " + channel + " to " + ChannelChoice.masked(channel, recipient);
        }
    }

    /** A file an e-mail carries (the monthly report's PDF and Excel). */
    record Attachment(String filename, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "Attachment " + filename + " (" + content.length + " bytes)";
        }
    }

    ContactChannel channel();

    void send(Outgoing message);
}
