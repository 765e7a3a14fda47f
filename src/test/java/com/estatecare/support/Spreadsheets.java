package com.estatecare.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Excel files as an administrator fills them in. */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** Two units of building 5栋 with the Chinese headers, a date cell, numbers as numeric cells; one owner. */
    public static byte[] unitsXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("房源");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = "楼栋,房号,楼层,面积,户型,交付日期,业主姓名,业主电话,客户类型,产权角色".split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("5栋");
            first.createCell(1).setCellValue(501);
            first.createCell(2).setCellValue(5);
            first.createCell(3).setCellValue(89.2);
            first.createCell(5).setCellValue(LocalDate.of(2026, 9, 30));
            first.getCell(5).setCellStyle(date);
            first.createCell(6).setCellValue("陈九");
            first.createCell(7).setCellValue(13944440005d);
            Row second = sheet.createRow(2);
            second.createCell(0).setCellValue("5栋");
            second.createCell(1).setCellValue("502");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
