package com.estatecare.club;

import java.time.Instant;
import java.util.List;

/**
 * A club activity was cancelled (活动取消): each member signed up for it, confirmed or waiting, is told — in their
 * portal inbox and by the channels they take — once per member and activity, however often the event arrives.
 */
public record ActivityCancelled(long companyId, String scopePath, long activityId, String theme, Instant startsAt,
        List<Long> customerIds, Instant at) {

    public ActivityCancelled {
        customerIds = List.copyOf(customerIds);
    }

    /** The key of this cancellation, the same however often the event arrives (an activity is cancelled once). */
    public String key() {
        return "club-activity-cancelled:" + activityId;
    }

    /** The key of one member's message of this cancellation. */
    public String key(long customerId) {
        return key() + ":" + customerId;
    }
}
