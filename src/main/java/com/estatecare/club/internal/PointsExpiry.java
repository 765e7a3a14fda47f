package com.estatecare.club.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The expiry sweep (积分过期): for every member with earnings old enough to have expired, writes the expiry entries
 * that are due ({@link PointsExpiryRule}), one member per transaction; an entry's key
 * ({@code expire:<member>:<year>}) makes a second run, or a second instance, add nothing.
 */
@Component
class PointsExpiry {

    private final JdbcClient jdbc;
    private final Ledger ledger;

    PointsExpiry(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** Returns the points expired now. */
    int sweep() {
        int expired = 0;
        for (long company : jdbc.sql("select distinct company_id from club_member order by 1").query(Long.class)
                .list()) {
            for (long member : ledger.expiring(company)) {
                expired += ledger.expire(member);
            }
        }
        return expired;
    }
}
