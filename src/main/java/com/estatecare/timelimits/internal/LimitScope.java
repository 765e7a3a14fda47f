package com.estatecare.timelimits.internal;

import java.util.List;

import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RequestKind;
import com.estatecare.timelimits.TimeLimitPolicy.Limit;

/**
 * Which requests a limit applies to: its kinds, and its emergency flag, channel and categories where it names
 * them. A limit that names the request's category stands in for the limits that name none (the more specific
 * limit wins: a check-out request, 退房, keeps its own time limits instead of a consultation's).
 */
public final class LimitScope {

    private LimitScope() {
    }

    public static boolean appliesTo(Limit limit, RequestKind kind, boolean emergency, Channel channel) {
        return limit.kinds().contains(kind) && (limit.emergency() == null || limit.emergency() == emergency)
                && (limit.channel() == null || limit.channel() == channel);
    }

    /** The limits of a policy that apply to a request of this kind, category, urgency and channel. */
    public static List<Limit> applying(List<Limit> limits, RequestKind kind, Category category, boolean emergency,
            Channel channel) {
        List<Limit> matching = limits.stream().filter(limit -> appliesTo(limit, kind, emergency, channel))
                .filter(limit -> limit.categories() == null || limit.categories().isEmpty()
                        || (category != null && limit.categories().contains(category)))
                .toList();
        boolean specific = matching.stream().anyMatch(limit -> limit.categories() != null
                && !limit.categories().isEmpty());
        return specific ? matching.stream().filter(limit -> limit.categories() != null
                && !limit.categories().isEmpty()).toList() : matching;
    }
}
