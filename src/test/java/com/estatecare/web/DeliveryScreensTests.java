package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.ScreenTest;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The delivery site screen (施工与开放日) in Chromium: a manager keeps a contractor (a blank name shown under its
 * field), writes the month's progress notice with a photo, previews it as the owner's phone draws it and publishes
 * it to the buyers, who then read it with its photo. axe-core on each, English without Chinese, screenshots in
 * both languages. The open days' tab has no browser test yet (its API is tested in DeliveryProgrammeTests).
 */
@EstateCareTest
class DeliveryScreensTests extends ScreenTest {

    @Autowired
    MutableClock clock;

    @AfterEach
    void clockBack() {
        clock.set(TestClockConfiguration.START);
    }

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
