package com.estatecare.club;

import java.time.LocalDate;

/**
 * A care greeting (会员关怀) is due to a member: on their birthday ({@code BIRTHDAY}) or on the first day of a
 * holiday the greeting policy names ({@code HOLIDAY}, with its {@code holiday} name from the business calendar).
 * Published once per member, occasion and day (the sweep takes a unique key first); {@code notifications} sends it
 * by the channels the owner takes.
 */
public record ClubGreetingDue(long memberId, long companyId, String scopePath, long customerId, String occasion,
        String holiday, LocalDate onDay) {

    /** The key of this greeting, the same however often the event arrives. */
    public String key() {
        return "club-greeting:" + memberId + ":" + occasion + ":" + onDay;
    }
}
