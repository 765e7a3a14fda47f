package com.estatecare.club;

import java.time.Instant;

/**
 * An owner joined the customer club (入会), by the portal or by staff on their behalf, having been shown the club's
 * consent text of {@code consentTextVersion}; published in the joining transaction. {@code privacy} records the
 * consent (purpose {@code CLUB}, by {@code consentChannel}) and audits it in that transaction.
 *
 * @param consentChannel {@code PORTAL} when the owner joined themselves, else how staff took the consent
 *                       ({@code PHONE}, {@code PAPER}, {@code ON_SITE}, …)
 */
public record ClubMemberJoined(long memberId, long companyId, String scopePath, long customerId, String number,
        String consentChannel, String consentTextVersion, Instant at) {
}
