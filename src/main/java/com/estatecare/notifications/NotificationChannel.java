package com.estatecare.notifications;

/**
 * A way out of the application to a person's phone: the outbox's SMS channel (the HTTP gateway, or the
 * development sink in the demo profile, which the production profile refuses). Without either, nothing that needs
 * one (sign-in by code) is offered.
 */
public interface NotificationChannel {

    /** Whether a text can leave at all (a gateway or the development sink is configured). */
    boolean available();

    /** Queues the message in the outbox and sends it at once; a failed send is retried by the outbox. */
    void send(Message message);
}
