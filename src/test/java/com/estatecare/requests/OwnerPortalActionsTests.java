package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The owner's steps on the portal over HTTP: answering a repair's plan and its
 * quoted price, rating the finished work with their confirmation, hostile
 * input, and owner isolation (another owner's and the other company's
 * requests are not there: 404, nothing changed).
 */
@EstateCareTest
class OwnerPortalActionsTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void ownerAcceptsAQuotedPlanAndReadsItOnTheirTimeline() {
        long id = plannedRepairOfTheOwner(35_000);
        JsonNode shown = api.as("owner").get(path(id)).json();
        assertThat(shown.get("repairPlan").get("quotedFen").asLong()).isEqualTo(35_000);
        assertThat(actions(shown)).containsExactly("confirm-plan");

        Api.Response accepted = api.as("owner").post(step(id, "confirm-plan"), Map.of("accepted", true,
                "note", "周四上午在家"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("PLAN_AGREED");
        assertThat(accepted.json().get("planConfirmedAt").isNull()).isFalse();
        assertThat(actions(accepted.json())).isEmpty();
        JsonNode entry = lastEntry(api.as("owner").get(path(id) + "/timeline").json());
        assertThat(entry.get("action").asString()).isEqualTo("CONFIRM_PLAN");
        assertThat(entry.get("note").asString()).isEqualTo("周四上午在家");
        assertThat(entry.get("details").get("quotedFen").asLong()).isEqualTo(35_000);
        Api.Response again = api.as("owner").post(step(id, "confirm-plan"), Map.of("accepted", true));
        assertThat(again.status()).isEqualTo(409);
        assertThat(given.get(id).get("planConfirmedAt").isNull()).as("staff see it too").isFalse();
    }

    @Test
    void ownerRejectsThePriceWithTheirReasonAndStaffPlanAgain() {
        long id = plannedRepairOfTheOwner(80_000);

        Api.Response withoutReason = api.as("owner").english().post(step(id, "confirm-plan"),
                Map.of("accepted", false));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(fieldErrors(withoutReason)).containsExactly("note is required");

        Api.Response rejected = api.as("owner").post(step(id, "confirm-plan"),
                Map.of("accepted", false, "note", "报价太高，希望换便宜的配件"));

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("RESPONDED");
        assertThat(actions(given.get(id))).contains("agree-plan");
        JsonNode entry = lastEntry(api.as("agent").get(path(id) + "/timeline").json());
        assertThat(entry.get("action").asString()).isEqualTo("CONFIRM_PLAN");
        assertThat(entry.get("details").get("accepted").asBoolean()).isFalse();
        assertThat(entry.get("visibility").asString()).isEqualTo("CUSTOMER");
    }

    @Test
    void ownerConfirmsTheFinishedWorkWithARatingAndAComment() {
        long id = plannedRepairOfTheOwner(0);
        given.act(id, "engineer", "complete", Map.of("warranty", "IN_WARRANTY"));

        Api.Response unrated = api.as("owner").english().post(step(id, "verify"), Map.of("satisfied", true));
        assertThat(unrated.status()).isEqualTo(400);
        assertThat(fieldErrors(unrated)).containsExactly("rating is required");
        Api.Response confirmed = api.as("owner").post(step(id, "verify"), Map.of("satisfied", true, "rating", 4,
                "note", "师傅很准时，就是现场没清理干净"));

        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(confirmed.json().get("ownerRating").asInt()).isEqualTo(4);
        assertThat(given.get(id).get("ownerRating").asInt()).isEqualTo(4);
        JsonNode entry = lastEntry(api.as("owner").get(path(id) + "/timeline").json());
        assertThat(entry.get("action").asString()).isEqualTo("VERIFY");
        assertThat(entry.get("note").asString()).isEqualTo("师傅很准时，就是现场没清理干净");
        assertThat(entry.get("details").get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void hostileAnswersAreRefusedNamingTheFieldAndChangeNothing() {
        long id = plannedRepairOfTheOwner(35_000);
        long version = given.get(id).get("version").asLong();
        Map<String, Object> tooLong = new HashMap<>(Map.of("accepted", false, "note", "长".repeat(4001)));
        List<Map<String, Object>> bodies = List.of(Map.of("accepted", "maybe"), Map.of("accepted", true,
                "price", 1), tooLong, Map.of("accepted", List.of(true, false)));
        for (Map<String, Object> body : bodies) {
            Api.Response refused = api.as("owner").post(step(id, "confirm-plan"), body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isIn("accepted", "price", "note");
        }
        assertThat(given.get(id).get("version").asLong()).isEqualTo(version);
        assertThat(api.as("agent").post(step(id, "confirm-plan"), Map.of("accepted", true)).status())
                .as("staff do not answer for the owner").isEqualTo(403);

        Map<String, Object> plan = given.body("agree-plan", "REPAIR");
        for (Object quote : List.of(-1, 100_000_001L, "十元")) {
            plan.put("quotedFen", quote);
            Api.Response refused = api.as("engineer").post(step(id, "agree-plan"), plan);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("quotedFen");
        }
        given.act(id, "owner", "confirm-plan", Map.of("accepted", true));
        given.act(id, "engineer", "complete", Map.of("warranty", "OUT_OF_WARRANTY", "chargeFen", 35_000));
        for (Object rating : List.of(0, 6, -3, "五星", 1L << 40)) {
            Api.Response refused = api.as("owner").english().post(step(id, "verify"),
                    Map.of("satisfied", true, "rating", rating));
            assertThat(refused.status()).as(rating + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("rating");
        }
        assertThat(given.get(id).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void anOwnerActsOnlyOnTheirOwnRequests() {
        long anotherCustomers = plannedRepairOf(anotherCustomerThanTheOwner(), given.unit().get("id").asLong(),
                35_000);
        long theOwners = plannedRepairOfTheOwner(35_000);
        long otherCompanys = api.as("hz-owner").get("/api/v1/requests?limit=1").json().get("items").get(0).get("id")
                .asLong();
        long otherCompanysVersion = api.as("hz-owner").get(path(otherCompanys)).json().get("version").asLong();

        for (long id : new long[] { anotherCustomers, otherCompanys }) {
            Api.Response plan = api.as("owner").post(step(id, "confirm-plan"), Map.of("accepted", true));
            Api.Response work = api.as("owner").post(step(id, "verify"), Map.of("satisfied", true, "rating", 5));
            assertThat(plan.status()).as("confirm-plan on " + id).isEqualTo(404);
            assertThat(work.status()).as("verify on " + id).isEqualTo(404);
            assertThat(api.as("owner").get(path(id)).status()).isEqualTo(404);
            assertThat(api.as("owner").get(path(id) + "/timeline").status()).isEqualTo(404);
        }
        assertThat(api.as("hz-owner").post(step(theOwners, "confirm-plan"), Map.of("accepted", true)).status())
                .isEqualTo(404);

        assertThat(given.get(anotherCustomers).get("planConfirmedAt").isNull()).isTrue();
        assertThat(given.get(anotherCustomers).get("status").asString()).isEqualTo("PLAN_AGREED");
        assertThat(given.get(theOwners).get("planConfirmedAt").isNull()).isTrue();
        assertThat(api.as("hz-owner").get(path(otherCompanys)).json().get("version").asLong())
                .isEqualTo(otherCompanysVersion);
    }

    @Test
    void whatWaitsOnTheOwnerIsListedApartWithTheStepTheyMayTake() {
        long plan = plannedRepairOfTheOwner(35_000);
        long work = plannedRepairOfTheOwner(0);
        given.act(work, "engineer", "complete", Map.of("warranty", "IN_WARRANTY"));
        Map<String, Object> fresh = given.repairBody(api.homeOf("owner"));
        fresh.remove("reporter");
        fresh.put("customerId", api.as("owner").get("/api/v1/me").json().get("customerId").asLong());
        long received = given.register(fresh);

        Map<Long, List<String>> waiting = listed("owner", true);
        Map<Long, List<String>> others = listed("owner", false);
        assertThat(waiting).containsEntry(plan, List.of("confirm-plan")).containsEntry(work, List.of("verify"))
                .doesNotContainKey(received).allSatisfy((id, steps) -> assertThat(steps).isNotEmpty());
        assertThat(others).containsEntry(received, List.of()).doesNotContainKeys(plan, work)
                .allSatisfy((id, steps) -> assertThat(steps).isEmpty());

        // answered, the plan no longer waits on them
        api.as("owner").post(step(plan, "confirm-plan"), Map.of("accepted", true));
        assertThat(listed("owner", true)).doesNotContainKey(plan).containsKey(work);
        assertThat(listed("owner", false)).containsEntry(plan, List.of());

        assertThat(listed("hz-owner", true)).doesNotContainKeys(plan, work);
        assertThat(api.as("agent").get("/api/v1/requests?awaitingMe=true").status()).isEqualTo(403);
        Api.Response hostile = api.as("owner").english().get("/api/v1/requests?awaitingMe=maybe");
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(fieldErrors(hostile)).containsExactly("awaitingMe is malformed");
    }

    /** Every page of the caller's list with {@code awaitingMe}: each request and the steps its row allows. */
    private Map<Long, List<String>> listed(String who, boolean awaitingMe) {
        Map<Long, List<String>> rows = new HashMap<>();
        String cursor = null;
        do {
            Api.Response page = api.as(who).get("/api/v1/requests?limit=200&awaitingMe=" + awaitingMe
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().get("items").forEach(r -> rows.put(r.get("id").asLong(), actions(r)));
            JsonNode next = page.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return rows;
    }

    // ---- helpers ----

    private long plannedRepairOfTheOwner(long quotedFen) {
        return plannedRepairOf(api.as("owner").get("/api/v1/me").json().get("customerId").asLong(),
                api.homeOf("owner"), quotedFen);
    }

    private long plannedRepairOf(long customerId, long unitId, long quotedFen) {
        Map<String, Object> repair = given.repairBody(unitId);
        repair.remove("reporter");
        repair.put("customerId", customerId);
        long id = given.register(repair);
        given.walk(id, "REPAIR", 3);
        Map<String, Object> plan = given.body("agree-plan", "REPAIR");
        if (quotedFen > 0) {
            plan.put("quotedFen", quotedFen);
        }
        given.act(id, "engineer", "agree-plan", plan);
        return id;
    }

    private long anotherCustomerThanTheOwner() {
        long owners = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        return api.as("agent").get("/api/v1/customers?limit=5").json().get("items").valueStream()
                .mapToLong(c -> c.get("id").asLong()).filter(c -> c != owners).findFirst().orElseThrow();
    }

    private static List<String> actions(JsonNode request) {
        return request.get("allowedActions").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> fieldErrors(Api.Response response) {
        return response.json().get("errors").valueStream()
                .map(e -> e.get("field").asString() + " " + e.get("reason").asString()).toList();
    }

    private static JsonNode lastEntry(JsonNode timeline) {
        return timeline.get(timeline.size() - 1);
    }

    private static String path(long id) {
        return "/api/v1/requests/" + id;
    }

    private static String step(long id, String action) {
        return path(id) + "/actions/" + action;
    }
}
