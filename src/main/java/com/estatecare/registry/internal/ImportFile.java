package com.estatecare.registry.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.platform.DomainException;

/**
 * Reads the rows of an import file: CSV (UTF-8, or GB18030 as saved by a
 * Chinese Excel) or the first sheet of an .xlsx workbook, both with a header row.
 */
final class ImportFile {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private ImportFile() {
    }

    /** The data rows of the file, or a 400 problem when it has more than {@code maxRows} of them. */
    static List<ImportRow> read(MultipartFile file, int maxRows) {
        List<ImportRow> rows = read(file);
        if (rows.size() > maxRows) {
            throw DomainException.invalidField("file", "max-rows", maxRows);
        }
        return rows;
    }

    private static List<ImportRow> read(MultipartFile file) {
        try {
            byte[] bytes = file.getBytes();
            if (isExcel(file, bytes)) {
                return excel(file.getInputStream());
            }
            if (isCsv(file)) {
                return csv(text(bytes));
            }
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw DomainException.invalidField("file", "malformed");
        }
        throw DomainException.invalidField("file", "unsupported-file");
    }

    private static boolean isExcel(MultipartFile file, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip && (name(file).endsWith(".xlsx") || !name(file).endsWith(".csv"));
    }

    private static boolean isCsv(MultipartFile file) {
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        return name(file).endsWith(".csv") || type.startsWith("text/csv") || type.startsWith("text/plain");
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
    }

    private static String text(byte[] bytes) {
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decode(bytes, Charset.forName("GB18030"));
            } catch (CharacterCodingException e) {
                throw DomainException.invalidField("file", "malformed");
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static List<ImportRow> csv(String text) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
            }
        }
        return rows(lines);
    }

    private static List<ImportRow> excel(InputStream in) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                lines.add(cells(sheet.getRow(r)));
            }
        }
        return rows(lines);
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c)));
        }
        return cells;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return FORMATTER.formatCellValue(cell);
    }

    /** The first line is the header; blank lines are skipped but keep their number. */
    private static List<ImportRow> rows(List<List<String>> lines) {
        if (lines.isEmpty()) {
            throw DomainException.invalidField("file", "missing-column", ImportColumn.BUILDING.header());
        }
        Map<Integer, ImportColumn> columns = header(lines.get(0));
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            List<String> line = lines.get(i);
            columns.forEach((index, column) -> values.put(column, index < line.size() ? line.get(index) : null));
            if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                rows.add(new ImportRow(i + 1, values));
            }
        }
        return rows;
    }

    private static Map<Integer, ImportColumn> header(List<String> cells) {
        Map<Integer, ImportColumn> columns = new java.util.HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            ImportColumn.byHeader(cells.get(i)).ifPresent(column -> columns.putIfAbsent(index, column));
        }
        for (ImportColumn required : List.of(ImportColumn.BUILDING, ImportColumn.UNIT_NO)) {
            if (!columns.containsValue(required)) {
                throw DomainException.invalidField("file", "missing-column", required.header());
            }
        }
        return columns;
    }
}
