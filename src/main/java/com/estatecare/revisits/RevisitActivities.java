package com.estatecare.revisits;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.estatecare.organisation.CurrentUser;

/**
 * The club activities a revisit can be made during (客户活动期间回访), as the revisits module needs them: declared here
 * and implemented by the module that holds the activities ({@code club}), so that {@code revisits} never depends on
 * it (decision 051). Without an implementation no activity is found, and a revisit made during an activity is
 * refused as naming an unknown activity.
 */
public interface RevisitActivities {

    /** An activity as a revisit names it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RevisitActivity")
    record Activity(long id, long companyId, String theme, String place, Instant startsAt, Instant endsAt) {
    }

    /** The activity of that company that the caller may see and that was not cancelled; else empty. */
    Optional<Activity> find(long activityId, long companyId, CurrentUser user);

    /**
     * The company's activities that the caller may see, not cancelled, that started by {@code to} and ended no
     * earlier than {@code from}, soonest last; at most {@code limit}.
     */
    List<Activity> between(long companyId, Instant from, Instant to, int limit, CurrentUser user);
}
