package com.estatecare.reporting.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.PdfPTable;

/** The product-defect report as PDF and Excel, written by the reports' one {@link PdfReport} and {@link SheetReport}. */
@Component
class DefectFeedbackFiles {

    private final ReportLabels labels;
    private final PdfReport pdf;

    DefectFeedbackFiles(ReportLabels labels, PdfReport pdf) {
        this.labels = labels;
        this.pdf = pdf;
    }

    byte[] pdf(DefectFeedbackReport report, Locale locale) {
        PdfReport.Pages pages = pdf.open(report.title(),
                text("report.generatedAt", locale, PdfReport.shanghai(report.generatedAt())));
        pages.paragraph(summary(report, locale));
        pages.section(text("report.defects.section.recurring", locale));
        PdfPTable recurring = pages.table(new float[] { 3, 2, 3, 4, 1.5f, 1.5f, 1.5f, 1.5f }, columns(locale));
        for (DefectFeedbackReport.Recurring r : report.recurring()) {
            pages.row(recurring, r.project(), r.building(), r.component(), r.causeLabel(), String.valueOf(r.defects()),
                    String.valueOf(r.units()), String.valueOf(r.previous()), change(r.defects() - r.previous()));
        }
        if (report.recurring().isEmpty()) {
            pages.row(recurring, text("report.none", locale), "", "", "", "", "", "", "");
        }
        pages.add(recurring);
        pages.section(text("report.defects.section.trend", locale));
        PdfPTable trend = pages.table(new float[] { 2, 2, 3, 3, 3 }, trendColumns(locale));
        for (DefectFeedbackReport.TrendMonth m : report.trend()) {
            pages.row(trend, m.month().toString().substring(0, 7), String.valueOf(m.defects()),
                    String.valueOf(m.inWarranty()), String.valueOf(m.outOfWarranty()), String.valueOf(m.undetermined()));
        }
        pages.add(trend);
        return pages.close();
    }

    byte[] xlsx(DefectFeedbackReport report, Locale locale) {
        try (SheetReport w = new SheetReport(text("report.defects.section.recurring", locale), report.title(),
                text("report.generatedAt", locale, PdfReport.shanghai(report.generatedAt())))) {
            w.plain(summary(report, locale));
            w.gap();
            w.heading(text("report.defects.section.recurring", locale));
            w.header(columns(locale));
            for (DefectFeedbackReport.Recurring r : report.recurring()) {
                w.line(r.project(), r.building(), r.component(), r.causeLabel(), r.defects(), r.units(), r.previous(),
                        r.defects() - r.previous());
            }
            w.gap();
            w.heading(text("report.defects.section.trend", locale));
            w.header(trendColumns(locale));
            for (DefectFeedbackReport.TrendMonth m : report.trend()) {
                w.line(m.month().toString().substring(0, 7), m.defects(), m.inWarranty(), m.outOfWarranty(),
                        m.undetermined());
            }
            w.widths(24, 7, 16);
            return w.bytes();
        }
    }

    private String summary(DefectFeedbackReport report, Locale locale) {
        return text("report.defects.summary", locale, report.defects(), report.units(), report.previousDefects(),
                report.recurringFrom(), report.recurringGroups());
    }

    private String[] columns(Locale locale) {
        return new String[] { text("defect.column.project", locale), text("defect.column.building", locale),
            text("defect.column.component", locale), text("defect.column.cause", locale),
            text("defect.column.defects", locale), text("defect.column.units", locale),
            text("report.defects.column.previous", locale), text("report.defects.column.change", locale) };
    }

    private String[] trendColumns(Locale locale) {
        return new String[] { text("report.defects.column.month", locale), text("report.defects.column.total", locale),
            text("defect.cause.IN_WARRANTY", locale), text("defect.cause.OUT_OF_WARRANTY", locale),
            text("defect.cause.UNDETERMINED", locale) };
    }

    private static String change(long change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return labels.text(key, locale, arguments);
    }
}
