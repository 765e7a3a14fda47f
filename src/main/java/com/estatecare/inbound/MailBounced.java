package com.estatecare.inbound;

import java.time.Instant;
import java.util.List;

/**
 * A bounce (退信) read by a company's mailbox: the recipients it names as failed, with the server's status
 * ({@code 5.1.1}) and diagnostic, and the Message-ID of the mail that bounced when the bounce returns it (the
 * outbox's own are {@code <…outbound-<id>@…>}). The bounce itself is neither answered nor registered.
 */
public record MailBounced(long companyId, String mailKey, List<Recipient> recipients, String originalMessageId,
        Instant receivedAt) {

    /** A failed recipient: the address (lower case), the status code and the diagnostic, if given. */
    public record Recipient(String address, String status, String diagnostic) {

        @Override
        public String toString() {
            int at = address.indexOf('@');
            return "Recipient " + (at <= 1 ? "***" : address.charAt(0) + "***") + address.substring(Math.max(at, 0))
                    + " " + status;
        }
    }

    public MailBounced {
        recipients = List.copyOf(recipients);
    }
}
