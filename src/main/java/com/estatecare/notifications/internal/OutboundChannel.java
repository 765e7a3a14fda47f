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
            String number) {

        /** The same for every attempt of one message: {@code outbound-<id>}. */
        String reference() {
            return "outbound-" + id;
        }

        @Override
        public String toString() {
            return "Outgoing " + reference() + " by " + channel + " to " + ChannelChoice.masked(channel, recipient);
        }
    }

    ContactChannel channel();

    void send(Outgoing message);
}
