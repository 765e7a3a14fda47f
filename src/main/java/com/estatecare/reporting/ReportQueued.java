package com.estatecare.reporting;

/**
 * A company's periodic report was generated and is to be mailed to the address of its policy: the monthly report
 * (客服月报, {@code monthly-report}'s headquarters address) or the product-defect report (项目缺陷反馈,
 * {@code defect-report}'s design and engineering address). Its files are read with {@link QueuedReportFiles}.
 * Published once per company, report and period, in the transaction that stores it.
 */
public record ReportQueued(long reportId, Report report, long companyId, String scopePath, String companyName,
        String period, String recipient) {

    /** Which report: its mail's wording and its files' names follow it. */
    public enum Report {
        /** 客服月报 to headquarters (a month). */
        MONTHLY,
        /** 项目缺陷反馈 to design and engineering (a month or a quarter). */
        DEFECTS
    }
}
