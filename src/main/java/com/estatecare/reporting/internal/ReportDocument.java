package com.estatecare.reporting.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The monthly report as a PDF (OpenPDF), its Chinese drawn with the Noto Sans
 * SC font bundled in the jar (fonts/, SIL Open Font License 1.1, from
 * tools/pdf-font): only the glyphs used are embedded, so a reader needs no
 * font of their own.
 */
@Component
class ReportDocument {

    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportLabels labels;
    private volatile BaseFont font;

    ReportDocument(ReportLabels labels) {
        this.labels = labels;
    }

    static String shanghai(Instant at) {
        return MINUTE.format(at.atZone(com.estatecare.platform.ReportPeriod.ZONE));
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    byte[] write(MonthlyReport report, Locale locale) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(report.title());
        document.addCreator("EstateCare");
        document.open();
        Paragraph top = new Paragraph(report.title(), title);
        top.setAlignment(Element.ALIGN_CENTER);
        document.add(top);
        document.add(new Paragraph(text("report.generatedAt", locale, shanghai(report.generatedAt())), body));

        section(document, text("report.section.kpis", locale), heading);
        PdfPTable kpis = table(body, new float[] { 5, 2, 2, 2 }, text("report.column.kpi", locale),
                text("report.column.value", locale), text("report.column.numerator", locale),
                text("report.column.denominator", locale));
        for (MonthlyReport.Kpi kpi : report.kpis()) {
            boolean count = kpi.unit() == MonthlyReport.Unit.COUNT;
            cells(kpis, body, kpi.label(), value(kpi), count ? "" : String.valueOf(kpi.numerator()),
                    count ? "" : String.valueOf(kpi.denominator()));
        }
        document.add(kpis);

        section(document, text("report.section.volumes", locale), heading);
        for (MonthlyReport.Breakdown b : report.volumes()) {
            document.add(lines(body, b.label(), text("report.column.count", locale), b.lines(), locale));
        }
        section(document, text("report.section.onTime", locale), heading);
        PdfPTable limits = table(body, new float[] { 5, 2, 2, 2 }, text("report.column.limit", locale),
                text("report.column.met", locale), text("report.column.breached", locale),
                text("report.column.rate", locale));
        for (MonthlyReport.LimitRate r : report.onTime()) {
            cells(limits, body, r.label(), String.valueOf(r.met()), String.valueOf(r.breached()), percent(r.rate()));
        }
        document.add(limits);
        section(document, text("report.section.topProblems", locale), heading);
        document.add(lines(body, text("report.column.item", locale), text("report.column.count", locale),
                report.topProblems(), locale));
        section(document, text("report.section.escalations", locale), heading);
        document.add(lines(body, text("report.column.item", locale), text("report.column.count", locale),
                report.escalations(), locale));
        section(document, text("report.section.fines", locale), heading);
        document.add(new Paragraph(text("report.fines.summary", locale, report.fines().count(),
                yuan(report.fines().amountFen())), body));
        section(document, text("report.section.notAvailable", locale), heading);
        PdfPTable missing = table(body, new float[] { 4, 7 }, text("report.column.kpi", locale),
                text("report.column.reason", locale));
        report.notAvailable().forEach(u -> cells(missing, body, u.label(), u.reason()));
        document.add(missing);
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private PdfPTable lines(Font font, String item, String count, List<MonthlyReport.Line> lines, Locale locale) {
        PdfPTable table = table(font, new float[] { 8, 2 }, item, count);
        lines.forEach(l -> cells(table, font, l.label(), String.valueOf(l.count())));
        if (lines.isEmpty()) {
            cells(table, font, text("report.none", locale), "0");
        }
        return table;
    }

    private static PdfPTable table(Font font, float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, font));
            cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF7));
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, Font font, String... texts) {
        for (String text : texts) {
            table.addCell(new PdfPCell(new Phrase(text, font)));
        }
    }

    private static String value(MonthlyReport.Kpi kpi) {
        if (kpi.value() == null) {
            return "—";
        }
        return switch (kpi.unit()) {
            case RATE -> percent(kpi.value());
            case SCORE -> String.format(Locale.ROOT, "%.2f", kpi.value());
            case COUNT -> String.valueOf(kpi.value().longValue());
        };
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return labels.text(key, locale, arguments);
    }

    /** The bundled font, read once; a jar without it cannot write a PDF, and says so. */
    private BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load();
                }
                loaded = font;
            }
        }
        return loaded;
    }

    private static BaseFont load() {
        try (InputStream in = ReportDocument.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is not on the class path: the build copies it from"
                        + " tools/pdf-font (npm); run ./mvnw generate-resources");
            }
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
