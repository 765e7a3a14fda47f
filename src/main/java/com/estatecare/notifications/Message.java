package com.estatecare.notifications;

import java.util.Objects;

import com.estatecare.platform.PhoneNumber;

/**
 * A text message to one phone, already in the recipient's language ({@code zh-CN} or {@code en}), for a company
 * (whose staff see it in the outbox, masked). Its text may hold a secret (a sign-in code): a message is never
 * logged, and its {@link #toString()} shows the masked number only.
 */
public record Message(PhoneNumber to, String text, long companyId, String scopePath, String language) {

    public Message {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scopePath, "scopePath");
        language = "en".equals(language) ? "en" : "zh-CN";
    }

    @Override
    public String toString() {
        return "Message to " + to.masked();
    }
}
