package com.estatecare.reporting.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import com.estatecare.platform.ReportPeriod;
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
 * The PDF form of every report (OpenPDF): an A4 page with the title centred, sections and tables one under
 * another, the Chinese drawn with the Noto Sans SC font bundled in the jar (fonts/, SIL Open Font License 1.1,
 * from tools/pdf-font): only the glyphs used are embedded, so a reader needs no font of their own.
 */
@Component
class PdfReport {

    static final String FONT = "fonts/NotoSansSC-Regular.ttf";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private volatile BaseFont font;

    static String shanghai(Instant at) {
        return MINUTE.format(at.atZone(ReportPeriod.ZONE));
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** A new document under {@code title}, with {@code subtitle} (when it was generated) beneath it. */
    Pages open(String title, String subtitle) {
        return new Pages(font(), title, subtitle);
    }

    /** One document being written; {@link #close()} gives its bytes. */
    static final class Pages {

        private final Font heading;
        private final Font body;
        private final Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        private Pages(BaseFont base, String title, String subtitle) {
            this.heading = new Font(base, 12, Font.BOLD);
            this.body = new Font(base, 9);
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("EstateCare");
            document.open();
            Paragraph top = new Paragraph(title, new Font(base, 16, Font.BOLD));
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            paragraph(subtitle);
        }

        void section(String text) {
            Paragraph p = new Paragraph(text, heading);
            p.setSpacingBefore(10);
            p.setSpacingAfter(4);
            document.add(p);
        }

        void paragraph(String text) {
            document.add(new Paragraph(text, body));
        }

        /** A table of the relative column {@code widths} under its header row; fill it with {@link #row}, then add. */
        PdfPTable table(float[] widths, String... headers) {
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingAfter(6);
            table.setHeaderRows(1);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, body));
                cell.setBackgroundColor(new Color(0xE8, 0xEE, 0xF7));
                table.addCell(cell);
            }
            return table;
        }

        void row(PdfPTable table, String... texts) {
            for (String text : texts) {
                table.addCell(new PdfPCell(new Phrase(text, body)));
            }
        }

        void add(PdfPTable table) {
            document.add(table);
        }

        byte[] close() {
            document.close();
            return out.toByteArray();
        }
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
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(FONT)) {
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
