package com.estatecare.reporting;

/**
 * 客服月报: a company's monthly report was generated and is to be mailed to the headquarters address of its
 * policy; its files are read with {@link MonthlyReportFiles}. Published once per company and month.
 */
public record MonthlyReportQueued(long reportId, long companyId, String scopePath, String companyName,
        String period, String recipient) {
}
