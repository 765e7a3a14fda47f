/**
 * Escalation 投诉上移制: the ladder property company → project company →
 * headquarters, climbed by rule (the same problem reported again), by a
 * specialist, or by a breached time limit; the cumulative penalty ledger
 * 累计处罚制; consultant support 顾问支持制; similar earlier requests at intake.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package com.estatecare.escalation;
