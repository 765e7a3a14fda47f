/**
 * Reporting: the manager's dashboard (issue 9, SPEC §12) — volumes, on-time
 * rate, complaint grades, hotspots, escalations and fines, per period bucket
 * and organisation branch. It owns no table: each module counts over its own
 * tables ({@code RequestVolumes}, {@code OnTimeFigures}, {@code GradeFigures},
 * {@code EscalationFigures}, {@code FineFigures}) and this module checks the
 * period and the branch, lays the counts out for a chart and names the list
 * behind each bucket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package com.estatecare.reporting;
