package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The owner's copy of their personal data (PIPL art. 45) over HTTP: their own record only, masked, as JSON or CSV,
 * each copy audited; staff and bad formats are refused.
 */
@EstateCareTest
class OwnDataTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerDownloadsTheirOwnDataMaskedAsJsonAndCsvAndEachCopyIsAudited() {
        JsonNode me = api.as("owner").get("/api/v1/customers").json().get("items").get(0);
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        var json = api.as("owner").get("/api/v1/me/personal-data");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.header("Content-Disposition")).contains("personal-data.json");
        assertThat(json.header("Cache-Control")).contains("no-store");
        JsonNode copy = json.json();
        assertThat(copy.at("/customer/name").asString()).isEqualTo(me.get("name").asString());
        assertThat(copy.at("/customer/phone").asString()).isEqualTo(me.get("phone").asString()).contains("****");
        assertThat(copy.get("units").size()).isPositive();
        String theirName = api.as("hz-owner").get("/api/v1/customers").json().get("items").get(0).get("name").asString();
        assertThat(json.body()).doesNotContain(theirName);

        var csv = api.as("owner").english().get("/api/v1/me/personal-data?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("section,item,field,value", "customer,1,name," + me.get("name").asString());

        assertThat(jdbc.sql("""
                select reason from audit_entry
                where id > :before and action = 'EXPORT' and record_type = 'CUSTOMER' and record_id = :me
                order by id""").param("before", before).param("me", me.get("id").asLong()).query(String.class).list())
                .containsExactly("json", "csv");
    }

    @Test
    void staffAndABadFormatAreRefused() {
        assertThat(api.as("agent").get("/api/v1/me/personal-data").status()).isEqualTo(403);
        var bad = api.as("owner").english().get("/api/v1/me/personal-data?format=" + "x".repeat(5000));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
        var zh = api.as("owner").get("/api/v1/me/personal-data?format=pdf");
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("errors").toString()).containsPattern("[\\u4e00-\\u9fff]");
    }

    @Test
    void theReadableCopyIsAnExcelWorkbookHeadedInTheOwnersLanguage() throws Exception {
        var zh = bytes(api.as("owner"));
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(zh.body()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("个人信息");
            assertThat(book.getNumberOfSheets()).as("record, homes, consents, file, club").isEqualTo(5);
            assertThat(book.getSheetAt(4).getSheetName()).isEqualTo("客户会");
            var phoneRow = java.util.stream.StreamSupport.stream(book.getSheetAt(0).spliterator(), false)
                    .filter(r -> r.getCell(0).getStringCellValue().startsWith("电话")).findFirst().orElseThrow();
            assertThat(phoneRow.getCell(1).getStringCellValue()).contains("****");
        }
        var en = bytes(api.as("owner").english());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(en.body()))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Personal data");
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit");
        }
    }

    private static java.net.http.HttpResponse<byte[]> bytes(Api.Caller caller) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                caller.builder("/api/v1/me/personal-data?format=xlsx").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }
}
