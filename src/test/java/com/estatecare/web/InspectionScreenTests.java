package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The inspection walked on a phone (390×844) in Chromium: an engineer opens it from the delivery board, records the
 * kitchen against the checklist (hollow plaster over the standard fails, a count within it passes: the server's
 * verdicts), photographs the failed item from the camera input, hands the finding to repair, re-inspects it once
 * repaired, and the owner signs with a stroke drawn on the canvas, which closes the inspection. And the checklist
 * screen in English: a manager reads the versions and the standards, a new version with bad fields is refused at
 * each field by the server, and saved once corrected. On the phone, the engineer hands a defect to one of the site
 * screen's contractors with a deadline (a day already past is refused at its field by the server's clock) and the
 * delivery board shows it, late once it has passed; and a manager edits the checklist at 390×844 with no sideways
 * scrolling and controls a thumb can hit. axe-core on each, screenshots in both languages.
 */
@EstateCareTest
class InspectionScreenTests extends ScreenTest {

    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void anEngineerWalksAnInspectionOnAPhoneFailsAnItemWithAPhotoAndTheOwnerSignsItOff() throws IOException {
        long unit = unitOfTheOwner();
        long inspection = appoint(unit);

        signIn(browser, "engineer", "/delivery");
        browser.await("[data-test=inspect-" + unit + "]").click();
        browser.await("[data-test=walk-link]").click();
        browser.awaitPath("/inspections/" + inspection + "/walk");
        browser.viewport(390, 844, true);
        browser.tap("[data-test=room-KITCHEN]");
        browser.awaitText("[data-test=walk-room] h2", "厨房");
        browser.await(input("value-HOLLOW_AREA")).sendKeys("５２０");
        browser.await(input("value-HOLLOW_PLACES")).sendKeys("1");
        browser.tap("[data-test=save-room]");
        browser.awaitText("[data-test=verdict-HOLLOW_AREA]", "判定：不合格");
        browser.awaitText("[data-test=verdict-HOLLOW_PLACES]", "判定：合格");
        browser.awaitText("[data-test=walk-status]", "不合格 1 项已记为问题");

        browser.await("[data-test=walk-room]");
        browser.all("input[data-test=photo-HOLLOW_AREA]").get(0).sendKeys(photo().toString());
        browser.awaitText("[data-test=walk-status]", "照片已上传");
        JsonNode walked = api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json();
        JsonNode finding = walked.get("findings").get(0);
        assertThat(finding.get("itemCode").asString()).isEqualTo("HOLLOW_AREA");
        assertThat(finding.get("photoIds")).hasSize(1);
        assertThat(walked.get("results").get(0).get("value").asDouble()).isEqualTo(520.0);

        browser.tap("[data-test=walk-deliver]");
        browser.awaitText("[data-test=walk-status]", "1 项问题已转为报修工单");
        browser.awaitText("[data-test=sign-blocked]", "1 项问题待复验");
        long request = api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json().get("findings")
                .get(0).get("requestId").asLong();
        given.walk(request, "REPAIR", 5);

        long findingId = finding.get("id").asLong();
        browser.open("/inspections/" + inspection + "/walk");
        browser.tap("[data-test=reinspect-pass-" + findingId + "]");
        browser.awaitText("[data-test=reinspected-" + findingId + "]", "已复验：合格");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.await("[data-test=signature-pad]"));
        browser.drawStroke(browser.await("[data-test=signature-pad]"), -120, 10, 40, -30, 40, 40, 60, -20);
        browser.awaitText("[data-test=signature-state]", "已签名");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the phone's inspection").isEmpty();
        browser.screenshot("inspection-walk-zh");

        browser.tap("[data-test=sign]");
        browser.awaitText("[data-test=signed-off]", "验房已关闭");
        Api.Response signature = api.as("owner").get("/api/v1/delivery/inspections/" + inspection + "/signature");
        assertThat(signature.status()).isEqualTo(200);
        assertThat(signature.header("Content-Type")).isEqualTo("image/png");
        assertThat(api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json().get("signedOffAt")
                .isNull()).isFalse();

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=signed-off]", "the inspection is closed");
        assertNoChinese("the English inspection walk");
        browser.screenshot("inspection-walk-en");
    }

    @Test
    void aManagerReadsTheChecklistInEnglishAndANewVersionIsRefusedAtEachBadFieldThenSaved() throws IOException {
        signIn(browser, "manager", "/delivery/checklist");
        browser.awaitText("[data-test=checklist-items]", "空鼓");
        browser.screenshot("checklist-zh");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=checklist-items]", "Hollow plaster: at most 2 places per room");
        browser.awaitText("[data-test=checklist-item-HOLLOW_AREA]", "≤ 400 cm²");
        assertThat(browser.await("[data-test=versions]").getText()).contains("In force");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the checklist").isEmpty();
        assertNoChinese("the English checklist");
        browser.screenshot("checklist-en");

        browser.await("[data-test=new-version]").click();
        int area = rowOf("HOLLOW_AREA");
        clearAndType(input("code-0"), "door fit");
        clearAndType(input("max-" + area), "-5");
        browser.await("[data-test=save-checklist]").click();
        assertThat(browser.await("[data-test=problem-0-code]").getText()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        browser.awaitText("[data-test=problem-" + area + "-max]", "cm²");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the refused version").isEmpty();
        browser.screenshot("checklist-refused-en");
        int before = newestVersion();

        clearAndType(input("code-0"), "DOOR_FIT");
        clearAndType(input("max-" + area), "400");
        browser.await("[data-test=save-checklist]").click();
        browser.awaitText("[data-test=checklist-told]", "Saved as version");
        int saved = newestVersion();
        assertThat(saved).isGreaterThan(before);
        browser.awaitText("[data-test=version-" + saved + "]", "In force");
        JsonNode current = api.as("manager").get("/api/v1/delivery/checklist").json();
        assertThat(current.get("version").asInt()).isEqualTo(saved);
        assertThat(StreamSupport.stream(current.get("items").spliterator(), false)
                .filter(i -> i.get("code").asString().equals("HOLLOW_AREA")).findFirst().orElseThrow()
                .get("max").asInt()).as("the standard as it was").isEqualTo(400);
    }

    @Test
    void anEngineerHandsADefectToAContractorWithADeadlineOnThePhoneAndTheBoardShowsIt() throws IOException {
        long project = project();
        String name = "华润建筑-" + System.nanoTime() % 100_000;
        Api.Response added = api.as("manager").post("/api/v1/delivery/projects/" + project + "/contractors",
                Map.of("name", name, "trade", "土建"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long contractor = added.json().get("id").asLong();
        long unit = unitOfTheOwner();
        long inspection = appoint(unit);
        Api.Response recorded = api.as("engineer").post("/api/v1/delivery/inspections/" + inspection + "/results",
                Map.of("results", java.util.List.of(Map.of("room", "KITCHEN", "itemCode", "HOLLOW_AREA", "value", 520))));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        long finding = recorded.json().get("findings").get(0).get("id").asLong();

        signIn(browser, "engineer", "/inspections/" + inspection + "/walk");
        browser.viewport(390, 844, true);
        browser.awaitText("[data-test=rectify-by-shown-" + finding + "]", "2026-12-15"); // the policy's, at first
        new Select(browser.await("[data-test=contractor-" + finding + "]")).selectByValue(String.valueOf(contractor));
        pickDay("[data-test=rectify-by-" + finding + "]", "2026-11-23"); // the day before the application's today
        browser.tap("[data-test=assign-save-" + finding + "]");
        browser.awaitText("[data-test=rectify-by-error-" + finding + "]", "2026-11-24");
        JsonNode untouched = api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json()
                .get("findings").get(0);
        assertThat(untouched.get("rectifyBy").asString()).as("nothing saved").isEqualTo("2026-12-15");
        assertThat(untouched.get("contractorId").isNull()).isTrue();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the refused deadline").isEmpty();

        pickDay("[data-test=rectify-by-" + finding + "]", "2026-12-04");
        browser.tap("[data-test=assign-save-" + finding + "]");
        browser.awaitText("[data-test=walk-status]", "2026-12-04");
        browser.awaitText("[data-test=rectify-by-shown-" + finding + "]", "2026-12-04");
        browser.awaitText("[data-test=contractor-shown-" + finding + "]", name);
        JsonNode saved = api.as("engineer").get("/api/v1/delivery/inspections/" + inspection).json()
                .get("findings").get(0);
        assertThat(saved.get("contractorId").asLong()).isEqualTo(contractor);
        assertThat(saved.get("rectifyBy").asString()).isEqualTo("2026-12-04");
        assertNoSidewaysScroll("the walk with a contractor and deadline");
        assertThumbSized("[data-test=assign-" + finding + "] select, [data-test=assign-" + finding + "] input, "
                + "[data-test=assign-" + finding + "] button");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the assigned defect").isEmpty();
        browser.screenshot("inspection-walk-assign-zh");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=assign-" + finding + "]", "Contractor responsible");
        assertNoChinese("the English defect with its contractor and deadline");
        browser.screenshot("inspection-walk-assign-en");

        clock.set(java.time.Instant.parse("2026-12-05T02:00:00Z"));
        browser.viewport(1280, 800, false);
        browser.open("/delivery");
        browser.awaitText("[data-test=rectify-by-" + unit + "]", "2026-12-04");
        browser.awaitText("[data-test=overdue-" + unit + "]", "1 overdue");
        assertThat(browser.await("[data-test=figure-findingsOverdue]").getText()).contains("Past their deadline");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the board's deadlines").isEmpty();
        browser.screenshot("workbench-delivery-board-deadline-en");
    }

    @Test
    void aManagerEditsTheChecklistOnAPhoneWithoutScrollingSidewaysWithControlsAThumbCanHit() throws IOException {
        JsonNode window = java.util.stream.StreamSupport.stream(api.as("manager").get("/api/v1/components").json()
                .spliterator(), false).filter(c -> c.get("code").asString().equals("WINDOW")).findFirst().orElseThrow();
        String code = "RAIL_" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

        signIn(browser, "manager", "/delivery/checklist");
        browser.viewport(390, 844, true);
        browser.awaitText("[data-test=checklist-items]", "空鼓");
        assertNoSidewaysScroll("the checklist on a phone");
        browser.tap("[data-test=menu-toggle]");
        browser.await("[data-test=menu-delivery]");
        assertThumbSized("[data-test=menu-toggle], #workbench-nav .el-menu-item");
        browser.tap("[data-test=menu-toggle]");
        browser.awaitScript("return document.querySelector('#workbench-nav').offsetParent === null");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the phone's checklist").isEmpty();
        browser.screenshot("checklist-phone-zh");

        browser.tap("[data-test=new-version]");
        browser.tap("[data-test=add-item]");
        int row = browser.all("[data-test^=row-]").size() - 1;
        browser.await(input("code-" + row)).sendKeys(code);
        browser.await(input("title-" + row)).sendKeys("阳台栏杆高度");
        browser.await(input("titleEn-" + row)).sendKeys("Balcony rail height");
        WebElement list = browser.await("[data-test=component-" + row + "] .el-select__wrapper");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", list);
        list.click();
        WebElement option = visible(".checklist-options .el-select-dropdown__item", window.get("nameZh").asString());
        assertThat(option.getRect().getHeight()).as("an option a thumb can hit").isGreaterThanOrEqualTo(44);
        option.click();
        browser.await(input("max-" + row)).sendKeys("3");
        assertNoSidewaysScroll("the checklist editor on a phone");
        assertThumbSized("[data-test=row-" + row + "] .el-input__wrapper, [data-test=row-" + row + "] .el-select__wrapper, "
                + "[data-test=row-" + row + "] .el-radio-button__inner, [data-test=row-" + row + "] button, "
                + "[data-test=checklist-editor] > .buttons button");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the phone's editor").isEmpty();
        browser.screenshot("checklist-phone-editor-zh");

        browser.tap("[data-test=save-checklist]");
        browser.awaitText("[data-test=checklist-told]", "已保存为第");
        JsonNode item = java.util.stream.StreamSupport.stream(api.as("manager").get("/api/v1/delivery/checklist").json()
                .get("items").spliterator(), false).filter(i -> i.get("code").asString().equals(code)).findFirst()
                .orElseThrow();
        assertThat(item.get("componentCode").asString()).isEqualTo("WINDOW");
        assertThat(item.get("unit").asString()).isEqualTo("MILLIMETRES");
        assertThat(item.get("max").asInt()).isEqualTo(3);
        assertNoSidewaysScroll("the saved checklist on a phone");
    }

    /** Neither the page nor the screen's area scrolls sideways: everything fits the phone's width. */
    private static void assertNoSidewaysScroll(String where) {
        Object widths = browser.script("""
                const main = document.querySelector('#main, main');
                return [document.documentElement.scrollWidth, window.innerWidth, main.scrollWidth, main.clientWidth];""");
        java.util.List<?> w = (java.util.List<?>) widths;
        assertThat(((Number) w.get(0)).intValue()).as(where + ": the page's width " + w).isLessThanOrEqualTo(
                ((Number) w.get(1)).intValue());
        assertThat(((Number) w.get(2)).intValue()).as(where + ": the screen's width " + w).isLessThanOrEqualTo(
                ((Number) w.get(3)).intValue());
    }

    /** Every visible control matched is at least 44 CSS pixels high (a thumb's size). */
    private static void assertThumbSized(String css) {
        @SuppressWarnings("unchecked")
        java.util.List<String> small = (java.util.List<String>) browser.script("""
                return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent !== null)
                    .map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.height < 43.5)
                    .map(([e, r]) => (e.getAttribute('data-test') || e.className || e.tagName) + ' ' + Math.round(r.height));""",
                css);
        assertThat(small).as("controls smaller than a thumb: " + css).isEmpty();
        assertThat(browser.all(css)).as(css).isNotEmpty();
    }

    /**
     * A day chosen in a date field: the phone opens its own calendar for it, which WebDriver cannot reach, so the
     * day is set as that calendar sets it — the value, then the input event.
     */
    private static void pickDay(String css, String day) {
        browser.script("""
                const field = document.querySelector(arguments[0]);
                field.value = arguments[1];
                field.dispatchEvent(new Event('input', { bubbles: true }));
                field.dispatchEvent(new Event('change', { bubbles: true }));""", css, day);
    }

    private static WebElement visible(String css, String text) {
        browser.awaitScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .some(e => e.offsetParent !== null && e.textContent.includes(arguments[1]));""", css, text);
        return browser.all(css).stream().filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst()
                .orElseThrow();
    }

    private long project() {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
    }

    private int newestVersion() {
        return api.as("manager").get("/api/v1/delivery/checklist/versions?limit=1").json().get("items").get(0)
                .get("version").asInt();
    }

    /** The editor's row of an item of the version it starts from. */
    private int rowOf(String code) {
        for (int i = 0; ; i++) {
            if (browser.await(input("code-" + i)).getAttribute("value").equals(code)) {
                return i;
            }
        }
    }

    private static void clearAndType(String css, String text) {
        var field = browser.await(css);
        field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        field.sendKeys(text);
    }

    /** Element Plus puts a field's attributes on its input. */
    private static String input(String test) {
        return "input[data-test=" + test + "], [data-test=" + test + "] input";
    }

    private long appoint(long unit) {
        Api.Response appointed = api.as("agent").post("/api/v1/delivery/inspections",
                Map.of("unitId", unit, "appointedAt", "2026-12-01T02:00:00Z", "inspector", "张工"));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(201);
        return appointed.json().get("id").asLong();
    }

    /** A new unit of 翠湖苑 (the newest, so first on the board), owned by the demo owner, not handed over. */
    private long unitOfTheOwner() {
        long project = StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
        long building = api.as("manager").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        Api.Response created = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "IW-" + System.nanoTime() % 100_000_000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long unit = created.json().get("id").asLong();
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit, "role", "OWNER")).status()).isEqualTo(201);
        return unit;
    }

    private static Path photo() throws IOException {
        Path folder = Files.createTempDirectory("estatecare-inspection-");
        Path file = folder.resolve("hollow.png");
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return file;
    }
}
