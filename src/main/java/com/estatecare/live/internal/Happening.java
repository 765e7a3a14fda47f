package com.estatecare.live.internal;

import java.time.Instant;

/**
 * A change seen on this instance, waiting to be published: which request,
 * what happened, and whether its customer was told ({@code toldToCustomer}).
 */
record Happening(long requestId, LiveChange change, String action, String limit, Instant at,
        boolean toldToCustomer) {
}
