package com.estatecare.timelimits.internal;

import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;

/** Which requests a limit applies to: its kinds, and its emergency flag and channel where it names one. */
public final class LimitScope {

    private LimitScope() {
    }

    public static boolean appliesTo(Limit limit, RequestKind kind, boolean emergency, Channel channel) {
        return limit.kinds().contains(kind) && (limit.emergency() == null || limit.emergency() == emergency)
                && (limit.channel() == null || limit.channel() == channel);
    }
}
