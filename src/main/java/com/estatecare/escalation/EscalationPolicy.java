package com.estatecare.escalation;

/**
 * The escalation policy (kind {@code escalation}): on which report of the same
 * problem a repair or a complaint moves to the project company and to
 * headquarters, how far back intake looks for similar requests, and how long a
 * consultant has for an opinion.
 */
public record EscalationPolicy(Ladder repairs, Ladder complaints, int similarWithinDays, int consultationHours) {

    /** The n-th request of the same problem (the chain of links, the new one included) that moves it up. */
    public record Ladder(int projectCompanyAt, int headquartersAt) {
    }

    /** SPEC §6 / seed 001 投诉上移制; 90 days and 48 hours are the centre's customary defaults. */
    public static EscalationPolicy defaults() {
        return new EscalationPolicy(new Ladder(3, 4), new Ladder(2, 3), 90, 48);
    }
}
