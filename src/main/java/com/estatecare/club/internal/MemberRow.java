package com.estatecare.club.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A member as stored (club_member). */
record MemberRow(long id, long companyId, String scopePath, long customerId, String number, String status,
        Instant joinedAt, Instant leftAt, LocalDate birthday, boolean greetings) {

    static final String COLUMNS = """
            id, company_id, scope_path, customer_id, number, status, joined_at, left_at, birthday, greetings""";

    boolean active() {
        return "ACTIVE".equals(status);
    }
}
