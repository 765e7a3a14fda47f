package com.estatecare.live.internal;

/** What happened to a request, as the live stream names it ({@code change}). */
enum LiveChange {
    /** 受理: a new request. */
    REGISTERED,
    /** 派单: assigned to a person or department, or handed on (a second dispatch). */
    ASSIGNED,
    /** Any other step ({@code action} names it); clocks the step met or started are already updated. */
    TRANSITIONED,
    /** A time limit reached its warning point. */
    CLOCK_WARNED,
    /** A time limit passed. */
    CLOCK_BREACHED,
    /** The clocks were paused while the request waits on the customer. */
    CLOCKS_PAUSED,
    /** The clocks run again. */
    CLOCKS_RESUMED,
    /** A complaint got its grade or a new one. */
    GRADED,
    /** The request moved up the escalation ladder. */
    ESCALATED
}
