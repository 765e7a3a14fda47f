/**
 * The business calendar: working hours per company (default Monday–Friday
 * 09:00–18:00, Asia/Shanghai), weekends, Chinese public holidays and their
 * make-up working days (调休). "Working day" in a time limit means this
 * calendar, not 24 hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Business calendar")
package com.estatecare.calendar;
