package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * Maintenance campaigns (定期保养) in Chromium: a manager reads a campaign's progress and its visit plan and marks a
 * visit done, the progress moving; axe-core, English without Chinese, screenshots in both languages.
 */
@EstateCareTest
class CampaignScreenTests extends ScreenTest {

    @Test
    void aManagerReadsTheVisitPlanAndAVisitMarkedDoneCountsInTheProgress() throws IOException {
        long project = StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("id").asLong();
        Api.Response building = api.as("manager").post("/api/v1/buildings",
                Map.of("projectId", project, "name", "保养" + System.nanoTime() % 100_000_000 + "栋"));
        long buildingId = building.json().get("id").asLong();
        for (int i = 0; i < 3; i++) {
            api.as("manager").post("/api/v1/units", Map.of("buildingId", buildingId, "unitNo", "P" + i));
        }
        Api.Response planned = api.as("manager").post("/api/v1/campaigns", Map.of("projectId", project,
                "buildingIds", java.util.List.of(buildingId), "componentCode", "WINDOW", "title", "门窗润滑保养",
                "startsOn", "2026-11-30", "endsOn", "2026-12-11"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        long campaign = planned.json().get("id").asLong();

        signIn(browser, "manager", "/campaigns");
        browser.await("[data-test=visits-" + campaign + "]").click();
        browser.awaitText("[data-test=visit-list]", "2026-11-30");
        long visit = api.as("manager").get("/api/v1/campaigns/" + campaign + "/visits").json().get("items").get(0)
                .get("id").asLong();
        browser.await("[data-test=done-" + visit + "]").click();
        browser.awaitText("[data-test=done-count-" + campaign + "]", "1");
        assertThat(api.as("manager").get("/api/v1/campaigns/" + campaign + "/visits").json().get("items").get(0)
                .get("doneAt").isNull()).as("done").isFalse();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the campaigns").isEmpty();
        browser.screenshot("workbench-campaigns-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=campaigns]", "Maintenance campaigns");
        assertNoChinese("the English campaigns");
        browser.screenshot("workbench-campaigns-en");
    }
}
