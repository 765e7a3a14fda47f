package com.estatecare.club;

import java.time.Instant;
import java.util.List;

/**
 * An issue of the member magazine (会刊) was published, once: {@code customerIds} are the members who had opted in to
 * it at that moment. Published in the publishing transaction (its persisted publication is the outbox); the
 * notifications module puts it in each of their inboxes under the key {@link #key()}, and mails it with its PDF to
 * those who take e-mail under {@link #mailKey}, so that a redelivery — after a restart, say — adds nothing.
 */
public record ClubMagazinePublished(long issueId, long companyId, String scopePath, int number, String title,
        List<Long> customerIds, Instant at) {

    /** The key of this issue's sending, the same however often the event arrives. */
    public String key() {
        return "club-magazine:" + issueId;
    }

    /** The key of this issue's e-mail to one member, the same however often the event arrives. */
    public String mailKey(long customerId) {
        return "club-magazine:" + issueId + ":" + customerId;
    }
}
