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
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.Browser;
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
    /** The Wednesday after, for the visits moved. */
    private static final String MOVE_DAY = "2027-02-17";

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

        signIn(browser, "agent", "/dispatch?day=" + DAY);
        WebElement card = browser.await("[data-test=unassigned] [data-test=card-" + dragged + "]");
        browser.await("[data-test=track-" + engineer + "] [data-test=card-" + morning + "]");
        assertThat(browser.interfaceText()).contains("派工看板", "待派单").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the dispatch board").isEmpty();
        browser.screenshot("workbench-dispatch-zh");

        browser.dragAndDrop(card, browser.await("[data-test=track-" + engineer + "]"));
        browser.awaitText("[data-test=dispatch-status]", number(dragged));
        browser.await("[data-test=engineer-" + engineer + "] [data-test=card-" + dragged + "]");
        assertThat(given.get(dragged).get("assignee").get("id").asLong()).isEqualTo(engineer);

        WebElement search = browser.await("#assign-" + keyed);
        search.click();
        search.sendKeys("zq"); // 张强's pinyin initials
        browser.awaitScript("const shown = [...document.querySelectorAll('.el-select-dropdown__item')]"
                + ".filter(o => o.offsetParent); return shown.length === 1 && shown[0].textContent.includes('张强')");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
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

    @Test
    void aColleaguesMoveShowsLiveAndAMoveOntoAnotherVisitShowsTheConflictBeforeItIsAccepted() throws IOException {
        long unit = given.unit().get("id").asLong();
        long engineer = given.staffId("engineer");
        long morning = planned(unit, MOVE_DAY + "T01:00:00Z"); // 09:00 in Shanghai
        long afternoon = planned(unit, MOVE_DAY + "T06:00:00Z"); // 14:00
        String track = "[data-test=track-" + engineer + "]";

        signIn(browser, "agent", "/dispatch?day=" + MOVE_DAY);
        browser.await(track + " [data-test=card-" + afternoon + "]");
        browser.await("[data-test=live][data-state=open]");
        browser.script("window.notReloaded = true");

        Browser colleague = Browser.startAnother(port);
        try {
            colleague.open("/sign-in");
            colleague.await("#username").sendKeys("manager");
            colleague.await("#password").sendKeys("demo");
            colleague.await("button[type=submit]").click();
            colleague.await("[data-test=user]");
            colleague.open("/dispatch?day=" + MOVE_DAY);
            dropAt(colleague, colleague.await("[data-test=card-" + afternoon + "]"), colleague.await(track), 16);
            colleague.awaitText("[data-test=dispatch-status]", "16:00");
        } finally {
            colleague.close();
        }
        browser.awaitText("[data-test=card-" + afternoon + "] .time", "16:00");
        assertThat(browser.script("return window.notReloaded === true")).as("updated without a reload").isEqualTo(true);

        dropAt(browser, browser.await("[data-test=card-" + morning + "]"), browser.await(track), 16.25);
        browser.awaitText("[data-test=conflicts]", number(afternoon));
        assertThat(browser.await("[data-test=conflicts]").getText()).contains("16:00", "维修工程师 张强");
        assertThat(given.get(morning).toString()).as("not moved before it is accepted").contains(MOVE_DAY + "T01:00:00Z");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the conflicts").isEmpty();
        browser.await("[data-test=move-anyway]").click();
        browser.awaitText("[data-test=dispatch-status]", number(morning));

        JsonNode moved = api.as("agent").get("/api/v1/requests/" + morning + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("RESCHEDULE")).findFirst().orElseThrow();
        assertThat(moved.get("actorName").asString()).isEqualTo("客服专员 林芳");
        assertThat(moved.get("details").get("fromScheduledAt").asString()).isEqualTo(MOVE_DAY + "T01:00:00Z");
        assertThat(moved.get("details").get("scheduledAt").asString()).isEqualTo(MOVE_DAY + "T08:30:00Z");
        assertThat(moved.get("details").get("conflictsAccepted").toString()).contains(number(afternoon));
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    /** Drags {@code card} onto {@code track} at {@code hour} (Shanghai) of the day axis, 08:00 to 20:00. */
    private static void dropAt(Browser in, WebElement card, WebElement track, double hour) {
        in.script("""
                const [from, to, fraction] = arguments;
                const box = to.getBoundingClientRect();
                const data = new DataTransfer();
                const at = { bubbles: true, cancelable: true, composed: true, dataTransfer: data,
                    clientX: box.left + box.width / 2, clientY: box.top + box.height * fraction };
                from.dispatchEvent(new DragEvent('dragstart', at));
                to.dispatchEvent(new DragEvent('dragenter', at));
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));
                from.dispatchEvent(new DragEvent('dragend', at));""", card, track, (hour - 8) / 12);
    }

    /** A repair dispatched to the engineer, who agreed a visit at {@code at}. */
    private long planned(long unit, String at) {
        long id = given.register(given.repairBody(unit));
        given.walk(id, "REPAIR", 3);
        given.act(id, "engineer", "agree-plan", Map.of("scheduledAt", at, "workers", "张强"));
        return id;
    }

    private void theEngineerCompletesOnThePhone(long dragged, long morning) throws IOException {
        browser.forgetEverything().viewport(390, 844, true);
        signIn(browser, "engineer", "/my-day?day=" + DAY);
        browser.await("[data-test=my-awaiting] [data-test=respond-" + dragged + "]").click();
        browser.awaitText("[data-test=my-day-status]", number(dragged));
        browser.await("[data-test=plan-" + dragged + "]").click();
        browser.script("const input = arguments[0]; input.value = arguments[1];"
                + " input.dispatchEvent(new Event('input', { bubbles: true }))",
                browser.await("[data-test=plan-time-" + dragged + "]"), DAY + "T14:00");
        browser.await("[data-test=plan-paid-" + dragged + "]").click();
        browser.await("[data-test=plan-submit-" + dragged + "]").click();
        browser.awaitText("[data-test=plan-form-" + dragged + "]", "必填");
        browser.await("[data-test=plan-quote-" + dragged + "]").sendKeys("180.50");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the plan form").isEmpty();
        browser.await("[data-test=plan-submit-" + dragged + "]").click();
        browser.awaitText("[data-test=my-day-status]", number(dragged));
        JsonNode planned = given.get(dragged);
        assertThat(planned.get("status").asString()).isEqualTo("PLAN_AGREED");
        assertThat(planned.toString()).contains(DAY + "T06:00:00Z", "18050");

        browser.await("[data-test=my-visits] [data-test=visit-" + dragged + "]");
        List<String> order = browser.all("[data-test=my-visits] article").stream()
                .map(a -> a.getDomAttribute("data-test")).toList();
        assertThat(order).containsSubsequence("visit-" + morning, "visit-" + dragged);
        String shown = browser.await("[data-test=visit-" + dragged + "]").getText();
        assertThat(shown).contains("14:00", "138****8000", "浦东新区锦绣路 1888 号").doesNotContain("13800138000");
        assertThat(browser.interfaceText()).contains("我的今日", "今日上门").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the engineer's day").isEmpty();
        browser.screenshot("workbench-my-day-zh");

        browser.tap("[data-test=complete-" + dragged + "]");
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
        signIn(browser, "hz-manager", "/dispatch?day=" + DAY);
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
