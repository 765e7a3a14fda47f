package com.estatecare.escalation;

/**
 * Why a request moved up the ladder. The codes name the rule, never its
 * threshold: at which report a request climbs is {@link EscalationPolicy} data.
 */
public enum EscalationReason {
    /** The repair was reported again after the customer rejected the repair before: a complaint at the project company. */
    REPAIR_REPEATED_TO_PROJECT_COMPANY,
    /** The repair was reported again up to {@code repairs.headquartersAt}: headquarters. */
    REPAIR_REPEATED_TO_HEADQUARTERS,
    /** The same problem complained about again: the project company. */
    COMPLAINT_REPEATED_TO_PROJECT_COMPANY,
    /** The same problem complained about up to {@code complaints.headquartersAt}: headquarters. */
    COMPLAINT_REPEATED_TO_HEADQUARTERS,
    /** A breached time limit whose policy wants it: one level up. */
    TIME_LIMIT_BREACHED,
    /** A specialist handed the request to the supervisor: one level up. */
    SPECIALIST_ESCALATED
}
