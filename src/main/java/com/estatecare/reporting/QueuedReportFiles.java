package com.estatecare.reporting;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of a queued report ({@link ReportQueued}), for the e-mail that carries them. */
@Service
public class QueuedReportFiles {

    /** The report as generated: the PDF and the Excel workbook, in Chinese. */
    public record Files(String period, byte[] pdf, byte[] xlsx) {

        @Override
        public String toString() {
            return "Files " + period + " (" + pdf.length + " + " + xlsx.length + " bytes)";
        }
    }

    private final JdbcClient jdbc;

    QueuedReportFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Files> of(long reportId) {
        return jdbc.sql("select period, pdf, xlsx from report_outbox where id = :id").param("id", reportId)
                .query((rs, i) -> new Files(rs.getString("period"), rs.getBytes("pdf"), rs.getBytes("xlsx")))
                .optional();
    }
}
