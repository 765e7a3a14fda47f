package com.estatecare.club;

import java.time.Instant;

/**
 * A customer attended a club activity (参加活动) — the event the activities module will publish when attendance is
 * taken (by QR scan). The club earns the member the points policy's {@code attending} points for it, once per
 * activity and member; a customer who is no member earns nothing.
 */
public record ActivityAttended(long companyId, long customerId, long activityId, Instant at) {
}
