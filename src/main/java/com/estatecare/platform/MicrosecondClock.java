package com.estatecare.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock that tells time to the microsecond, the precision PostgreSQL keeps:
 * a moment the model holds is the moment the database stores, so a complaint
 * is never outside a window that ends at its own time.
 */
public final class MicrosecondClock extends Clock {

    private final Clock source;

    public MicrosecondClock(Clock source) {
        this.source = source;
    }

    @Override
    public Instant instant() {
        return source.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(source.withZone(zone));
    }
}
