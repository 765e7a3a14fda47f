package com.estatecare.reporting;

import static com.estatecare.reporting.ReportFiles.download;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.reporting.ReportFiles.Download;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

/**
 * The monthly report's partner merchants (联盟商家) reach its Excel and PDF as their own section, headed in the
 * reader's language (the figures themselves: {@code ClubMerchantTests}).
 */
@EstateCareTest
class MonthlyReportMerchantsTests {

    @Autowired
    Api api;

    @TempDir
    Path dir;

    @Test
    void theExcelAndThePdfCarryThePartnerMerchantsSection() throws Exception {
        Download xlsx = download(api, "manager", "/api/v1/reports/monthly?month=2026-11&format=xlsx", false);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(ReportFiles.excelAsCsv(dir, xlsx.body(), "report")).contains("联盟商家", "合作中的联盟商家",
                "会员评价平均分");

        Download pdf = download(api, "manager", "/api/v1/reports/monthly?month=2026-11&format=pdf", true);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(ReportFiles.pdfText(dir, pdf.body(), "english")).contains("Partner merchants",
                "Average rating");
    }
}
