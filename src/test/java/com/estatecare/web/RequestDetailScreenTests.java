package com.estatecare.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.ScreenTest;

import tools.jackson.databind.JsonNode;

/**
 * The workbench's request detail, where a request is worked, in headless
 * Chromium: a grade 2 complaint with its grade and reasons, only the steps the
 * API allows, a message to the owner that the owner reads on the portal and
 * an internal note they never see, attachments uploaded and previewed, and the
 * complaint handling form (投诉处理单) printed on one A4 page.
 */
@EstateCareTest
class RequestDetailScreenTests extends ScreenTest {


    @Test
    void aGradeTwoComplaintShowsItsReasonsAndTheOwnerReadsTheMessageButNeverTheInternalNote() throws IOException {
        long id = gradeTwoComplaintOfTheDemoOwner();
        JsonNode shown = api.as("agent").get("/api/v1/requests/" + id).json();
        String nonce = Long.toString(System.nanoTime(), 36);
        String message = "师傅明天上午上门查看 " + nonce;
        String note = "业主情绪激动，注意沟通 " + nonce;

        signInAndOpen("agent", id);
        browser.awaitText("[data-test=grade-value]", "2 级");
        for (JsonNode reason : shown.get("gradeReasons")) {
            browser.awaitText("[data-test=grade-reasons]", reason.get("text").asString());
        }
        assertThat(offeredSteps()).as("the steps offered are those the API allows, no other")
                .isEqualTo(allowedSteps(shown));
        assertThat(browser.all("[data-test=action-ARCHIVE]")).as("archiving is not allowed yet").isEmpty();

        browser.await("#internal-note-text").sendKeys(note);
        browser.await("[data-test=internal-note] button[type=submit]").click();
        browser.awaitText("[data-test=timeline]", note);
        browser.await("#customer-message-text").sendKeys(message);
        browser.await("[data-test=customer-message] button[type=submit]").click();
        browser.awaitText("[data-test=timeline]", message);
        assertThat(lastEntryText("CUSTOMER")).contains(message);
        assertThat(lastEntryText("INTERNAL")).contains(note);
        assertThat(browser.interfaceText()).contains("内部记录", "告知业主").doesNotContainPattern(RAW_KEY);
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the worked request").isEmpty();
        browser.screenshot("workbench-request-worked-zh");

        browser.await(".locale-switch button[lang=en]").click();
        browser.open("/requests/" + id);
        browser.awaitText("[data-test=grade-value]", "Grade 2");
        browser.awaitText("[data-test=timeline-heading]", "Timeline");
        assertNoChinese("the worked request in English");
        browser.screenshot("workbench-request-worked-en");
        assertThat(browser.contentSecurityPolicyViolations()).as("CSP violations in the console").isEmpty();

        String ownersTimeline = api.as("owner").get("/api/v1/requests/" + id + "/timeline").body();
        assertThat(ownersTimeline).contains(message).doesNotContain(note, "INTERNAL");

        browser.forgetEverything().viewport(390, 844, true);
        browser.open("/m/sign-in");
        browser.await("[data-test=sign-in-other-way]").click();
        signIn("owner");
        browser.await("[data-test=my-requests]");
        browser.open("/m/requests/" + id);
        browser.awaitText("[data-test=progress]", message);
        assertThat((String) browser.script("return document.body.innerText")).doesNotContain(note);
    }

    @Test
    void aFileChosenOrDroppedShowsItsPreviewAndTheComplaintFormPrintsOnOneA4Page() throws IOException {
        long id = gradeTwoComplaintOfTheDemoOwner();
        Path photo = Files.createTempFile("leak-", ".png");
        try {
            Files.write(photo, png(Color.BLUE));
            signInAndOpen("agent", id);
            browser.await("[data-test=drop-zone]");
            browser.all("[data-test=file-input]").get(0).sendKeys(photo.toString());
            awaitLoadedPreviews(1);
            browser.script("""
                    const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                    const transfer = new DataTransfer();
                    transfer.items.add(new File([bytes], 'crack.png', { type: 'image/png' }));
                    const zone = document.querySelector('[data-test=drop-zone]');
                    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));""",
                    Base64.getEncoder().encodeToString(png(Color.RED)));
            awaitLoadedPreviews(2);
            assertThat(api.as("agent").get("/api/v1/requests/" + id + "/attachments").json()).hasSize(2);
            assertThat(api.as("owner").get("/api/v1/requests/" + id + "/attachments").json())
                    .as("staff uploads stay internal unless shared").isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).as("axe with attachments").isEmpty();
        } finally {
            Files.deleteIfExists(photo);
        }

        browser.await("[data-test=print-sheet]").click();
        browser.await("[data-test=complaint-sheet]");
        browser.awaitText("[data-test=complaint-sheet] h1", "投诉处理单");
        assertThat(browser.seriousAccessibilityViolations()).as("axe on the complaint handling form").isEmpty();
        browser.screenshot("workbench-complaint-sheet-zh");
        String pdf = new String(browser.printToPdf(), StandardCharsets.ISO_8859_1);
        assertThat(pages(pdf)).as("the complaint handling form prints on one page").isEqualTo(1);
        assertThat(mediaBox(pdf)).as("an A4 page, 595 × 842 points").satisfies(box -> {
            assertThat(box[0]).isBetween(594.0, 597.0);
            assertThat(box[1]).isBetween(841.0, 843.0);
        });
    }

    /** A complaint on the demo owner's unit that the media may take up: graded 2 (热点投诉) by the grading module. */
    private long gradeTwoComplaintOfTheDemoOwner() {
        Api.Caller owner = api.as("owner");
        long customer = owner.get("/api/v1/me").json().get("customerId").asLong();
        long unit = api.homeOf("owner");
        Map<String, Object> body = new Fixtures(api).complaintBody(unit);
        body.put("customerId", customer);
        body.put("media", "LIKELY");
        long id = new Fixtures(api).register(body);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode grade = api.as("agent").get("/api/v1/requests/" + id).json().get("grade");
            return grade != null && grade.asInt() == 2;
        });
        return id;
    }

    private void signInAndOpen(String username, long id) {
        signIn(browser, username, "/requests/" + id);
        browser.await("[data-test=timeline] .el-timeline-item");
    }

    private void signIn(String username) {
        browser.await("#username").sendKeys(username);
        browser.await("#password").sendKeys("demo");
        browser.await("button[type=submit]").click();
    }

    /** The steps the API allows now, but a note and a message to the owner, which have their own composers. */
    private static Set<String> allowedSteps(JsonNode request) {
        return request.get("allowedActions").valueStream().map(a -> a.asString().toUpperCase().replace('-', '_'))
                .filter(a -> !a.equals("NOTE") && !a.equals("NOTIFY_PROGRESS")).collect(Collectors.toSet());
    }

    private static Set<String> offeredSteps() {
        return browser.all("[data-test=allowed-actions] button").stream()
                .map(b -> b.getDomAttribute("data-test").substring("action-".length())).collect(Collectors.toSet());
    }

    private static String lastEntryText(String visibility) {
        List<org.openqa.selenium.WebElement> entries = browser.all("[data-test=entry-" + visibility + "]");
        return entries.get(entries.size() - 1).getText();
    }

    private static void awaitLoadedPreviews(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ((Number) browser.script("""
                return [...document.querySelectorAll('[data-test=attachments] img[data-test=preview]')]
                    .filter(i => i.complete && i.naturalWidth > 0).length""")).intValue() == count);
    }

    /** A 64 × 48 PNG of one colour. */
    private static byte[] png(Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The page objects of a PDF as Chromium writes it (its object dictionaries are not compressed). */
    static int pages(String pdf) {
        Matcher page = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(pdf);
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }

    /** Width and height in points of the first page's media box. */
    static double[] mediaBox(String pdf) {
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*]").matcher(pdf);
        assertThat(box.find()).as("a media box in the PDF").isTrue();
        return new double[] { Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)) };
    }

}
