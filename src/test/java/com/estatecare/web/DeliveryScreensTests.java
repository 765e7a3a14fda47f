package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.delivery.InspectionWalkTestsAccess;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The delivery site screen (施工与开放日) in Chromium: a manager keeps a contractor (a blank name shown under its
 * field), writes the month's progress notice with a photo, previews it as the owner's phone draws it and publishes
 * it to the buyers, who then read it with its photo; an agent schedules an open day with its place, date and
 * capacity (a capacity of none refused at its field), sees the confirmed owner and the one waiting, records who came
 * once the day has begun, and the delivery board counts it. axe-core on each, English without Chinese, screenshots
 * in both languages.
 */
@EstateCareTest
class DeliveryScreensTests extends ScreenTest {

    @Autowired
    MutableClock clock;

    @Test
    void aManagerKeepsAContractorAndPublishesTheMonthsNoticeWithAPhotoTheOwnersRead() throws IOException {
        long project = firstProject();
        String month = freeMonth(project);
        String contractor = "中建五局-" + System.nanoTime() % 100_000;

        signIn(browser, "manager", "/delivery/site");
        browser.await("[data-test=contractor-add]").click();
        browser.await("#contractor-name").sendKeys(" ", Keys.ENTER);
        assertThat(browser.await("[data-test=contractor-form] .el-form-item__error").getText()).isNotBlank();
        browser.await("#contractor-name").sendKeys(contractor);
        browser.await("#contractor-trade").sendKeys("土建", Keys.ENTER);
        browser.awaitText("[data-test=contractor-list]", contractor);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the contractors").isEmpty();

        browser.await("#tab-notices").click();
        WebElement monthInput = browser.await("#notice-month");
        monthInput.sendKeys(Keys.chord(Keys.CONTROL, "a"), month, Keys.ENTER);
        browser.await("#notice-title").sendKeys("外立面施工");
        browser.await("#notice-body").sendKeys("3栋外立面石材干挂完成过半，预计下月完成。");
        browser.await("[data-test=notice-photos]").sendKeys(photo().toString());
        browser.awaitText("[data-test=notice-card]", "外立面施工");
        browser.awaitScript("return document.querySelector('[data-test=notice-card] img')?.complete === true");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the notice and its preview").isEmpty();
        browser.screenshot("workbench-delivery-site-notice-zh");
        browser.await("[data-test=notice-publish]").click();
        browser.awaitText("[data-test=notice-told]", "已发布");

        JsonNode published = api.as("owner").get("/api/v1/delivery/my-notices").json().valueStream()
                .filter(n -> n.get("projectId").asLong() == project && n.get("month").asString().equals(month))
                .findFirst().orElseThrow();
        assertThat(published.get("title").asString()).isEqualTo("外立面施工");
        assertThat(published.get("photoIds")).hasSize(1);
        assertThat(api.as("owner").get("/api/v1/delivery/notices/" + published.get("id").asLong() + "/photos/"
                + published.get("photoIds").get(0).asLong()).status()).as("the owner sees the photo").isEqualTo(200);
        browser.awaitText("[data-test=notice-recipients-" + published.get("id").asLong() + "]",
                "送达 " + published.get("recipients").asInt() + " 位业主");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=delivery-site]", "Site and open days");
        assertNoChinese("the English progress notices");
        assertThat(browser.interfaceText()).doesNotContain("deliverySite.");
        browser.screenshot("workbench-delivery-site-notice-en");
    }

    @Test
    void anAgentHoldsAnOpenDaySeesTheWaitingLineAndRecordsWhoCame() throws IOException {
        long project = InspectionWalkTestsAccess.project(api, "翠湖苑");
        String title = "开放日-" + System.nanoTime() % 100_000;
        String second = InspectionWalkTestsAccess.secondOwner(api, project);

        signIn(browser, "agent", "/delivery/site?tab=open-days");
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-list]");
        browser.await("#open-day-title").sendKeys(title);
        browser.await("#open-day-place").sendKeys("5号楼样板间");
        // a day already past on the server's clock (Tuesday 24 November): its problem under the day's field
        browser.await("#open-day-day").sendKeys("2026-11-20", Keys.TAB);
        WebElement capacity = browser.await("#open-day-capacity");
        capacity.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "1", Keys.TAB);
        browser.await("[data-test=open-day-save]").click();
        browser.awaitText("[data-test=open-day-form] .el-form-item__error", "2026-11-24");
        assertThat(api.as("agent").get("/api/v1/delivery/projects/" + project + "/open-days").body())
                .as("nothing saved").doesNotContain(title);
        // one place: the browser's own check of a number field (its step) never stops the form, the server decides
        browser.await("#open-day-day").sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-12-06", Keys.TAB);
        browser.await("[data-test=open-day-save]").click();
        browser.awaitText("[data-test=open-day-told]", title);
        JsonNode scheduled = api.as("agent").get("/api/v1/delivery/projects/" + project + "/open-days").json()
                .valueStream().filter(d -> d.get("title").asString().equals(title)).findFirst().orElseThrow();
        long day = scheduled.get("id").asLong();
        assertThat(scheduled.get("place").asString()).isEqualTo("5号楼样板间");
        assertThat(scheduled.get("capacity").asInt()).isEqualTo(1);
        assertThat(scheduled.get("startsAt").asString()).isEqualTo("2026-12-06T01:00:00Z"); // 09:00 in Shanghai
        assertThat(scheduled.get("endsAt").asString()).isEqualTo("2026-12-06T04:00:00Z");
        assertThat(api.as("owner").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of()).status())
                .isEqualTo(200);
        api.basic(second, "secret-123").post("/api/v1/delivery/open-days/" + day + "/sign-up", Map.of());
        long attendedBefore = attended(project);

        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=sign-ups]", "候补");
        Set<String> states = browser.all("[data-test^=sign-up-status-]").stream().map(WebElement::getText)
                .collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder("已确认", "候补");
        browser.await("[data-test^=came-]").click();
        browser.awaitText("[data-test=sign-up-problem]", "开放日");
        assertThat(attended(project)).as("not before the day").isEqualTo(attendedBefore);

        clock.set(Instant.parse("2026-12-06T02:00:00Z"));
        browser.open("/delivery/site?tab=open-days");
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=sign-ups]", "候补");
        browser.await("[data-test^=came-]").click();
        browser.awaitScript("return document.querySelector('[data-test^=came-]').getAttribute('aria-pressed') === 'true'");
        assertThat(attended(project)).as("the board counts who came").isEqualTo(attendedBefore + 1);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the open days").isEmpty();
        browser.screenshot("workbench-delivery-site-open-days-zh");

        browser.open("/delivery");
        browser.awaitText("[data-test=figure-openDayAttended]", "开放日到场");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the board's figures").isEmpty();

        browser.open("/delivery/site?tab=open-days");
        browser.await(".locale-switch button[lang=en]").click();
        chooseProject("翠湖苑");
        browser.await("[data-test=open-day-show-" + day + "]").click();
        browser.awaitText("[data-test=sign-ups]", "Waiting");
        assertNoChinese("the English open days");
        browser.screenshot("workbench-delivery-site-open-days-en");
    }

    /** Chooses the project in the screen's list (the screen opens with the first one the user sees). */
    private static void chooseProject(String name) {
        browser.await("[data-test=site-project] .el-select__wrapper").click();
        // the option is clicked as soon as the list shows it (the list fades in: found and clicked in one step)
        browser.awaitScript("""
                const option = [...document.querySelectorAll('.el-select-dropdown__item')]
                    .find(e => e.offsetParent !== null && e.textContent.includes(arguments[0]));
                if (option) option.click();
                return !!option;""", name);
        browser.awaitText("[data-test=site-project]", name);
    }

    private long attended(long project) {
        return api.as("agent").get("/api/v1/delivery/projects/" + project + "/board?limit=1").json().get("figures")
                .get("openDayAttended").asLong();
    }

    /** The project the screen opens with: the first the manager sees. */
    private long firstProject() {
        return api.as("manager").get("/api/v1/projects").json().get(0).get("id").asLong();
    }

    /** A month of the project without a notice yet (the tests share one database), back from the clock's month. */
    private String freeMonth(long project) {
        Set<String> taken = api.as("manager").get("/api/v1/delivery/projects/" + project + "/notices").json()
                .valueStream().map(n -> n.get("month").asString()).collect(Collectors.toSet());
        YearMonth month = YearMonth.from(TestClockConfiguration.START.atZone(java.time.ZoneId.of("Asia/Shanghai")));
        while (taken.contains(month.toString())) {
            month = month.minusMonths(1);
        }
        return month.toString();
    }

    private static Path photo() throws IOException {
        Path file = Files.createTempDirectory("estatecare-notice-").resolve("facade.png");
        BufferedImage image = new BufferedImage(96, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 96; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | 0x60);
            }
        }
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
