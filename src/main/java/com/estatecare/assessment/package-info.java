/**
 * Staff assessment (考核, SPEC §7): per person and month or quarter, the figures their work left in the other
 * modules' tables — satisfaction of the requests they handled, on-time rate of those requests' clocks, complaint
 * results, revisit coverage, reopen rate, fines — counted in SQL and rolled up per team; and each person's
 * training records (培训记录). It only reads what it does not own (decision 031).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package com.estatecare.assessment;
