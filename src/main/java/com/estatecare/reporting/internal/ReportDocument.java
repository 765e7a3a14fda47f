package com.estatecare.reporting.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.pdf.PdfPTable;

/** The monthly or quarterly report as a PDF, written by the reports' one {@link PdfReport}. */
@Component
class ReportDocument {

    private final ReportLabels labels;
    private final PdfReport pdf;

    ReportDocument(ReportLabels labels, PdfReport pdf) {
        this.labels = labels;
        this.pdf = pdf;
    }

    byte[] write(MonthlyReport report, Locale locale) {
        PdfReport.Pages pages = pdf.open(report.title(),
                text("report.generatedAt", locale, PdfReport.shanghai(report.generatedAt())));
        pages.section(text("report.section.kpis", locale));
        PdfPTable kpis = pages.table(new float[] { 5, 2, 2, 2 }, text("report.column.kpi", locale),
                text("report.column.value", locale), text("report.column.numerator", locale),
                text("report.column.denominator", locale));
        for (MonthlyReport.Kpi kpi : report.kpis()) {
            boolean count = kpi.unit() == MonthlyReport.Unit.COUNT;
            pages.row(kpis, kpi.label(), value(kpi), count ? "" : String.valueOf(kpi.numerator()),
                    count ? "" : String.valueOf(kpi.denominator()));
        }
        pages.add(kpis);

        pages.section(text("report.section.volumes", locale));
        for (MonthlyReport.Breakdown b : report.volumes()) {
            lines(pages, b.label(), b.lines(), locale);
        }
        pages.section(text("report.section.onTime", locale));
        PdfPTable limits = pages.table(new float[] { 5, 2, 2, 2 }, text("report.column.limit", locale),
                text("report.column.met", locale), text("report.column.breached", locale),
                text("report.column.rate", locale));
        for (MonthlyReport.LimitRate r : report.onTime()) {
            pages.row(limits, r.label(), String.valueOf(r.met()), String.valueOf(r.breached()), percent(r.rate()));
        }
        pages.add(limits);
        pages.section(text("report.section.topProblems", locale));
        lines(pages, text("report.column.item", locale), report.topProblems(), locale);
        pages.section(text("report.section.escalations", locale));
        lines(pages, text("report.column.item", locale), report.escalations(), locale);
        pages.section(text("report.section.fines", locale));
        pages.paragraph(text("report.fines.summary", locale, report.fines().count(),
                PdfReport.yuan(report.fines().amountFen())));
        surveys(pages, report.surveys(), locale);
        merchants(pages, report.merchants(), locale);
        pages.section(text("report.section.club", locale));
        PdfPTable club = pages.table(new float[] { 8, 3 }, text("report.column.item", locale),
                text("report.column.value", locale));
        for (Object[] line : ClubSection.lines(report.club(), labels, locale)) {
            pages.row(club, (String) line[0], line[1] instanceof Long count ? String.valueOf(count)
                    : percent((Double) line[1]));
        }
        pages.add(club);
        if (!report.notAvailable().isEmpty()) {
            pages.section(text("report.section.notAvailable", locale));
            PdfPTable missing = pages.table(new float[] { 4, 7 }, text("report.column.kpi", locale),
                    text("report.column.reason", locale));
            report.notAvailable().forEach(u -> pages.row(missing, u.label(), u.reason()));
            pages.add(missing);
        }
        return pages.close();
    }

    private void surveys(PdfReport.Pages pages, MonthlyReport.Surveys surveys, Locale locale) {
        pages.section(text("report.section.surveys", locale));
        PdfPTable table = pages.table(new float[] { 4, 2, 2, 2, 2, 2 }, text("report.column.survey", locale),
                text("report.column.answered", locale), text("report.column.rated", locale),
                text("report.column.satisfied", locale), text("report.column.satisfiedRate", locale),
                text("report.column.averageScore", locale));
        for (MonthlyReport.SurveyLine line : surveys.byMilestone()) {
            survey(pages, table, line);
        }
        survey(pages, table, surveys.total());
        pages.add(table);
    }

    private void merchants(PdfReport.Pages pages, MonthlyReport.Merchants merchants, Locale locale) {
        pages.section(text("report.section.merchants", locale));
        PdfPTable table = pages.table(new float[] { 6, 3 }, text("report.column.item", locale),
                text("report.column.value", locale));
        pages.row(table, text("report.merchants.active", locale), String.valueOf(merchants.active()));
        pages.row(table, text("report.merchants.ratings", locale), String.valueOf(merchants.ratings()));
        pages.row(table, text("report.merchants.average", locale), score(merchants.averageRating()));
        pages.add(table);
    }

    private static void survey(PdfReport.Pages pages, PdfPTable table, MonthlyReport.SurveyLine line) {
        pages.row(table, line.label(), String.valueOf(line.answered()), String.valueOf(line.rated()),
                String.valueOf(line.satisfied()), percent(line.satisfiedRate()), score(line.averageScore()));
    }

    private void lines(PdfReport.Pages pages, String item, List<MonthlyReport.Line> lines, Locale locale) {
        PdfPTable table = pages.table(new float[] { 8, 2 }, item, text("report.column.count", locale));
        lines.forEach(l -> pages.row(table, l.label(), String.valueOf(l.count())));
        if (lines.isEmpty()) {
            pages.row(table, text("report.none", locale), "0");
        }
        pages.add(table);
    }

    private static String value(MonthlyReport.Kpi kpi) {
        if (kpi.value() == null) {
            return "—";
        }
        return switch (kpi.unit()) {
            case RATE -> percent(kpi.value());
            case SCORE -> score(kpi.value());
            case COUNT -> String.valueOf(kpi.value().longValue());
        };
    }

    static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String score(Double average) {
        return average == null ? "—" : String.format(Locale.ROOT, "%.2f", average);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return labels.text(key, locale, arguments);
    }
}
