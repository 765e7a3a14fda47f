package com.estatecare.timelimits;

import java.time.Instant;

/** A clock reached its warning point (fired once per clock). */
public record ClockWarned(long clockId, long requestId, long companyId, String limit, Instant dueAt, Instant at) {
}
