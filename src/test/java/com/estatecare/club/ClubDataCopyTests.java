package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The owner's copy of their personal data (PIPL art. 45) holds what the club keeps of them: the membership with its
 * care data and magazine choice, the points ledger and their ratings of partner merchants with the comments — in
 * the JSON, the CSV and the workbook — and an owner who never joined gets an empty club part; their activity
 * sign-ups with the evaluation, whose comment erasure forgets and whose places in activities still to come it gives
 * up, a confirmed one to the first in line (decision 051).
 */
@EstateCareTest
class ClubDataCopyTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDataCopyHoldsTheMembershipThePointsTheMagazineChoiceAndTheMerchantRatings() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        JsonNode member = ClubOwners.join(owner);
        String version = owner.caller().get("/api/v1/me/club/magazine").json().get("consentVersion").asString();
        assertThat(owner.caller().put("/api/v1/me/club/magazine", Map.of("wanted", true, "consentTextVersion",
                version)).status()).isEqualTo(200);
        long merchant = ClubMerchantTests.active(api, "agent", "副本茶室" + System.nanoTime() % 10_000).get("id")
                .asLong();
        assertThat(owner.caller().put("/api/v1/me/club/merchants/" + merchant + "/rating", Map.of("score", 4,
                "comment", "环境安静")).status()).isEqualTo(201);

        var copy = owner.caller().get("/api/v1/me/personal-data");
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        JsonNode club = copy.json().get("club");
        assertThat(club.get("membership").get("number").asString()).isEqualTo(member.get("number").asString());
        assertThat(club.get("membership").get("magazine").asBoolean()).isTrue();
        assertThat(club.get("points").valueStream().map(e -> e.get("rule").asString())).containsExactly("JOIN");
        assertThat(club.get("merchantRatings").get(0).get("score").asInt()).isEqualTo(4);
        assertThat(club.get("merchantRatings").get(0).get("comment").asString()).isEqualTo("环境安静");
        assertThat(copy.json().get("consents").valueStream().map(c -> c.get("purpose").asString()))
                .contains("CLUB", "MAGAZINE");
        String csv = owner.caller().get("/api/v1/me/personal-data?format=csv").body();
        assertThat(csv).contains("club-member,1,number," + member.get("number").asString(), "club-rating,1,",
                "环境安静", "club-points,1,EARN JOIN");
        assertThat(owner.caller().get("/api/v1/me/personal-data?format=xlsx").status()).isEqualTo(200);

        Owner never = ClubOwners.owner(api, "agent", "2020-06-01");
        JsonNode none = never.caller().get("/api/v1/me/personal-data").json().get("club");
        assertThat(none.get("membership").isNull()).isTrue();
        assertThat(none.get("points").size()).isZero();
    }

    @Test
    void theDataCopyHoldsTheActivitySignUpsAndErasureForgetsTheirCommentsAndTheWaitingPlaces() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        Owner first = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(first);
        long confirmed = openActivity("副本烘焙课", 1);
        long full = openActivity("副本插花课", 1);
        assertThat(signUp(owner, confirmed).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(signUp(first, full).get("status").asString()).isEqualTo("CONFIRMED");
        Owner next = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(next);
        long nextSignUp = signUp(next, confirmed).get("id").asLong();
        assertThat(signUp(owner, full).get("status").asString()).isEqualTo("WAITING");
        // the evaluation an attendee gives after the activity was held (ClubActivityTests walks that path)
        jdbc.sql("update club_activity_signup set rating = 5, comment = '老师很耐心' where activity_id = :a and customer_id = :c")
                .param("a", confirmed).param("c", owner.customerId()).update();

        JsonNode club = owner.caller().get("/api/v1/me/personal-data").json().get("club");
        assertThat(club.get("activitySignUps").valueStream().map(a -> a.get("theme").asString() + " "
                + a.get("status").asString())).containsExactly("副本插花课 WAITING", "副本烘焙课 CONFIRMED");
        JsonNode baked = club.get("activitySignUps").get(1);
        assertThat(baked.get("rating").asInt()).isEqualTo(5);
        assertThat(baked.get("comment").asString()).isEqualTo("老师很耐心");
        assertThat(Instant.parse(baked.get("signedAt").asString())).isNotNull();
        assertThat(owner.caller().get("/api/v1/me/personal-data?format=csv").body())
                .contains("club-activity,1,副本插花课", "club-activity,2,副本烘焙课", "CONFIRMED", "老师很耐心");
        assertThat(owner.caller().get("/api/v1/me/personal-data?format=xlsx").status()).isEqualTo(200);
        assertThat(first.caller().get("/api/v1/me/personal-data").json().get("club").get("activitySignUps")
                .valueStream().map(a -> a.get("theme").asString())).as("only their own").containsExactly("副本插花课");

        JsonNode request = api.as("agent").post("/api/v1/customers/" + owner.customerId() + "/rights-requests",
                Map.of("kind", "ERASURE")).json();
        var erased = api.as("manager").post("/api/v1/rights-requests/" + request.get("id").asLong() + "/decision",
                Map.of("approve", true, "reason", "业主要求删除"));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(jdbc.sql("""
                select a.theme || ' ' || s.status || ' ' || coalesce(s.comment, '-') || ' ' || coalesce(s.rating, 0)
                from club_activity_signup s join club_activity a on a.id = s.activity_id
                where s.customer_id = :c order by a.id""").param("c", owner.customerId()).query(String.class).list())
                .as("the comment forgotten, both places of activities still to come given up, the score kept")
                .containsExactly("副本烘焙课 CANCELLED - 5", "副本插花课 CANCELLED - 0");
        assertThat(next.caller().get("/api/v1/me/club/sign-ups/" + nextSignUp).json().get("status").asString())
                .as("the erased member's confirmed place goes to the first in line").isEqualTo("CONFIRMED");
    }

    /** An open activity of the agent's first project, this afternoon. */
    private long openActivity(String theme, int capacity) {
        long project = api.as("agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
        Instant starts = Instant.parse("2026-11-24T06:00:00Z");
        var made = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project, "theme", theme,
                "place", "会所", "startsAt", starts.toString(), "endsAt", starts.plusSeconds(7200).toString(),
                "capacity", capacity, "budgetPlannedFen", 0));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        long id = made.json().get("id").asLong();
        assertThat(api.as("agent").post("/api/v1/club/activities/" + id + "/budget-request", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.as("manager").post("/api/v1/club/activities/" + id + "/budget-decision",
                Map.of("approved", true)).status()).isEqualTo(200);
        assertThat(api.as("agent").post("/api/v1/club/activities/" + id + "/transitions", Map.of("to", "OPEN"))
                .status()).isEqualTo(200);
        return id;
    }

    private static JsonNode signUp(Owner owner, long activity) {
        var answer = owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
