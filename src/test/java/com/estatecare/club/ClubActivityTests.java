package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * Club activities over HTTP against PostgreSQL: the budget is approved by a club manager who did not request it and
 * an activity opens only then; members sign up, beyond the capacity on a waiting list in order; a cancellation
 * gives the place to the first in line, who reads it in their inbox; two members racing for the last place get it
 * once between them; a check-in by the QR code's text is recorded once and earns the attending points once;
 * attendees rate it; another owner and another company see nothing of it; hostile input changes nothing.
 */
@EstateCareTest
class ClubActivityTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aBudgetIsApprovedByAClubManagerWhoDidNotRequestItAndOnlyThenTheActivityOpens() {
        long activity = schedule("manager", "agent", 10);
        assertThat(api.as("manager").post(path(activity, "transitions"), Map.of("to", "OPEN")).json()
                .get("type").asString()).endsWith("club-activity-budget-not-approved");
        assertThat(api.as("agent").post(path(activity, "budget-decision"), Map.of("approved", true)).status())
                .as("a club specialist does not approve").isEqualTo(403);

        assertThat(api.as("manager").post(path(activity, "budget-request"), Map.of()).status()).isEqualTo(200);
        var own = api.as("manager").post(path(activity, "budget-decision"), Map.of("approved", true));
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(own.json().get("type").asString()).endsWith("club-activity-budget-four-eyes");
        var approved = api.as("admin").post(path(activity, "budget-decision"), Map.of("approved", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("budgetStatus").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("budgetRequester").asString()).isNotBlank();
        assertThat(api.as("admin").post(path(activity, "budget-decision"), Map.of("approved", false)).status())
                .as("decided already").isEqualTo(409);

        var open = api.as("agent").post(path(activity, "transitions"), Map.of("to", "OPEN"));
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        assertThat(open.json().get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void beyondCapacityMembersWaitInOrderAndACancellationPromotesTheFirstWhoIsTold() {
        long activity = openActivity(2);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
            ClubOwners.join(owner);
            owners.add(owner);
        }
        List<JsonNode> signUps = owners.stream().map(o -> signUp(o, activity)).toList();

        assertThat(signUps.stream().map(s -> s.get("status").asString()))
                .containsExactly("CONFIRMED", "CONFIRMED", "WAITING", "WAITING");
        assertThat(signUps.get(2).get("position").asInt()).isEqualTo(1);
        assertThat(signUps.get(3).get("position").asInt()).isEqualTo(2);
        JsonNode again = signUp(owners.get(0), activity);
        assertThat(again.get("id").asLong()).as("signing up twice changes nothing")
                .isEqualTo(signUps.get(0).get("id").asLong());
        assertThat(again.get("status").asString()).isEqualTo("CONFIRMED");

        var cancelled = owners.get(0).caller().delete("/api/v1/me/club/sign-ups/" + signUps.get(0).get("id").asLong());
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

        JsonNode third = owners.get(2).caller().get("/api/v1/me/club/sign-ups/" + signUps.get(2).get("id").asLong()).json();
        assertThat(third.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(third.get("checkInCode").asString()).hasSize(10);
        JsonNode fourth = owners.get(3).caller().get("/api/v1/me/club/sign-ups/" + signUps.get(3).get("id").asLong()).json();
        assertThat(fourth.get("position").asInt()).isEqualTo(1);
        assertThat(api.as("agent").get(path(activity, "sign-ups")).json().valueStream()
                .map(s -> s.get("status").asString())).containsExactly("CONFIRMED", "CONFIRMED", "WAITING", "CANCELLED");
        await().atMost(Duration.ofSeconds(30)).until(() -> owners.get(2).caller().get("/api/v1/me/inbox").body()
                .contains("候补转正"));
        assertThat(owners.get(3).caller().get("/api/v1/me/inbox").body()).doesNotContain("候补转正");
    }

    @Test
    void twoMembersRacingForTheLastPlaceGetItOnceBetweenThem() throws Exception {
        long activity = openActivity(1);
        List<Owner> owners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
            ClubOwners.join(owner);
            owners.add(owner);
        }
        List<String> statuses = atOnce(owners.stream().<Callable<String>>map(o -> () -> {
            var answer = o.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
            return answer.status() + " " + answer.json().get("status").asString();
        }).toList());

        assertThat(statuses).filteredOn(s -> s.equals("200 CONFIRMED")).hasSize(1);
        assertThat(statuses).filteredOn(s -> s.equals("200 WAITING")).hasSize(5);
        assertThat(api.as("agent").get(path(activity, "sign-ups")).json().valueStream()
                .filter(s -> s.get("status").asString().equals("WAITING")).map(s -> s.get("position").asInt()))
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aCheckInIsRecordedOnceAndEarnsTheAttendingPointsOnceThenTheAttendeeRatesIt() throws Exception {
        long activity = openActivity(5);
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();
        JsonNode signUp = signUp(owner, activity);
        String code = signUp.get("checkInCode").asString();
        int attending = api.as("admin").get("/api/v1/policies/club-points").json().get("policy").get("attending").asInt();

        List<String> scans = atOnce(List.of(
                () -> checkIn("ESTATECARE-ACTIVITY:" + code), () -> checkIn(code), () -> checkIn(code.toLowerCase()),
                () -> checkIn(" " + code + " ")));

        assertThat(scans).allMatch(s -> s.startsWith("200"));
        assertThat(jdbc.sql("select count(*) from club_activity_signup where id = :id and attended_at is not null")
                .param("id", signUp.get("id").asLong()).query(Long.class).single()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> activityEntries(member) == 1);
        assertThat(api.as("manager").post("/api/v1/club/members/" + member + "/points",
                Map.of("rule", "ACTIVITY", "reference", String.valueOf(activity))).status())
                .as("earning it by hand finds the entry of the check-in").isEqualTo(200);
        assertThat(activityEntries(member)).isEqualTo(1);
        assertThat(jdbc.sql("select points from club_points_entry where member_id = :m and rule = 'ACTIVITY'")
                .param("m", member).query(Integer.class).single()).isEqualTo(attending);
        assertThat(api.as("hz-agent").post("/api/v1/club/check-ins", Map.of("code", code)).status())
                .as("another company's staff do not find the code").isEqualTo(404);

        var early = owner.caller().post("/api/v1/me/club/sign-ups/" + signUp.get("id").asLong() + "/evaluation",
                Map.of("rating", 5));
        assertThat(early.status()).as("before it is held").isEqualTo(409);
        clock.set(Instant.parse(api.as("agent").get("/api/v1/club/activities/" + activity).json().get("startsAt")
                .asString()).plusSeconds(60));
        assertThat(api.as("agent").post(path(activity, "transitions"), Map.of("to", "HELD")).status()).isEqualTo(200);
        var rated = owner.caller().post("/api/v1/me/club/sign-ups/" + signUp.get("id").asLong() + "/evaluation",
                Map.of("rating", 4, "comment", "很好"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(owner.caller().post("/api/v1/me/club/sign-ups/" + signUp.get("id").asLong() + "/evaluation",
                Map.of("rating", 1)).status()).as("once").isEqualTo(409);
        JsonNode before = monthly();
        var summarised = api.as("agent").post(path(activity, "summary"),
                Map.of("summary", "到场五人，反响良好。", "budgetSpentFen", 120_000));
        assertThat(summarised.status()).as(summarised.body()).isEqualTo(200);
        assertThat(summarised.json().get("status").asString()).isEqualTo("SUMMARISED");
        assertThat(summarised.json().get("attended").asInt()).isEqualTo(1);
        assertThat(summarised.json().get("ratingAverage").asDouble()).isEqualTo(4.0);
        JsonNode after = monthly();
        assertThat(after.get("activitiesHeld").asLong()).as("held once, whether summarised or not")
                .isEqualTo(before.get("activitiesHeld").asLong());
        assertThat(after.get("attended").asLong()).isPositive();
        assertThat(after.get("members").asLong()).isPositive();
        assertThat(after.get("pointsEarned").asLong()).isGreaterThanOrEqualTo(attending);
        assertThat(after.get("attendanceRate").asDouble()).isBetween(0.0, 1.0);
        var sheet = api.as("manager").get("/api/v1/reports/monthly?month=2026-11&format=xlsx");
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(api.as("manager").get("/api/v1/reports/monthly?month=2026-11&format=pdf").status()).isEqualTo(200);
    }

    @Test
    void anotherOwnerAndAnotherCompanySeeNothingOfAnActivityOrASignUp() {
        long activity = openActivity(5);
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(owner);
        Owner other = ClubOwners.owner(api, "agent", "2021-01-01");
        long otherMember = ClubOwners.join(other).get("id").asLong();
        Owner hangzhou = ClubOwners.owner(api, "hz-agent", "2021-01-01");
        ClubOwners.join(hangzhou);
        long signUp = signUp(owner, activity).get("id").asLong();

        assertThat(other.caller().get("/api/v1/me/club/sign-ups/" + signUp).status()).isEqualTo(404);
        assertThat(other.caller().delete("/api/v1/me/club/sign-ups/" + signUp).status()).isEqualTo(404);
        assertThat(owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups",
                Map.of("memberId", otherMember)).status()).as("signing up someone else").isEqualTo(404);
        assertThat(hangzhou.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of()).status())
                .isEqualTo(404);
        assertThat(hangzhou.caller().get("/api/v1/me/club/activities").json().valueStream()
                .map(a -> a.get("id").asLong())).doesNotContain(activity);
        assertThat(owner.caller().get("/api/v1/me/club/activities").json().valueStream()
                .map(a -> a.get("id").asLong())).contains(activity);
        assertThat(api.as("hz-agent").get("/api/v1/club/activities/" + activity).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get(path(activity, "sign-ups")).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post(path(activity, "transitions"), Map.of("to", "CANCELLED")).status())
                .isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/activities?limit=200").json().get("items").valueStream()
                .map(a -> a.get("id").asLong())).doesNotContain(activity);
        Owner notAMember = ClubOwners.owner(api, "agent", "2021-01-01");
        assertThat(notAMember.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of())
                .json().get("type").asString()).endsWith("club-activity-members-only");
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndChangesNothing() {
        long project = project("agent");
        long before = jdbc.sql("select coalesce(max(id), 0) from club_activity").query(Long.class).single();
        Map<String, Object> body = new HashMap<>(Map.of("projectId", project, "theme", "长".repeat(300), "place", "",
                "startsAt", "2020-01-01T00:00:00Z", "endsAt", "2019-01-01T00:00:00Z", "capacity", 0,
                "budgetPlannedFen", -1));
        var bad = api.as("agent").post("/api/v1/club/activities", body);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("theme", "place", "startsAt", "capacity", "budgetPlannedFen");
        assertThat(bad.json().get("title").asString()).isEqualTo("输入有误");
        body.putAll(Map.of("theme", "x", "place", "y", "startsAt", Instant.now(clock).plusSeconds(3600).toString(),
                "endsAt", Instant.now(clock).plusSeconds(7200).toString(), "capacity", Integer.MAX_VALUE,
                "budgetPlannedFen", Long.MAX_VALUE));
        var huge = api.as("agent").english().post("/api/v1/club/activities", body);
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("capacity", "budgetPlannedFen");
        assertThat(huge.body()).doesNotContainPattern("\\p{IsHan}");
        body.putAll(Map.of("capacity", -5, "budgetPlannedFen", 0, "startsAt", "not a time"));
        assertThat(api.as("agent").post("/api/v1/club/activities", body).status()).isEqualTo(400);
        body.putAll(Map.of("startsAt", Instant.now(clock).plusSeconds(3600).toString(), "capacity", 3,
                "projectId", project("hz-agent")));
        var foreign = api.as("agent").post("/api/v1/club/activities", body);
        assertThat(foreign.status()).as("another company's project is unknown to the caller").isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("projectId");
        assertThat(jdbc.sql("select coalesce(max(id), 0) from club_activity").query(Long.class).single())
                .isEqualTo(before);

        long activity = openActivity(1);
        assertThat(api.as("agent").post(path(activity, "transitions"), Map.of("to", "SUMMARISED")).status())
                .isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/activities", Map.of("status", "x".repeat(5000))).status())
                .isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/activities", Map.of("limit", 99_999_999)).status()).isEqualTo(400);
        assertThat(api.as("agent").post("/api/v1/club/check-ins", Map.of("code", "長".repeat(5000))).status())
                .isEqualTo(400);
        assertThat(api.as("agent").post("/api/v1/club/check-ins", Map.of("code", "NOSUCHCODE")).status())
                .isEqualTo(404);
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(owner);
        long signUp = signUp(owner, activity).get("id").asLong();
        var rating = owner.caller().post("/api/v1/me/club/sign-ups/" + signUp + "/evaluation",
                Map.of("rating", 99, "comment", "x".repeat(600)));
        assertThat(rating.status()).isEqualTo(400);
        assertThat(rating.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("rating", "comment");
    }

    private long openActivity(int capacity) {
        long activity = schedule("agent", "agent", capacity);
        assertThat(api.as("agent").post(path(activity, "budget-request"), Map.of()).status()).isEqualTo(200);
        assertThat(api.as("manager").post(path(activity, "budget-decision"), Map.of("approved", true)).status())
                .isEqualTo(200);
        var open = api.as("agent").post(path(activity, "transitions"), Map.of("to", "OPEN"));
        assertThat(open.status()).as(open.body()).isEqualTo(200);
        return activity;
    }

    /** An activity of the agent's first project, today in four hours (Shanghai's afternoon). */
    private long schedule(String by, String projectOf, int capacity) {
        Instant starts = Instant.now(clock).plusSeconds(4 * 3600);
        var made = api.as(by).post("/api/v1/club/activities", Map.of("projectId", project(projectOf),
                "theme", "亲子烘焙活动", "place", "会所二楼", "startsAt", starts.toString(),
                "endsAt", starts.plusSeconds(7200).toString(), "capacity", capacity, "budgetPlannedFen", 300_000));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asString()).isEqualTo("PLANNED");
        return made.json().get("id").asLong();
    }

    /** The club's figures of the demo company's November 2026 in the monthly report. */
    private JsonNode monthly() {
        var report = api.as("manager").get("/api/v1/reports/monthly?month=2026-11");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json().get("club");
    }

    private long project(String agent) {
        return api.as(agent).get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
    }

    private JsonNode signUp(Owner owner, long activity) {
        var answer = owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private String checkIn(String code) {
        var answer = api.as("agent").post("/api/v1/club/check-ins", Map.of("code", code));
        return answer.status() + " " + answer.body();
    }

    private long activityEntries(long member) {
        return jdbc.sql("select count(*) from club_points_entry where member_id = :m and rule = 'ACTIVITY'")
                .param("m", member).query(Long.class).single();
    }

    private static String path(long activity, String tail) {
        return "/api/v1/club/activities/" + activity + "/" + tail;
    }

    private static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
