package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.warranty.APlannedCampaign.Planned;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * A maintenance campaign's visits as engineers' work and owners' ratings, over HTTP against PostgreSQL, the test
 * clock on Tuesday 24 November 2026: the dispatch board reads a branch's visits of the days shown (done or not,
 * never another company's), an engineer marks a visit done with a note, the unit's owner rates it 1–5 with a comment
 * and the campaign shows its completion and average; a rating outside 1–5, a comment too long, a visit of another
 * company or of another owner's unit are problems and change nothing.
 */
@EstateCareTest
class CampaignVisitTests {

    @Autowired
    Api api;

    @Test
    void theBoardShowsTheDaysVisitsTheEngineerMarksOneDoneAndItsOwnerRatesItWithAComment() {
        Planned planned = plan();
        JsonNode board = api.as("manager").get("/api/v1/campaigns/planned-visits?from=2026-11-30&to=2026-12-04")
                .json();
        List<Long> onBoard = ids(board);
        assertThat(onBoard).contains(planned.ownersVisit(), planned.otherVisit());
        JsonNode row = find(board, planned.ownersVisit());
        assertThat(row.get("campaign").asString()).isEqualTo("卫生间防水年检");
        assertThat(row.get("componentCode").asString()).isEqualTo("BATHROOM_WATERPROOFING");
        assertThat(ids(api.as("engineer").get("/api/v1/campaigns/my-visits").json()))
                .as("the engineer's list a week ahead").contains(planned.ownersVisit());
        assertThat(ids(api.as("hz-manager").get("/api/v1/campaigns/planned-visits?from=2026-11-30&to=2026-12-04")
                .json())).doesNotContain(planned.ownersVisit(), planned.otherVisit());

        Api.Response done = api.as("engineer").post(visit(planned.ownersVisit()) + "/done",
                Map.of("note", "卫生间闭水正常，地漏已清理"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("note").asString()).isEqualTo("卫生间闭水正常，地漏已清理");
        assertThat(find(api.as("manager").get("/api/v1/campaigns/planned-visits?from=2026-11-30&to=2026-12-04")
                .json(), planned.ownersVisit()).get("doneAt").isNull()).as("done visits stay on the board").isFalse();

        Api.Response rated = api.as("owner").post(visit(planned.ownersVisit()) + "/rating",
                Map.of("rating", 4, "comment", "师傅很细心"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("rating").asInt()).isEqualTo(4);
        assertThat(rated.json().get("ratingComment").asString()).isEqualTo("师傅很细心");
        JsonNode progress = StreamSupport.stream(api.as("manager").get("/api/v1/campaigns").json().spliterator(), false)
                .filter(c -> c.get("id").asLong() == planned.campaign()).findFirst().orElseThrow();
        assertThat(progress.get("visits").asLong()).isEqualTo(2);
        assertThat(progress.get("done").asLong()).isEqualTo(1);
        assertThat(progress.get("averageRating").asDouble()).isEqualTo(4.0);
        JsonNode ownersList = find(api.as("owner").get("/api/v1/campaigns/my-visits").json(), planned.ownersVisit());
        assertThat(ownersList.get("ratingComment").asString()).isEqualTo("师傅很细心");
    }

    @Test
    void hostileRatingsBoardRangesAndOthersVisitsAreProblemsAndChangeNothing() {
        Planned planned = plan();
        assertThat(api.as("engineer").post(visit(planned.ownersVisit()) + "/done", Map.of()).status()).isEqualTo(200);
        assertThat(api.as("engineer").post(visit(planned.otherVisit()) + "/done", Map.of()).status()).isEqualTo(200);

        for (Object rating : List.of(0, 6, -1, 1_000_000, "five")) {
            Api.Response refused = api.as("owner").post(visit(planned.ownersVisit()) + "/rating",
                    Map.of("rating", rating));
            assertThat(refused.status()).as(rating + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("rating");
        }
        Api.Response english = api.as("owner").english().post(visit(planned.ownersVisit()) + "/rating",
                Map.of("rating", 9));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("rating").doesNotContainPattern("\\p{IsHan}");
        Api.Response tooLong = api.as("owner").post(visit(planned.ownersVisit()) + "/rating",
                Map.of("rating", 5, "comment", "好".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("comment");
        assertThat(api.as("owner").post(visit(planned.otherVisit()) + "/rating", Map.of("rating", 5)).status())
                .as("a visit to a unit that is not theirs").isEqualTo(404);
        assertThat(api.as("hz-owner").post(visit(planned.ownersVisit()) + "/rating", Map.of("rating", 5)).status())
                .as("another company's owner").isEqualTo(404);
        assertThat(api.as("hz-engineer").post(visit(planned.otherVisit()) + "/done", Map.of("note", "x")).status())
                .as("another company's engineer").isEqualTo(404);
        assertThat(api.as("engineer").post(visit(Long.MAX_VALUE) + "/done", Map.of()).status()).isEqualTo(404);
        assertThat(api.as("engineer").post(visit(planned.otherVisit()) + "/done", Map.of("note", "字".repeat(1001)))
                .status()).isEqualTo(400);
        assertThat(api.as("owner").post(visit(planned.otherVisit()) + "/done", Map.of()).status()).isEqualTo(403);

        for (String range : List.of("from=2026-12-04&to=2026-11-30", "from=2026-01-01&to=2027-12-31",
                "from=yesterday&to=2026-12-01", "to=2026-12-01", "from=2026-11-30&to=9999999-01-01")) {
            Api.Response refused = api.as("manager").get("/api/v1/campaigns/planned-visits?" + range);
            assertThat(refused.status()).as(range + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).containsAnyOf("from", "to");
        }
        assertThat(api.as("owner").get("/api/v1/campaigns/planned-visits?from=2026-11-30&to=2026-12-04").status())
                .isEqualTo(403);

        JsonNode visits = api.as("manager").get("/api/v1/campaigns/" + planned.campaign() + "/visits").json()
                .get("items");
        assertThat(StreamSupport.stream(visits.spliterator(), false).allMatch(v -> v.get("rating").isNull()))
                .as("nothing rated").isTrue();
    }

    // ---- helpers ----

    /** A campaign of a fresh building with two units: one the demo owner's, one nobody's. */
    private Planned plan() {
        return APlannedCampaign.plan(api);
    }

    private static String visit(long id) {
        return "/api/v1/campaigns/visits/" + id;
    }

    private static JsonNode find(JsonNode list, long id) {
        return StreamSupport.stream(list.spliterator(), false).filter(v -> v.get("id").asLong() == id).findFirst()
                .orElseThrow();
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(i -> i.get("id").asLong()).toList();
    }
}
