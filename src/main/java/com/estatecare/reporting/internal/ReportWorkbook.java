package com.estatecare.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The monthly report as an Excel workbook (.xlsx, Apache POI): one sheet, the
 * sections one under another, rates as percentages and counts as numbers, so
 * that WPS, Excel and LibreOffice open it and a reader can compute on it.
 */
@Component
class ReportWorkbook {

    private final ReportLabels labels;

    ReportWorkbook(ReportLabels labels) {
        this.labels = labels;
    }

    byte[] write(MonthlyReport report, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(book, book.createSheet(text("report.section.kpis", locale)));
            w.title(report.title());
            w.plain(text("report.generatedAt", locale, ReportDocument.shanghai(report.generatedAt())));
            w.gap();
            w.heading(text("report.section.kpis", locale));
            w.header(text("report.column.kpi", locale), text("report.column.value", locale),
                    text("report.column.numerator", locale), text("report.column.denominator", locale));
            for (MonthlyReport.Kpi kpi : report.kpis()) {
                w.kpi(kpi);
            }
            w.gap();
            w.heading(text("report.section.volumes", locale));
            for (MonthlyReport.Breakdown b : report.volumes()) {
                w.lines(b.label(), text("report.column.count", locale), b.lines());
            }
            w.heading(text("report.section.onTime", locale));
            w.header(text("report.column.limit", locale), text("report.column.met", locale),
                    text("report.column.breached", locale), text("report.column.rate", locale));
            for (MonthlyReport.LimitRate r : report.onTime()) {
                w.limit(r);
            }
            w.gap();
            w.lines(text("report.section.topProblems", locale), text("report.column.count", locale),
                    report.topProblems());
            w.lines(text("report.section.escalations", locale), text("report.column.count", locale),
                    report.escalations());
            w.heading(text("report.section.fines", locale));
            w.plain(text("report.fines.summary", locale, report.fines().count(),
                    ReportDocument.yuan(report.fines().amountFen())));
            w.gap();
            w.heading(text("report.section.notAvailable", locale));
            w.header(text("report.column.kpi", locale), text("report.column.reason", locale));
            report.notAvailable().forEach(u -> w.texts(u.label(), u.reason()));
            w.sheet.setColumnWidth(0, 44 * 256);
            for (int c = 1; c < 4; c++) {
                w.sheet.setColumnWidth(c, 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return labels.text(key, locale, arguments);
    }

    /** Writes rows one under another with the styles of the workbook. */
    private static final class Writer {

        private final Sheet sheet;
        private final CellStyle title;
        private final CellStyle bold;
        private final CellStyle percent;
        private final CellStyle decimal;
        private int next;

        Writer(XSSFWorkbook book, Sheet sheet) {
            this.sheet = sheet;
            this.title = style(book, 14, null);
            this.bold = style(book, 11, null);
            this.percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            this.decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }

        private static CellStyle style(XSSFWorkbook book, int points, String format) {
            Font font = book.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            return style;
        }

        void title(String text) {
            row().createCell(0).setCellValue(text);
            sheet.getRow(next - 1).getCell(0).setCellStyle(title);
        }

        void heading(String text) {
            Cell cell = row().createCell(0);
            cell.setCellValue(text);
            cell.setCellStyle(bold);
        }

        void plain(String text) {
            row().createCell(0).setCellValue(text);
        }

        void gap() {
            next++;
        }

        void header(String... texts) {
            Row row = row();
            for (int i = 0; i < texts.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(texts[i]);
                cell.setCellStyle(bold);
            }
        }

        void texts(String... texts) {
            Row row = row();
            for (int i = 0; i < texts.length; i++) {
                row.createCell(i).setCellValue(texts[i]);
            }
        }

        void kpi(MonthlyReport.Kpi kpi) {
            Row row = row();
            row.createCell(0).setCellValue(kpi.label());
            Cell value = row.createCell(1);
            if (kpi.value() != null) {
                value.setCellValue(kpi.value());
                value.setCellStyle(kpi.unit() == MonthlyReport.Unit.RATE ? percent
                        : kpi.unit() == MonthlyReport.Unit.SCORE ? decimal : value.getCellStyle());
            } else {
                value.setCellValue("—");
            }
            if (kpi.unit() != MonthlyReport.Unit.COUNT) {
                row.createCell(2).setCellValue(kpi.numerator());
                row.createCell(3).setCellValue(kpi.denominator());
            }
        }

        void limit(MonthlyReport.LimitRate rate) {
            Row row = row();
            row.createCell(0).setCellValue(rate.label());
            row.createCell(1).setCellValue(rate.met());
            row.createCell(2).setCellValue(rate.breached());
            Cell value = row.createCell(3);
            if (rate.rate() != null) {
                value.setCellValue(rate.rate());
                value.setCellStyle(percent);
            }
        }

        void lines(String heading, String countHeader, List<MonthlyReport.Line> lines) {
            header(heading, countHeader);
            for (MonthlyReport.Line line : lines) {
                Row row = row();
                row.createCell(0).setCellValue(line.label());
                row.createCell(1).setCellValue(line.count());
            }
            gap();
        }

        private Row row() {
            return sheet.createRow(next++);
        }
    }
}
