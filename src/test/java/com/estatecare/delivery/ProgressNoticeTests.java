package com.estatecare.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Construction progress notices over HTTP against PostgreSQL, the test clock in November 2026: published once a
 * month to the buyers of units not yet handed over, written on each buyer's customer file, read by the project's
 * owners in the portal with their photos and by nobody of the other company; hostile months and photos refused.
 */
@EstateCareTest
class ProgressNoticeTests {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    Api api;

    @Test
    void aMonthsNoticeGoesOnEachWaitingBuyersFileAndToTheProjectsOwnersWithItsPhotos() {
        long project = project("翠湖苑");
        long customer = buyerOfANewUnit(project);
        String month = freeMonth(project);
        Api.Response published = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                Map.of("month", month, "title", "主体结构封顶", "body", "3栋主体结构已于本月封顶，外立面施工中。"));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        long notice = published.json().get("id").asLong();
        assertThat(published.json().get("recipients").asInt()).isPositive();

        Api.Response photo = api.as("agent").multipart("/api/v1/delivery/notices/" + notice + "/photos", "x.png", PNG);
        assertThat(photo.status()).as(photo.body()).isEqualTo(201);
        long photoId = photo.json().get("photoIds").get(0).asLong();

        JsonNode mine = api.as("owner").get("/api/v1/delivery/my-notices").json();
        assertThat(StreamSupport.stream(mine.spliterator(), false).map(n -> n.get("id").asLong())).contains(notice);
        Api.Response picture = api.as("owner").get("/api/v1/delivery/notices/" + notice + "/photos/" + photoId);
        assertThat(picture.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(api.as("hz-owner").get("/api/v1/delivery/my-notices").json().spliterator(),
                false).map(n -> n.get("id").asLong())).doesNotContain(notice);
        assertThat(api.as("hz-owner").get("/api/v1/delivery/notices/" + notice + "/photos/" + photoId).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/delivery/projects/" + project + "/notices").status())
                .isEqualTo(404);

        await().atMost(Duration.ofSeconds(20)).until(() -> api.as("agent")
                .get("/api/v1/customers/" + customer + "/file").body().contains("主体结构封顶"));
        assertThat(api.as("agent").get("/api/v1/customers/" + customer + "/file").body()).contains("工程进度通知");

        Api.Response second = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                Map.of("month", month, "title", "again", "body", "again"));
        assertThat(second.status()).as(second.body()).isEqualTo(409);

        await().atMost(Duration.ofSeconds(20)).until(() -> inboxOf("owner", month) == 1);
        JsonNode message = api.as("owner").get("/api/v1/me/inbox?limit=50").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("PROGRESS_NOTICE") && n.get("title").asString()
                        .contains("（" + month + "）：")).filter(n -> n.get("title").asString().endsWith("主体结构封顶"))
                .findFirst().orElseThrow();
        assertThat(message.get("title").asString()).isEqualTo("工程进度通知（" + month + "）：主体结构封顶");
        assertThat(api.as("owner").english().get("/api/v1/me/inbox?limit=50").body())
                .contains("Construction progress (" + month + "): 主体结构封顶");
        assertThat(inboxOf("hz-owner", month)).as("the other company's owner").isZero();
    }

    /** How many of the account's messages are this test's notice: 翠湖苑's of that month (one a month). */
    private long inboxOf(String account, String month) {
        return api.as(account).get("/api/v1/me/inbox?limit=100").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("PROGRESS_NOTICE")
                        && n.get("title").asString().contains("（" + month + "）：主体结构封顶"))
                .count();
    }

    @Test
    void hostileMonthsAndPhotosAreProblemsAndPublishNothing() {
        long project = project("翠湖苑");
        int before = api.as("agent").get("/api/v1/delivery/projects/" + project + "/notices").json().size();
        for (String month : List.of("2026-13", "next month", "2027-01", "1900-01", "2026-1")) {
            Api.Response refused = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                    Map.of("month", month, "title", "t", "body", "b"));
            assertThat(refused.status()).as(month + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("month");
        }
        Api.Response huge = api.as("agent").post("/api/v1/delivery/projects/" + project + "/notices",
                Map.of("month", "2026-01", "title", "t", "body", "字".repeat(8001)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(api.as("engineer").post("/api/v1/delivery/projects/" + project + "/notices",
                Map.of("month", "2026-01", "title", "t", "body", "b")).status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/delivery/projects/" + project + "/notices").json().size())
                .as("nothing published").isEqualTo(before);
    }

    // ---- helpers ----

    /** A month before November 2026 that the project has no notice of yet (tests share one database). */
    private String freeMonth(long project) {
        JsonNode notices = api.as("agent").get("/api/v1/delivery/projects/" + project + "/notices").json();
        List<String> taken = StreamSupport.stream(notices.spliterator(), false).map(n -> n.get("month").asString())
                .toList();
        for (java.time.YearMonth m = java.time.YearMonth.of(2026, 11); ; m = m.minusMonths(1)) {
            if (!taken.contains(m.toString())) {
                return m.toString();
            }
        }
    }

    private long project(String name) {
        return StreamSupport.stream(api.as("manager").get("/api/v1/projects").json().spliterator(), false)
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** The demo owner's customer, given a new unit of the project not yet handed over. */
    private long buyerOfANewUnit(long project) {
        long building = api.as("manager").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        Api.Response unit = api.as("manager").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "N-" + System.nanoTime() % 100_000_000));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        long customer = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        assertThat(api.as("manager").post("/api/v1/customers/" + customer + "/ownerships",
                Map.of("unitId", unit.json().get("id").asLong(), "role", "OWNER")).status()).isEqualTo(201);
        return customer;
    }
}
