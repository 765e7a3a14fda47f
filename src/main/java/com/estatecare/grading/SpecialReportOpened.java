package com.estatecare.grading;

import java.time.Instant;

/** 专题报告 — a complaint of grade 1 or 2 got a special report, to be written for headquarters. */
public record SpecialReportOpened(long reportId, long requestId, long companyId, int grade, Instant at) {
}
