package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.ScreenTest;

/**
 * The cases of the library suggested on the intake screen (相似案例) in Chromium: as the agent types the
 * description, the approved case that shares its words appears beside the form, without disturbing it.
 */
@EstateCareTest
class CaseSuggestionScreenTests extends ScreenTest {

    @Autowired
    Api api;

    @Test
    void theCaseOfTheLibraryLikeTheDescriptionIsSuggestedBesideTheForm() throws IOException {
        String place = "香樟" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号楼";
        Api.Response written = api.as("manager").post("/api/v1/cases", Map.of("problem", place + "屋面渗水",
                "cause", "屋面防水层老化", "solution", "屋面防水翻新", "lessons", "雨季前巡检屋面"));
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(api.as("hq").post("/api/v1/cases/" + written.json().get("id").asLong() + "/approve",
                Map.of("version", written.json().get("version").asLong())).status()).as("reviewed by another")
                .isEqualTo(200);

        signIn(browser, "agent", "/intake");
        browser.await("#intake-description").sendKeys(place + "顶楼渗水");
        browser.awaitText("[data-test=similar-cases]", place + "屋面渗水");
        browser.awaitText("[data-test=similar-case]", "屋面防水翻新");
        assertThat(browser.await("#intake-description").getAttribute("value")).isEqualTo(place + "顶楼渗水");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the intake with suggested cases").isEmpty();
        browser.screenshot("intake-similar-cases-zh");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
