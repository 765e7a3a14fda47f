package com.estatecare.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.estatecare.club.ClubData;

/**
 * The owner's copy of their data in a readable form (PIPL art. 45): an Excel workbook (.xlsx, Apache POI, already
 * the import's and the monthly report's library) with a sheet for who they are, their homes, their consents and
 * their customer file and what the club keeps of them, headed in the reader's language; times in Asia/Shanghai; masked as the JSON copy is.
 */
@Component
class OwnDataWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private final MessageSource messages;

    OwnDataWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(OwnData.Copy copy, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet me = sheet(book, bold, locale, "customer", "field", "value");
            row(me, text(locale, "copy.madeAt"), TIME.format(copy.madeAt()));
            copy.customer().forEach((field, value) -> row(me, text(locale, "copy.field." + field),
                    value == null ? "" : String.valueOf(value)));
            Sheet units = sheet(book, bold, locale, "units", "unit", "deliveredOn");
            copy.units().forEach(u -> row(units, str(u, "unit"), str(u, "deliveredOn")));
            Sheet consents = sheet(book, bold, locale, "consents", "purpose", "state", "channel", "textVersion", "at");
            copy.consents().forEach(c -> row(consents, c.purpose(), text(locale, c.granted() ? "copy.granted"
                    : "copy.withdrawn"), c.channel(), c.textVersion(), TIME.format(c.at())));
            Sheet file = sheet(book, bold, locale, "file", "at", "kind", "reference", "summary");
            copy.file().forEach(l -> row(file, TIME.format(Instant.parse(str(l, "at"))), str(l, "kind"),
                    str(l, "reference"), str(l, "summary")));
            club(book, bold, locale, copy.club());
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The club's sheet: the membership's fields, each points entry, each merchant rating, each activity sign-up. */
    private void club(XSSFWorkbook book, XSSFCellStyle bold, Locale locale, ClubData.Copy club) {
        Sheet sheet = sheet(book, bold, locale, "club", "kind", "at", "field", "value");
        ClubData.Membership m = club.membership();
        if (m != null) {
            String member = text(locale, "copy.club.member");
            row(sheet, member, TIME.format(m.joinedAt()), text(locale, "copy.club.number"), m.number());
            row(sheet, member, "", text(locale, "copy.club.status"), m.status());
            row(sheet, member, "", text(locale, "copy.club.birthday"), m.birthday() == null ? "" : m.birthday().toString());
            row(sheet, member, "", text(locale, "copy.club.greetings"), String.valueOf(m.greetings()));
            row(sheet, member, "", text(locale, "copy.club.magazine"), String.valueOf(m.magazine()));
        }
        club.points().forEach(e -> row(sheet, text(locale, "copy.club.points"), TIME.format(e.at()),
                e.kind() + (e.rule() == null ? "" : " " + e.rule()) + (e.gift() == null ? "" : " " + e.gift()),
                e.points() + " → " + e.balanceAfter()));
        club.merchantRatings().forEach(r -> row(sheet, text(locale, "copy.club.rating"), TIME.format(r.changedAt()),
                r.merchant() + " " + r.year(), r.score() + (r.comment() == null ? "" : " " + r.comment())));
        club.activitySignUps().forEach(a -> row(sheet, text(locale, "copy.club.activity"), TIME.format(a.signedAt()),
                a.theme() + " " + TIME.format(a.startsAt()), text(locale, "copy.club.signUp." + a.status())
                        + (a.attendedAt() == null ? "" : " · " + text(locale, "copy.club.attended") + " "
                                + TIME.format(a.attendedAt()))
                        + (a.rating() == null ? "" : " · " + a.rating())
                        + (a.comment() == null ? "" : " " + a.comment())));
    }

    private Sheet sheet(XSSFWorkbook book, XSSFCellStyle bold, Locale locale, String name, String... columns) {
        Sheet sheet = book.createSheet(text(locale, "copy.sheet." + name));
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.length; c++) {
            header.createCell(c).setCellValue(text(locale, "copy.column." + columns[c]));
            header.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, (c == columns.length - 1 ? 48 : 20) * 256);
        }
        return sheet;
    }

    private static void row(Sheet sheet, String... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
    }

    private static String str(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }

    static List<String> formats() {
        return List.of("json", "csv", "xlsx");
    }
}
