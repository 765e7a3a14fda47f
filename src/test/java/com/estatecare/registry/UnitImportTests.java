package com.estatecare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Spreadsheets;

import tools.jackson.databind.JsonNode;

/** Bulk import of units and owners (SPEC §2): all rows or none, with a report of the rejected rows. */
@EstateCareTest
class UnitImportTests {

    private static final String HEADER = "building,unitNo,floor,areaSqm,layout,deliveredOn,ownerName,ownerPhone,ownerKind,ownershipRole";
    private static final String CHINESE_HEADER = "楼栋,房号,楼层,面积,户型,交付日期,业主姓名,业主电话,客户类型,产权角色";

    @Autowired
    Api api;

    @Autowired
    AfterCommitWork afterCommit;

    @Test
    void importOfValidCsvCreatesUnitsBuildingsAndOwners() {
        long project = demoProject();

        var response = importFile(project, "units.csv", csv(HEADER,
                "9栋,101,1,89.20,两室两厅,2026-06-30,赵一鸣,139 1111 0001,NEW_OWNER,OWNER",
                "9栋,102,1,118.5,三室两厅,2026-06-30,,,,",
                "9栋,201,2,89.20,两室两厅,2026-06-30,赵一鸣,13911110001,,",
                "1栋,9901,99,,,,钱二,13911110002,LONG_STANDING_OWNER,CO_OWNER"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("totalRows").asInt()).isEqualTo(4);
        assertThat(response.json().get("imported").asInt()).isEqualTo(4);
        assertThat(response.json().get("buildingsCreated").asInt()).isEqualTo(1);
        assertThat(response.json().get("customersCreated").asInt()).isEqualTo(2);
        assertThat(response.json().get("rejectedRows")).isEmpty();
        List<JsonNode> units = units(project, "9栋");
        assertThat(units).extracting(u -> u.get("unitNo").asString()).containsExactlyInAnyOrder("101", "102", "201");
        JsonNode unit101 = units.stream().filter(u -> u.get("unitNo").asString().equals("101")).findFirst().orElseThrow();
        assertThat(unit101.get("areaSqm").decimalValue()).isEqualByComparingTo("89.20");
        assertThat(unit101.get("deliveredOn").asString()).isEqualTo("2026-06-30");
        JsonNode owner = onlyCustomer("13911110001");
        assertThat(owner.get("name").asString()).isEqualTo("赵一鸣");
        assertThat(owner.get("phone").asString()).isEqualTo("139****0001");
        assertThat(owner.get("kind").asString()).isEqualTo("NEW_OWNER");
        assertThat(owner.get("units").valueStream().map(u -> u.get("unitNo").asString()).toList())
                .containsExactlyInAnyOrder("101", "201");
        assertThat(onlyCustomer("13911110002").get("units").get(0).get("building").asString()).isEqualTo("1栋");
    }

    @Test
    void ownerWhosePhoneIsKnownIsLinkedToTheExistingCustomer() {
        long project = demoProject();
        var existing = api.as("agent").post("/api/v1/customers", Map.of("name", "孙三", "kind", "PROSPECT",
                "phone", "13922220003", "projectId", project));
        assertThat(existing.status()).as(existing.body()).isEqualTo(201);

        var response = importFile(project, "units.csv", csv(HEADER, "8栋,301,3,,,,孙三,13922220003,,"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("customersCreated").asInt()).isZero();
        JsonNode customer = onlyCustomer("13922220003");
        assertThat(customer.get("id").asLong()).isEqualTo(existing.json().get("id").asLong());
        assertThat(customer.get("units").get(0).get("unitNo").asString()).isEqualTo("301");
    }

    @Test
    void importWithOneBadRowImportsNothingAndReportsEachRejectedRow() {
        long project = demoProject();
        int unitsBefore = unitCount(project);

        var response = importFile(project, "units.csv", csv(CHINESE_HEADER,
                "7栋,101,1,89.20,两室两厅,2026-06-30,周四,13933330004,新业主,产权人",
                "7栋,102,一楼,-5,,2026/06/30,吴五,12345,VIP,",
                "1栋,101,1,,,,,,,",
                ",103,1,,,,,,,",
                "",
                "7栋,101,1,,,,,,,",
                "7栋,104,1,,,,郑六,,,MAYBE"));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:estatecare:problem:import-rejected");
        assertThat(problem.get("totalRows").asInt()).isEqualTo(6);
        assertThat(problem.get("detail").asString()).contains("6", "5");
        assertThat(rejections(problem)).containsExactly(
                "3 floor 格式不正确",
                "3 areaSqm 必须在 0 到 99999999.99 之间",
                "3 deliveredOn 日期格式应为 yyyy-MM-dd（如 2026-06-30）",
                "3 ownerPhone 不是有效的电话号码",
                "3 ownerKind 必须是 PROSPECT, NEW_OWNER, LONG_STANDING_OWNER 之一",
                "4 unitNo 已存在",
                "5 building 必填",
                "7 unitNo 与文件第 2 行的房号重复",
                "8 ownershipRole 必须是 OWNER, CO_OWNER 之一",
                "8 ownerPhone 必填");
        assertThat(unitCount(project)).isEqualTo(unitsBefore);
        assertThat(units(project, "7栋")).isEmpty();
        assertThat(api.as("agent").get("/api/v1/customers?q=13933330004").json().get("items")).isEmpty();
    }

    @Test
    void rejectedRowsAreExplainedInTheCallersLanguage() {
        var response = api.as("agent").english().multipart("/api/v1/projects/" + demoProject() + "/imports",
                "units.csv", csv(HEADER, "6栋,101,1,,,,钱七,555,,"));

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("title").asString()).isEqualTo("Nothing imported");
        assertThat(rejections(response.json())).containsExactly("2 ownerPhone is not a valid phone number");
    }

    @Test
    void excelImportWorksLikeCsv() throws IOException {
        long project = demoProject();

        var response = importFile(project, "units.xlsx", Spreadsheets.unitsXlsx());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("imported").asInt()).isEqualTo(2);
        List<JsonNode> units = units(project, "5栋");
        assertThat(units).extracting(u -> u.get("unitNo").asString()).containsExactlyInAnyOrder("501", "502");
        JsonNode unit501 = units.stream().filter(u -> u.get("unitNo").asString().equals("501")).findFirst().orElseThrow();
        assertThat(unit501.get("floor").asInt()).isEqualTo(5);
        assertThat(unit501.get("deliveredOn").asString()).isEqualTo("2026-09-30");
        assertThat(onlyCustomer("13944440005").get("phone").asString()).isEqualTo("139****0005");
    }

    @Test
    void dryRunCountsWhatItWouldWriteAndWritesNothing() {
        long project = demoProject();
        var known = api.as("agent").post("/api/v1/customers", Map.of("name", "褚九", "kind", "PROSPECT",
                "phone", "13955550007", "projectId", project));
        assertThat(known.status()).as(known.body()).isEqualTo(201);

        var response = api.as("agent").multipart("/api/v1/projects/" + project + "/imports?dryRun=true", "units.csv",
                csv(HEADER, "4栋,101,1,,,,冯八,13955550006,,", "4栋,102,1,,,,,,,", "1栋,9902,99,,,,褚九,13955550007,,"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("dryRun").asBoolean()).isTrue();
        assertThat(response.json().get("totalRows").asInt()).isEqualTo(3);
        assertThat(response.json().get("imported").asInt()).as("would import").isEqualTo(3);
        assertThat(response.json().get("buildingsCreated").asInt()).as("4栋 is new, 1栋 is not").isEqualTo(1);
        assertThat(response.json().get("customersCreated").asInt()).as("褚九's phone is known").isEqualTo(1);
        assertThat(units(project, "4栋")).isEmpty();
        assertThat(api.as("agent").get("/api/v1/customers?q=13955550006").json().get("items")).isEmpty();
    }

    @Test
    void fileThatIsNeitherCsvNorExcelIsRefused() {
        var response = importFile(demoProject(), "units.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).contains("CSV");
    }

    @Test
    void importIntoAnotherCompanysProjectIsNotFound() {
        long group = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("kind").asString().equals("GROUP")).findFirst().orElseThrow().get("id").asLong();
        var company = api.as("admin").post("/api/v1/org-nodes", Map.of("parentId", group, "kind", "COMPANY",
                "code", "BJ", "name", "北京城市公司"));
        var project = api.as("admin").post("/api/v1/projects", Map.of("companyId", company.json().get("id").asLong(),
                "code", "JHF", "name", "京华府"));
        assertThat(project.status()).as(project.body()).isEqualTo(201);

        var response = importFile(project.json().get("id").asLong(), "units.csv", csv(HEADER, "1栋,101,1,,,,,,,"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void projectOfThousandsOfUnitsImportsInOneFile() {
        long project = demoProject();
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        // phones 139 0000 0000 – 2999 are this test's alone: the application is shared with other classes
        for (int i = 0; i < 3000; i++) {
            lines.add("%d号楼,%d,%d,95.5,两室两厅,2026-12-31,业主%d,1390000%04d,,".formatted(
                    20 + i / 1000, 1000 + i % 1000, 1 + i % 1000 / 40, i, i));
        }
        var response = importFile(project, "big.csv", csv(lines.toArray(String[]::new)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("imported").asInt()).isEqualTo(3000);
        assertThat(response.json().get("customersCreated").asInt()).isEqualTo(3000);
        afterCommit.awaitDone(Duration.ofMinutes(3)); // 3,000 owners' customer files
    }

    private Api.Response importFile(long project, String filename, byte[] content) {
        return api.as("agent").multipart("/api/v1/projects/" + project + "/imports", filename, content);
    }

    private long demoProject() {
        return api.as("agent").get("/api/v1/projects").json().get(0).get("id").asLong();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** "row field reason" for each rejected field, in the order of the report. */
    private static List<String> rejections(JsonNode problem) {
        List<String> all = new ArrayList<>();
        problem.get("rejectedRows").forEach(row -> row.get("errors").forEach(e -> all.add(
                row.get("row").asInt() + " " + e.get("field").asString() + " " + e.get("reason").asString())));
        return all;
    }

    /** The units of the project's building named {@code building} (the search also finds "验房…9栋" for "9栋"). */
    private List<JsonNode> units(long project, String building) {
        return api.as("agent").get("/api/v1/units", Map.of("projectId", project, "q", building, "limit", 200)).json()
                .get("items").valueStream().filter(u -> building.equals(u.get("building").asString())).toList();
    }

    private int unitCount(long project) {
        int count = 0;
        String cursor = null;
        do {
            JsonNode page = api.as("agent").get("/api/v1/units?projectId=" + project + "&limit=200"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            count += page.get("items").size();
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return count;
    }

    private JsonNode onlyCustomer(String phone) {
        JsonNode items = api.as("agent").get("/api/v1/customers?q=" + phone).json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
