/**
 * Reporting: the manager's dashboard (issue 9, SPEC §12) — volumes, on-time
 * rate, complaint grades, hotspots, escalations and fines, per period bucket
 * and organisation branch; the monthly customer-service report (客服月报) and the
 * quarterly evaluation report (季度评估报告) with their survey satisfaction; and
 * the periodic product-defect report for design and engineering (项目缺陷反馈).
 * Each module counts over its own tables ({@code RequestVolumes}, {@code OnTimeFigures},
 * {@code GradeFigures}, {@code EscalationFigures}, {@code FineFigures}, {@code SurveyFigures},
 * {@code DefectFeedback}, …) and this module checks the period and the branch, lays
 * the counts out, writes the Excel and PDF files and queues the reports that go by
 * e-mail in its one table, {@code report_outbox} (decisions 019 and 036).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package com.estatecare.reporting;
