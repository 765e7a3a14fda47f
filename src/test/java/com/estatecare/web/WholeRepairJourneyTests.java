package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.Browser;
import com.estatecare.support.CustomerPhones;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * A phone repair's whole way through the screens of everyone who touches it, in Chromium, with no step taken
 * through the API: the agent takes the call on {@code /intake} with the keyboard alone and reads it back,
 * classifies it on the request and assigns it to the engineer on the dispatch board; the engineer, on the
 * phone-sized {@code /my-day}, responds, plans the visit with a quote and completes it; the owner, on the
 * portal at phone size, accepts the quoted plan and confirms the finished work with a rating; the agent
 * revisits and archives it. What each of them sees is checked after each step, and at the end the owner's
 * timeline holds the customer's entries and nothing internal.
 */
@EstateCareTest
class WholeRepairJourneyTests extends ScreenTest {

    /** The action labels of the timelines (zh), as the journey meets them. */
    private static final Map<String, String> ACTION = Map.of("REGISTER", "受理登记", "CLASSIFY", "分类", "DISPATCH",
            "派单", "RESPOND", "响应", "AGREE_PLAN", "方案确认", "CONFIRM_PLAN", "业主答复方案", "COMPLETE", "完成",
            "VERIFY", "业主确认", "REVISIT", "回访", "ARCHIVE", "归档");

    @Autowired
    Fixtures given;

    @Test
    void aPhoneRepairGoesFromTheCallThroughTheEngineerAndTheOwnerToTheArchive() throws IOException {
        String description = "厨房水槽下水管漏水 " + Long.toString(System.nanoTime(), 36);
        String internalNote = "回访时业主提到邻居也有类似问题 " + Long.toString(System.nanoTime(), 36);
        long engineer = given.staffId("engineer");
        String owner = jdbc.sql("select c.name from customer c join account a on a.customer_id = c.id"
                + " where a.username = 'owner'").query(String.class).single();

        String ownersPhone = CustomerPhones.phoneOf(jdbc, "owner");
        long id = theAgentTakesTheCallWithTheKeyboard(ownersPhone, owner, description);
        String number = given.get(id).get("number").asString();
        theAgentClassifiesAndDispatches(id, number, engineer);

        try (Browser phone = Browser.startAnother(port)) {
            phone.viewport(390, 844, true);
            signInToTheWorkbench(phone, "engineer");
            String visitAt = theEngineerRespondsAndPlans(phone, id, number, ownersPhone);

            browser.forgetEverything().viewport(390, 844, true);
            signInToThePortal(browser);
            browser.open("/m/requests/" + id);
            browser.awaitText("[data-test=quote]", "¥350.00");
            assertThat(browser.await("[data-test=plan]").getText()).contains(visitAt);
            browser.tap("[data-test=accept-plan]");
            browser.await("[data-test=plan-accepted]");
            awaitLast(browser, "[data-test=progress] .van-step", ACTION.get("CONFIRM_PLAN"));

            theEngineerCompletes(phone, id, number);

            browser.open("/m/requests/" + id);
            browser.await("[data-test=confirm-form]");
            browser.tap("[data-test=rating] [role=radio]:nth-child(5)");
            browser.await("#comment").sendKeys("修得很快，师傅很专业");
            browser.tap("[data-test=send-confirm]");
            browser.awaitText("[data-test=status]", "业主确认");
            browser.await("[data-test=your-rating]");
            awaitLast(browser, "[data-test=progress] .van-step", ACTION.get("VERIFY"));

            theAgentRevisitsAndArchives(id, internalNote);

            phone.forgetEverything();
            signInToThePortal(phone);
            phone.open("/m/requests/" + id);
            phone.awaitText("[data-test=status]", "已归档");
            awaitLast(phone, "[data-test=progress] .van-step", ACTION.get("ARCHIVE"));
            List<String> shown = phone.all("[data-test=progress] .van-step .step").stream().map(WebElement::getText)
                    .toList();
            JsonNode timeline = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json();
            List<String> toTheCustomer = timeline.valueStream()
                    .filter(e -> e.get("visibility").asString().equals("CUSTOMER"))
                    .map(e -> ACTION.get(e.get("action").asString())).toList();
            assertThat(timeline.valueStream().filter(e -> e.get("visibility").asString().equals("INTERNAL"))
                    .map(e -> e.get("action").asString())).as("internal entries there are")
                    .contains("CLASSIFY", "DISPATCH", "NOTE");
            assertThat(shown).as("the owner's timeline: the customer's entries, in order, nothing internal")
                    .containsExactlyElementsOf(toTheCustomer)
                    .contains(ACTION.get("REGISTER"), ACTION.get("CONFIRM_PLAN"), ACTION.get("ARCHIVE"))
                    .doesNotContain(ACTION.get("CLASSIFY"), ACTION.get("DISPATCH"));
            assertThat((String) phone.script("return document.body.innerText")).doesNotContain(internalNote);
            assertThat(phone.contentSecurityPolicyViolations()).as("CSP violations on the phone").isEmpty();
        }
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();
    }

    /** The call: the owner found by phone, the repair described and read back, all on the keyboard. */
    private long theAgentTakesTheCallWithTheKeyboard(String phone, String owner, String description) {
        signInToTheWorkbench(browser, "agent");
        browser.open("/intake");
        browser.await("#intake-q");
        assertThat(browser.focused().getDomAttribute("id")).as("the cursor waits in the search box").isEqualTo("intake-q");
        browser.keys(phone);
        browser.awaitText("[data-test=choices]", owner);
        browser.keys(Keys.ENTER);
        browser.awaitText("[data-test=caller]", owner);
        assertThat(browser.focused().getDomAttribute("name")).as("Enter moves on to the kind").isEqualTo("intake-kind");
        assertThat(browser.focused().getDomProperty("value")).isEqualTo("REPAIR");
        browser.keys(Keys.TAB, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        assertThat(browser.focused().getDomProperty("value")).isEqualTo("HOUSING_QUALITY");
        browser.keys(Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("intake-description");
        browser.keys(description, Keys.TAB, "厨房水槽下方", Keys.ENTER);
        browser.await("[data-test=read-back]");
        assertThat(browser.focused().getDomAttribute("data-test")).isEqualTo("confirm");
        assertThat(browser.await("[data-test=read-back-caller]").getText()).startsWith(owner).doesNotContain(phone);
        assertThat(browser.await("[data-test=read-back-category]").getText()).isEqualTo("房屋质量");
        browser.keys(Keys.ENTER);
        String number = browser.await("[data-test=saved-number]").getText();
        assertThat(number).startsWith("BX-");
        assertThat(browser.focused().getDomAttribute("id")).as("ready for the next call").isEqualTo("intake-q");
        return jdbc.sql("select id from request where number = :n").param("n", number).query(Long.class).single();
    }

    private void theAgentClassifiesAndDispatches(long id, String number, long engineer) {
        browser.await("[data-test=saved-number]").click();
        browser.awaitText("h1", number);
        browser.awaitText("h1", "已受理");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("REGISTER"));
        assertThat(browser.await("[data-test=timeline]").getText()).contains("客服专员 林芳");

        browser.await("[data-test=action-CLASSIFY]").click();
        browser.await("[data-test=action-form] [data-test=field-category]").click();
        visible(".el-select-dropdown__item", "房屋质量").click();
        browser.await("[data-test=submit-action]").click();
        browser.awaitText("h1", "已分类");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("CLASSIFY"));

        browser.open("/dispatch");
        WebElement search = browser.await("#assign-" + id);
        search.click();
        search.sendKeys("zq"); // 张强's pinyin initials
        browser.awaitScript("const shown = [...document.querySelectorAll('.el-select-dropdown__item')]"
                + ".filter(o => o.offsetParent); return shown.length === 1 && shown[0].textContent.includes('张强')");
        search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.await("[data-test=assign-button-" + id + "]").sendKeys(Keys.ENTER);
        browser.awaitText("[data-test=dispatch-status]", number);
        browser.await("[data-test=engineer-" + engineer + "] [data-test=card-" + id + "] a.number").click();
        browser.awaitText("h1", "已派单");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("DISPATCH"));
        assertThat(given.get(id).get("assignee").get("id").asLong()).isEqualTo(engineer);
    }

    /** Answers the visit's time as the engineer planned it, HH:mm in Shanghai. */
    private String theEngineerRespondsAndPlans(Browser phone, long id, String number, String ownersPhone) throws IOException {
        phone.open("/my-day");
        phone.await("[data-test=my-awaiting] [data-test=respond-" + id + "]").click();
        phone.awaitText("[data-test=my-day-status]", "已响应 " + number);
        phone.awaitText("[data-test=my-awaiting] [data-test=visit-" + id + "]", "已响应");

        phone.await("[data-test=plan-" + id + "]").click();
        String time = phone.await("[data-test=plan-time-" + id + "]").getDomProperty("value");
        assertThat(time).as("the next whole hour of the day shown").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:00");
        phone.await("#plan-workers-" + id).sendKeys("张强");
        phone.await("#plan-materials-" + id).sendKeys("下水管 PVC 50");
        phone.await("[data-test=plan-paid-" + id + "]").click();
        phone.await("[data-test=plan-quote-" + id + "]").sendKeys("350");
        assertThat(phone.seriousAccessibilityViolations()).as("axe on the plan form").isEmpty();
        phone.screenshot("workbench-my-day-plan-zh");
        phone.await("[data-test=plan-submit-" + id + "]").click();
        phone.awaitText("[data-test=my-day-status]", number + " 的方案已记录");
        // the visit's card is refreshed after the plan is recorded: wait for its new state, then read it
        phone.awaitText("[data-test=my-visits] [data-test=visit-" + id + "]", "方案确认");
        String visit = phone.await("[data-test=my-visits] [data-test=visit-" + id + "]").getText();
        assertThat(visit).contains(time.substring(11), "方案确认").doesNotContain(ownersPhone);
        JsonNode plan = given.get(id).get("repairPlan");
        assertThat(plan.get("quotedFen").asLong()).isEqualTo(35_000);
        assertThat(plan.get("workers").asString()).isEqualTo("张强");
        return time.substring(11);
    }

    private void theEngineerCompletes(Browser phone, long id, String number) {
        phone.open("/my-day");
        phone.tap("[data-test=my-visits] [data-test=complete-" + id + "]");
        phone.await("#note-" + id).sendKeys("更换下水管及密封圈，试水无渗漏");
        phone.await("[data-test=submit-" + id + "]").click();
        phone.awaitText("[data-test=my-day-status]", number + " 已完工");
        phone.awaitText("[data-test=my-visits] [data-test=visit-" + id + "]", "已完成");
    }

    private void theAgentRevisitsAndArchives(long id, String internalNote) {
        browser.forgetEverything().viewport(1280, 800, false);
        signInToTheWorkbench(browser, "agent");
        browser.open("/requests/" + id);
        browser.awaitText("h1", "业主确认");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("VERIFY"));
        assertThat(lastText(browser, "[data-test=timeline] .el-timeline-item")).contains("修得很快");

        browser.await("#internal-note-text").sendKeys(internalNote);
        browser.await("[data-test=internal-note] button[type=submit]").click();
        browser.awaitText("[data-test=timeline]", internalNote);

        browser.await("[data-test=action-REVISIT]").click();
        browser.await("[data-test=action-form] .el-radio").click();
        browser.await("[data-test=action-form] .el-rate__item:nth-child(5)").click();
        browser.await("#action-REVISIT-note").sendKeys("业主对维修满意");
        browser.await("[data-test=submit-action]").click();
        browser.awaitText("h1", "已回访");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("REVISIT"));

        browser.await("[data-test=action-ARCHIVE]").click();
        browser.await("[data-test=submit-action]").click();
        browser.awaitText("h1", "已归档");
        awaitLast(browser, "[data-test=timeline] .el-timeline-item", ACTION.get("ARCHIVE"));
        assertThat(browser.all("[data-test=allowed-actions] button").stream()
                .map(b -> b.getDomAttribute("data-test"))).as("an archived request can only be reopened")
                .containsExactly("action-REOPEN");
    }

    private static void signInToTheWorkbench(Browser b, String username) {
        b.open("/sign-in");
        b.await("#username").sendKeys(username);
        b.await("#password").sendKeys("demo");
        b.await("button[type=submit]").click();
        b.await("[data-test=user]");
    }

    private static void signInToThePortal(Browser b) {
        b.open("/m/sign-in");
        b.await("[data-test=sign-in-other-way]").click();
        b.await("#username").sendKeys("owner");
        b.await("#password").sendKeys("demo");
        b.await("button[type=submit]").click();
        b.await("[data-test=my-requests]");
    }

    /** Waits until the last of the elements (a timeline's newest entry) holds the text. */
    private static void awaitLast(Browser b, String css, String text) {
        b.awaitScript("""
                const all = document.querySelectorAll(arguments[0]);
                return all.length > 0 && all[all.length - 1].textContent.includes(arguments[1]);""", css, text);
    }

    private static String lastText(Browser b, String css) {
        List<WebElement> all = b.all(css);
        return all.get(all.size() - 1).getText();
    }

    /** The one element of those shown that holds the text (a select's option, drawn in a popper). */
    private static WebElement visible(String css, String text) {
        browser.awaitScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .some(e => e.offsetParent !== null && e.textContent.includes(arguments[1]));""", css, text);
        return browser.all(css).stream().filter(e -> e.isDisplayed() && e.getText().contains(text)).findFirst()
                .orElseThrow();
    }
}
