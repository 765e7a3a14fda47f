package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The dispatch board ({@code /dispatch}) and the engineer's day ({@code /my-day}) in headless Chromium: a
 * dispatcher drags a waiting repair onto an engineer and assigns another with the keyboard, the timeline
 * records the dispatch; the engineer responds and completes the visit with a note and a photo on a
 * phone-sized page; the other company's staff sees none of it. axe-core on each screen, both languages.
 */
@EstateCareTest
class DispatchScreenTests extends ScreenTest {

    /** A Tuesday of its own, so that the visits of other tests stay off these screens. */
    private static final String DAY = "2027-02-16";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aDispatcherDragsARepairOntoTheEngineerWhoCompletesTheVisitOnThePhoneAndTheOtherCompanySeesNone()
            throws IOException {
        long unit = given.unit().get("id").asLong();
        long engineer = given.staffId("engineer");
        long dragged = waitingForDispatch(unit);
        long keyed = waitingForDispatch(unit);
        long morning = given.register(given.repairBody(unit));
        given.walk(morning, "REPAIR", 3);
        given.act(morning, "engineer", "agree-plan", Map.of("scheduledAt", DAY + "T01:30:00Z", "workers", "张强"));
        List<String> numbers = List.of(number(dragged), number(keyed), number(morning));

        signIn("agent", "/dispatch?day=" + DAY);
        WebElement card = browser.await("[data-test=unassigned] [data-test=card-" + dragged + "]");
        browser.await("[data-test=track-" + engineer + "] [data-test=card-" + morning + "]");
        assertThat(browser.interfaceText()).contains("派工看板", "待派单").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the dispatch board").isEmpty();
        browser.screenshot("workbench-dispatch-zh");

        browser.dragAndDrop(card, browser.await("[data-test=track-" + engineer + "]"));
        browser.awaitText("[data-test=dispatch-status]", number(dragged));
        browser.await("[data-test=engineer-" + engineer + "] [data-test=card-" + dragged + "]");
        assertThat(given.get(dragged).get("assignee").get("id").asLong()).isEqualTo(engineer);

        new Select(browser.await("[data-test=assign-" + keyed + "]")).selectByValue(Long.toString(engineer));
        browser.await("[data-test=assign-button-" + keyed + "]").sendKeys(Keys.ENTER);
        browser.awaitText("[data-test=dispatch-status]", number(keyed));
        assertThat(given.get(keyed).get("status").asString()).isEqualTo("DISPATCHED");

        browser.await("[data-test=engineer-" + engineer + "] [data-test=card-" + dragged + "] a.number").click();
        browser.awaitText("[data-test=timeline]", "派单");
        assertThat(browser.await("[data-test=timeline]").getText()).contains("客服专员 林芳");
        JsonNode dispatch = api.as("agent").get("/api/v1/requests/" + dragged + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("DISPATCH")).findFirst().orElseThrow();
        assertThat(dispatch.get("details").get("assignee").asString()).isEqualTo("维修工程师 张强");

        browser.open("/dispatch?day=" + DAY + "&view=week");
        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("h1", "Dispatch board");
        browser.await("table.week [data-test=card-" + morning + "]");
        assertNoChinese("the English dispatch board");
        browser.open("/dispatch?day=" + DAY).awaitText("h1", "Dispatch board");
        browser.await("[data-test=track-" + engineer + "] [data-test=card-" + morning + "]");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the English dispatch board").isEmpty();
        browser.screenshot("workbench-dispatch-en");

        theEngineerCompletesOnThePhone(dragged, morning);
        theOtherCompanySeesNone(numbers);
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    private void theEngineerCompletesOnThePhone(long dragged, long morning) throws IOException {
        browser.forgetEverything().viewport(390, 844, true);
        signIn("engineer", "/my-day?day=" + DAY);
        browser.await("[data-test=my-awaiting] [data-test=respond-" + dragged + "]").click();
        browser.awaitText("[data-test=my-day-status]", number(dragged));
        given.act(dragged, "engineer", "agree-plan", Map.of("scheduledAt", DAY + "T06:00:00Z", "workers", "张强"));

        browser.open("/my-day?day=" + DAY);
        browser.await("[data-test=my-visits] [data-test=visit-" + dragged + "]");
        List<String> order = browser.all("[data-test=my-visits] article").stream()
                .map(a -> a.getDomAttribute("data-test")).toList();
        assertThat(order).containsSubsequence("visit-" + morning, "visit-" + dragged);
        String shown = browser.await("[data-test=visit-" + dragged + "]").getText();
        assertThat(shown).contains("14:00", "138****8000", "浦东新区锦绣路 1888 号").doesNotContain("13800138000");
        assertThat(browser.interfaceText()).contains("我的今日", "今日上门").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the engineer's day").isEmpty();
        browser.screenshot("workbench-my-day-zh");

        browser.await("[data-test=complete-" + dragged + "]").click();
        browser.await("#note-" + dragged).sendKeys("更换卫生间地漏密封圈，试水无渗漏");
        browser.await("[data-test=photo-" + dragged + "]").sendKeys(photo().toString());
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the completion form").isEmpty();
        browser.await("[data-test=submit-" + dragged + "]").click();
        browser.awaitText("[data-test=my-day-status]", number(dragged));

        JsonNode done = given.get(dragged);
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(api.as("agent").get("/api/v1/requests/" + dragged + "/attachments").json().valueStream()
                .map(a -> a.get("filename").asString())).containsExactly("work-done.png");
        assertThat(api.as("agent").get("/api/v1/requests/" + dragged + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("COMPLETE")).map(e -> e.get("note").asString()))
                .containsExactly("更换卫生间地漏密封圈，试水无渗漏");

        browser.await(".locale-switch button[lang=en]").click();
        browser.awaitText("[data-test=my-day-status]", "completed");
        assertNoChinese("the engineer's day in English");
        browser.open("/my-day?day=" + DAY).awaitText("h1", "My day");
        browser.await("[data-test=my-visits] [data-test=visit-" + dragged + "]");
        assertNoChinese("the engineer's day in English, opened again");
        browser.screenshot("workbench-my-day-en");
    }

    private void theOtherCompanySeesNone(List<String> numbers) {
        browser.forgetEverything().viewport(1280, 800, false);
        signIn("hz-manager", "/dispatch?day=" + DAY);
        browser.await("[data-test=unassigned]");
        browser.awaitText("[data-test=board]", "韩涛");
        String page = browser.await("body").getText();
        assertThat(page).doesNotContain("维修工程师 张强");
        numbers.forEach(n -> assertThat(page).doesNotContain(n));
        browser.open("/dispatch?day=" + DAY + "&view=week");
        browser.await("table.week");
        String week = browser.await("body").getText();
        numbers.forEach(n -> assertThat(week).doesNotContain(n));
    }

    /** A repair registered and classified, which nobody has yet. */
    private long waitingForDispatch(long unit) {
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 1);
        return id;
    }

    private String number(long id) {
        return given.get(id).get("number").asString();
    }

    private void signIn(String username, String then) {
        browser.open("/sign-in");
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
        browser.await("[data-test=user]");
        browser.open(then);
    }

    /** A small PNG, as a phone's camera would hand one over. */
    private static Path photo() throws IOException {
        Path folder = Files.createTempDirectory("estatecare-photo-");
        Path file = folder.resolve("work-done.png");
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
