package com.estatecare.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel form of every report (.xlsx, Apache POI): one sheet, the title, headings, header rows and lines
 * one under another; rates as percentages and counts as numbers, so that WPS, Excel and LibreOffice open it and
 * a reader can compute on it. {@link #close()} gives the workbook's bytes.
 */
final class SheetReport implements AutoCloseable {

    private final XSSFWorkbook book = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle percent;
    private final CellStyle decimal;
    private int next;

    SheetReport(String sheetName, String title, String subtitle) {
        this.sheet = book.createSheet(sheetName);
        this.bold = bold(11);
        this.percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        this.decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
        Cell cell = row().createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(bold(14));
        plain(subtitle);
        gap();
    }

    private CellStyle bold(int points) {
        Font font = book.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
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

    /**
     * A line of cells: a {@link String} as text, a {@link Long} or {@link Integer} as a number, a {@link Rate} as a
     * percentage, a {@link Score} with two decimals, null as an empty cell (a rate or average without data: "—").
     */
    void line(Object... values) {
        Row row = row();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Rate rate) {
                number(cell, rate.value(), percent);
            } else if (value instanceof Score score) {
                number(cell, score.value(), decimal);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    private static void number(Cell cell, Double value, CellStyle style) {
        if (value == null) {
            cell.setCellValue("—");
        } else {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }

    /** A rate 0–1 shown as a percentage ("—" when null). */
    record Rate(Double value) {
    }

    /** An average shown with two decimals ("—" when null). */
    record Score(Double value) {
    }

    /** The first column {@code first} characters wide, the next {@code others} columns {@code width}. */
    void widths(int first, int others, int width) {
        sheet.setColumnWidth(0, first * 256);
        for (int c = 1; c <= others; c++) {
            sheet.setColumnWidth(c, width * 256);
        }
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
