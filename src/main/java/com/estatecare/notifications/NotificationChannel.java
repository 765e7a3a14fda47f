package com.estatecare.notifications;

/**
 * A way out of the application to a person's phone: SMS once the channels
 * issue adds a provider; until then the development sink, which keeps the
 * messages for staff to read in the demo profile and refuses to run in the
 * production profile. Configuration chooses the one channel; without any,
 * nothing that needs one (sign-in by code) is offered.
 */
public interface NotificationChannel {

    /** Hands the message over for delivery; throws if the channel refused it. */
    void send(Message message);
}
