package com.estatecare.inbound.internal;

import java.util.List;
import java.util.Optional;

/**
 * Where a mail goes (the rules of e-mail in, docs/channels-in.md), decided from what is known of it: never answered
 * nor registered when a machine sent it; held back beyond the sender's hourly allowance; a reply on the request it
 * names when that request is the sender's; a new request when the sender is one known customer and names no
 * request; the triage list otherwise.
 */
sealed interface MailRoute {

    /** Sent by a machine (auto-reply, bulk, bounce): kept in the mail's log only. */
    record Ignored(String reason) implements MailRoute {
    }

    /** Beyond the sender's allowance of the hour: kept in the mail's log only, the original stays in the mailbox. */
    record Limited() implements MailRoute {
    }

    record Reply(long requestId) implements MailRoute {
    }

    record NewRequest(long customerId) implements MailRoute {
    }

    record Triaged(String reason) implements MailRoute {
    }

    /** A request a mail names, as far as the rules need it: whose it is. */
    record Named(long requestId, Long customerId) {
    }

    static MailRoute decide(IncomingMail mail, int fromSenderThisHour, MailIntakePolicy policy, List<Long> senders,
            List<String> numbers, List<Named> named) {
        if (mail.automatic() != null) {
            return new Ignored(mail.automatic());
        }
        if (mail.from() != null && fromSenderThisHour >= policy.perSenderPerHour()) {
            return new Limited();
        }
        if (mail.unreadable()) {
            return new Triaged("UNREADABLE");
        }
        if (mail.from() == null || senders.isEmpty()) {
            return new Triaged("UNKNOWN_SENDER");
        }
        if (senders.size() > 1) {
            return new Triaged("AMBIGUOUS_SENDER");
        }
        long customer = senders.get(0);
        if (numbers.isEmpty()) {
            return new NewRequest(customer);
        }
        Optional<Named> theirs = named.stream().filter(n -> Long.valueOf(customer).equals(n.customerId())).findFirst();
        return theirs.<MailRoute>map(n -> new Reply(n.requestId())).orElse(new Triaged("REQUEST_NOT_THEIRS"));
    }
}
