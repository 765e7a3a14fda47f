package com.estatecare.reporting.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** The monthly or quarterly report as an Excel workbook, written by the reports' one {@link SheetReport}. */
@Component
class ReportWorkbook {

    private final ReportLabels labels;

    ReportWorkbook(ReportLabels labels) {
        this.labels = labels;
    }

    byte[] write(MonthlyReport report, Locale locale) {
        try (SheetReport w = new SheetReport(text("report.section.kpis", locale), report.title(),
                text("report.generatedAt", locale, PdfReport.shanghai(report.generatedAt())))) {
            w.heading(text("report.section.kpis", locale));
            w.header(text("report.column.kpi", locale), text("report.column.value", locale),
                    text("report.column.numerator", locale), text("report.column.denominator", locale));
            for (MonthlyReport.Kpi kpi : report.kpis()) {
                kpi(w, kpi);
            }
            w.gap();
            w.heading(text("report.section.volumes", locale));
            for (MonthlyReport.Breakdown b : report.volumes()) {
                lines(w, b.label(), b.lines(), locale);
            }
            w.heading(text("report.section.onTime", locale));
            w.header(text("report.column.limit", locale), text("report.column.met", locale),
                    text("report.column.breached", locale), text("report.column.rate", locale));
            for (MonthlyReport.LimitRate r : report.onTime()) {
                w.line(r.label(), r.met(), r.breached(), r.rate() == null ? null : new SheetReport.Rate(r.rate()));
            }
            w.gap();
            lines(w, text("report.section.topProblems", locale), report.topProblems(), locale);
            lines(w, text("report.section.escalations", locale), report.escalations(), locale);
            w.heading(text("report.section.fines", locale));
            w.plain(text("report.fines.summary", locale, report.fines().count(),
                    PdfReport.yuan(report.fines().amountFen())));
            w.gap();
            w.heading(text("report.section.surveys", locale));
            w.header(text("report.column.survey", locale), text("report.column.answered", locale),
                    text("report.column.rated", locale), text("report.column.satisfied", locale),
                    text("report.column.satisfiedRate", locale), text("report.column.averageScore", locale));
            report.surveys().byMilestone().forEach(line -> survey(w, line));
            survey(w, report.surveys().total());
            merchants(w, report.merchants(), locale);
            w.gap();
            w.heading(text("report.section.club", locale));
            for (Object[] line : ClubSection.lines(report.club(), labels, locale)) {
                w.line(line[0], line[1] instanceof Long count ? count : new SheetReport.Rate((Double) line[1]));
            }
            if (!report.notAvailable().isEmpty()) {
                w.gap();
                w.heading(text("report.section.notAvailable", locale));
                w.header(text("report.column.kpi", locale), text("report.column.reason", locale));
                report.notAvailable().forEach(u -> w.line(u.label(), u.reason()));
            }
            w.widths(44, 5, 14);
            return w.bytes();
        }
    }

    private static void kpi(SheetReport w, MonthlyReport.Kpi kpi) {
        Object value = switch (kpi.unit()) {
            case RATE -> new SheetReport.Rate(kpi.value());
            case SCORE -> new SheetReport.Score(kpi.value());
            case COUNT -> kpi.value().longValue();
        };
        if (kpi.unit() == MonthlyReport.Unit.COUNT) {
            w.line(kpi.label(), value);
        } else {
            w.line(kpi.label(), value, kpi.numerator(), kpi.denominator());
        }
    }

    private void merchants(SheetReport w, MonthlyReport.Merchants merchants, Locale locale) {
        w.gap();
        w.heading(text("report.section.merchants", locale));
        w.header(text("report.column.item", locale), text("report.column.value", locale));
        w.line(text("report.merchants.active", locale), merchants.active());
        w.line(text("report.merchants.ratings", locale), merchants.ratings());
        w.line(text("report.merchants.average", locale), new SheetReport.Score(merchants.averageRating()));
    }

    private static void survey(SheetReport w, MonthlyReport.SurveyLine line) {
        w.line(line.label(), line.answered(), line.rated(), line.satisfied(),
                new SheetReport.Rate(line.satisfiedRate()), new SheetReport.Score(line.averageScore()));
    }

    private void lines(SheetReport w, String heading, List<MonthlyReport.Line> lines, Locale locale) {
        w.header(heading, text("report.column.count", locale));
        lines.forEach(line -> w.line(line.label(), line.count()));
        w.gap();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return labels.text(key, locale, arguments);
    }
}
