package com.estatecare.club;

import java.time.Instant;

/**
 * A member waiting for a club activity got a place (候补转正): a confirmed member cancelled and the first in line
 * took the place. {@code notifications} tells them in their inbox, once per confirmation.
 */
public record ActivityPlaceConfirmed(long companyId, long activityId, long signUpId, long customerId, String theme,
        Instant startsAt, Instant at) {

    /** The key of this confirmation, the same however often the event arrives. */
    public String key() {
        return "club-activity-place:" + signUpId + ":" + at.toEpochMilli();
    }
}
