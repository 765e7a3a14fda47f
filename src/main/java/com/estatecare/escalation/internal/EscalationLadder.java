package com.estatecare.escalation.internal;

import java.util.Optional;

import com.estatecare.escalation.EscalationLevel;
import com.estatecare.requests.RequestKind;

/**
 * 投诉上移制 (seed 001, SPEC §6): the n-th repair of the same problem (the
 * customer not satisfied with the one before) becomes a complaint at the
 * project company, the next goes to headquarters; the second complaint on the
 * same problem goes to the project company, the third to headquarters.
 */
public final class EscalationLadder {

    /*
     * The codes name the rule, never its threshold: at which report a request climbs is
     * EscalationPolicy data (repairs.projectCompanyAt, repairs.headquartersAt, complaints.…).
     */
    public static final String REPAIR_REPEATED_TO_PROJECT_COMPANY = "REPAIR_REPEATED_TO_PROJECT_COMPANY";
    public static final String REPAIR_REPEATED_TO_HEADQUARTERS = "REPAIR_REPEATED_TO_HEADQUARTERS";
    public static final String COMPLAINT_REPEATED_TO_PROJECT_COMPANY = "COMPLAINT_REPEATED_TO_PROJECT_COMPANY";
    public static final String COMPLAINT_REPEATED_TO_HEADQUARTERS = "COMPLAINT_REPEATED_TO_HEADQUARTERS";
    public static final String TIME_LIMIT_BREACHED = "TIME_LIMIT_BREACHED";
    public static final String SPECIALIST_ESCALATED = "SPECIALIST_ESCALATED";

    /** Where the ladder puts a request, and the rule that says so. */
    public record Decision(EscalationLevel level, String rule) {
    }

    private EscalationLadder() {
    }

    /**
     * @param sameKindReports how many requests of this kind the chain of links holds, this one included
     */
    public static Optional<Decision> decide(RequestKind kind, int sameKindReports, EscalationPolicy policy) {
        return switch (kind) {
            case REPAIR -> decide(sameKindReports, policy.repairs(), REPAIR_REPEATED_TO_PROJECT_COMPANY,
                    REPAIR_REPEATED_TO_HEADQUARTERS);
            case COMPLAINT -> decide(sameKindReports, policy.complaints(), COMPLAINT_REPEATED_TO_PROJECT_COMPANY,
                    COMPLAINT_REPEATED_TO_HEADQUARTERS);
            default -> Optional.empty();
        };
    }

    private static Optional<Decision> decide(int reports, EscalationPolicy.Ladder ladder, String toProjectCompany,
            String toHeadquarters) {
        if (reports >= ladder.headquartersAt()) {
            return Optional.of(new Decision(EscalationLevel.HEADQUARTERS, toHeadquarters));
        }
        if (reports >= ladder.projectCompanyAt()) {
            return Optional.of(new Decision(EscalationLevel.PROJECT_COMPANY, toProjectCompany));
        }
        return Optional.empty();
    }

    /** The rules that fire because the centre failed to solve it twice, and so propose a fine (累计处罚制). */
    public static boolean failedTwice(String rule) {
        return REPAIR_REPEATED_TO_PROJECT_COMPANY.equals(rule) || REPAIR_REPEATED_TO_HEADQUARTERS.equals(rule)
                || COMPLAINT_REPEATED_TO_PROJECT_COMPANY.equals(rule)
                || COMPLAINT_REPEATED_TO_HEADQUARTERS.equals(rule);
    }
}
