package com.estatecare.hotline;

import java.time.Duration;

/**
 * The regulator's deadlines for a forwarded hotline case, in working days of the company's business calendar from
 * the time the hotline forwarded it: contact the citizen ({@code contactWorkingDays}), send the hotline the reply
 * ({@code replyWorkingDays}); a deadline warns {@code warnBefore} of working time before it falls due. A case that
 * states other deadlines overrides them when it is registered.
 */
public record HotlinePolicy(int contactWorkingDays, int replyWorkingDays, Duration warnBefore) {

    /** Contact within 1 working day, reply within 5 (the usual 12345 rules), warn 2 working hours before. */
    public static HotlinePolicy defaults() {
        return new HotlinePolicy(1, 5, Duration.ofHours(2));
    }
}
