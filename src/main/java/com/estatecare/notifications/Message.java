package com.estatecare.notifications;

import java.util.Objects;

import com.estatecare.platform.PhoneNumber;

/**
 * A text message to one phone, already in the recipient's language. Its text
 * may hold a secret (a sign-in code): a message is never logged, and its
 * {@link #toString()} shows the masked number only.
 */
public record Message(PhoneNumber to, String text) {

    public Message {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Message to " + to.masked();
    }
}
