/**
 * Escalation 投诉上移制: the ladder property company → project company →
 * headquarters, climbed by rule (the same problem reported again), by a
 * specialist, or by a breached time limit. Fines (累计处罚制) live in
 * {@code accountability}, consultant support (顾问支持制) in
 * {@code consultations}, the search for similar requests in {@code requests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package com.estatecare.escalation;
