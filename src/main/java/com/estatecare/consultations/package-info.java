/**
 * Consultant support 顾问支持制: a request asks a legal, engineering-quality,
 * planning-design, marketing or media-relations consultant for an opinion,
 * due within the escalation policy's hours; an opinion still missing at the due
 * time is overdue, and its requester and the consultant's manager are told once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package com.estatecare.consultations;
