package com.estatecare.club;

import java.time.Instant;

/**
 * A member opted in to the member magazine (订阅会刊, {@code wanted}) or out of it, by the portal ({@code PORTAL}) or
 * by staff with the channel the wish came by, having been shown the magazine's consent text of
 * {@code consentTextVersion}; published in the changing transaction. {@code privacy} records the consent (purpose
 * {@code MAGAZINE}) and audits it there.
 */
public record ClubMagazineChoiceChanged(long memberId, long companyId, String scopePath, long customerId,
        boolean wanted, String channel, String consentTextVersion, Instant at) {
}
