package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * The club's yearly and monthly activity plans over HTTP against PostgreSQL (decision 050): a plan is approved by a
 * club manager who did not submit it, adjusting it afterwards makes it revised with each change recorded; an activity
 * names the plan item it realises and the plan shows planned against actual per item, month and year; the activities
 * list narrows by status, project and month; staff sign a member up on their behalf with the portal's waiting line;
 * cancelling an activity tells each member signed up once; another company and an owner see nothing; hostile input
 * is refused naming the field and changes nothing.
 */
@EstateCareTest
class ClubPlanTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPlanIsApprovedOnlyByAnotherClubManagerAndEachLaterChangeIsRecorded() {
        long plan = plan("agent", 2030);
        var again = api.as("manager").post("/api/v1/club/plans", Map.of("projectId", project("agent"), "year", 2030));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("planId").asLong()).isEqualTo(plan);
        assertThat(type(api.as("manager").post(plans(plan, "submission"), Map.of()))).endsWith("club-plan-empty");

        item(plan, 3, "元宵游园会", "FESTIVAL", "2030-03-05", 80, 500_000);
        JsonNode may = item(plan, 5, "业主健康讲座", "HEALTH", null, 40, 200_000);
        long mayItem = may.get("months").get(4).get("plannedItems").get(0).get("id").asLong();
        var submitted = api.as("manager").post(plans(plan, "submission"), Map.of());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(type(api.as("agent").post(plans(plan, "items"), itemBody(6, "端午包粽子", "FAMILY", null, 30, 1))))
                .endsWith("club-plan-submitted");

        assertThat(api.as("agent").post(plans(plan, "decision"), Map.of("approved", true)).status())
                .as("a club specialist does not approve").isEqualTo(403);
        var own = api.as("manager").post(plans(plan, "decision"), Map.of("approved", true));
        assertThat(own.status()).as(own.body()).isEqualTo(403);
        assertThat(type(own)).endsWith("club-plan-four-eyes");
        var approved = api.as("admin").post(plans(plan, "decision"), Map.of("approved", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("revision").asInt()).isEqualTo(1);
        assertThat(approved.json().get("budgetPlannedFen").asLong()).as("the year's total").isEqualTo(700_000);
        assertThat(approved.json().get("submitter").asString()).isNotBlank();

        var changed = api.as("agent").put(plans(plan, "items/" + mayItem),
                itemBody(5, "业主健康讲座", "HEALTH", "2030-05-20", 60, 260_000));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("plan").get("status").asString()).isEqualTo("REVISED");
        assertThat(changed.json().get("plan").get("budgetPlannedFen").asLong()).isEqualTo(760_000);
        JsonNode month = api.as("agent").get(plans(plan, "months/5")).json();
        assertThat(month.get("budgetPlannedFen").asLong()).isEqualTo(260_000);
        assertThat(month.get("targetParticipants").asInt()).isEqualTo(60);
        assertThat(month.get("plannedItems").get(0).get("plannedOn").asString()).isEqualTo("2030-05-20");
        JsonNode change = api.as("manager").get(plans(plan, "changes")).json().get(0);
        assertThat(change.get("change").asString()).isEqualTo("CHANGED");
        assertThat(change.get("itemId").asLong()).isEqualTo(mayItem);
        assertThat(change.get("before").asString()).contains("40", "200000");
        assertThat(change.get("after").asString()).contains("2030-05-20", "260000");
        assertThat(change.get("changedBy").asString()).isNotBlank();

        assertThat(api.as("agent").post(plans(plan, "submission"), Map.of()).status()).isEqualTo(200);
        var returned = api.as("manager").post(plans(plan, "decision"), Map.of("approved", false));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).as("the approved plan stays the reference")
                .isEqualTo("REVISED");
        assertThat(api.as("manager").get(plans(plan, "changes")).json().valueStream()
                .map(c -> c.get("change").asString()))
                .containsExactly("RETURNED", "SUBMITTED", "CHANGED", "APPROVED", "SUBMITTED", "ADDED", "ADDED",
                        "CREATED");
    }

    @Test
    void thePlanShowsPlannedAgainstActualPerItemMonthAndYear() {
        long plan = plan("agent", 2027);
        JsonNode detail = item(plan, 3, "春季亲子烘焙", "FAMILY", "2027-03-10", 20, 300_000);
        long march = detail.get("months").get(2).get("plannedItems").get(0).get("id").asLong();
        item(plan, 4, "踏青徒步", "SPORTS", null, 50, 100_000);
        long hzPlan = plan("hz-agent", 2027);
        long hzItem = item(hzPlan, 3, "杭州茶会", "SOCIAL", null, 10, 1000, "hz-agent").get("months").get(2)
                .get("plannedItems").get(0).get("id").asLong();

        Instant starts = Instant.parse("2027-03-10T06:00:00Z");
        assertThat(schedule(starts, hzItem).status()).as("another company's item is unknown").isEqualTo(422);
        var wrongYear = schedule(Instant.now(clock).plusSeconds(4 * 3600), march);
        assertThat(wrongYear.status()).as("an activity of 2026 does not realise a 2027 item").isEqualTo(422);
        assertThat(wrongYear.json().get("errors").get(0).get("field").asString()).isEqualTo("planItemId");
        var made = schedule(starts, march);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("planItemId").asLong()).isEqualTo(march);
        long activity = made.json().get("id").asLong();
        open(activity);
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(owner);
        var signUp = owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of());
        assertThat(signUp.status()).as(signUp.body()).isEqualTo(200);
        long signUpId = signUp.json().get("id").asLong();

        clock.set(starts.plusSeconds(60));
        assertThat(api.as("agent").post("/api/v1/club/check-ins",
                Map.of("code", signUp.json().get("checkInCode").asString())).status()).isEqualTo(200);
        assertThat(api.as("agent").post(activities(activity, "transitions"), Map.of("to", "HELD")).status())
                .isEqualTo(200);
        assertThat(owner.caller().post("/api/v1/me/club/sign-ups/" + signUpId + "/evaluation", Map.of("rating", 5))
                .status()).isEqualTo(200);
        assertThat(api.as("agent").post(activities(activity, "summary"),
                Map.of("summary", "二十组家庭参加。", "budgetSpentFen", 250_000)).status()).isEqualTo(200);

        JsonNode actual = api.as("manager").get("/api/v1/club/plans/" + plan).json();
        JsonNode inMarch = actual.get("months").get(2);
        assertThat(inMarch.get("month").asInt()).isEqualTo(3);
        assertThat(inMarch.get("held").asInt()).isEqualTo(1);
        assertThat(inMarch.get("budgetPlannedFen").asLong()).isEqualTo(300_000);
        assertThat(inMarch.get("budgetSpentFen").asLong()).isEqualTo(250_000);
        assertThat(inMarch.get("signUps").asInt()).isEqualTo(1);
        assertThat(inMarch.get("attended").asInt()).isEqualTo(1);
        assertThat(inMarch.get("ratingAverage").asDouble()).isEqualTo(5.0);
        JsonNode item = inMarch.get("plannedItems").get(0);
        assertThat(item.get("held").asBoolean()).isTrue();
        assertThat(item.get("activities").asInt()).isEqualTo(1);
        JsonNode inApril = actual.get("months").get(3);
        assertThat(inApril.get("held").asInt()).isZero();
        assertThat(inApril.get("plannedItems").get(0).get("held").asBoolean()).isFalse();
        assertThat(actual.get("plan").get("budgetPlannedFen").asLong()).isEqualTo(400_000);
        assertThat(actual.get("plan").get("budgetSpentFen").asLong()).isEqualTo(250_000);
        assertThat(actual.get("plan").get("itemsHeld").asInt()).isEqualTo(1);
        assertThat(type(api.as("agent").delete(plans(plan, "items/" + march)))).endsWith("club-plan-item-realised");

        long project = project("agent");
        assertThat(ids(Map.of("projectId", project, "month", "2027-03", "status", "SUMMARISED"))).contains(activity);
        assertThat(ids(Map.of("projectId", project, "month", "2027-04"))).doesNotContain(activity);
        assertThat(ids(Map.of("status", "OPEN"))).doesNotContain(activity);
        assertThat(api.as("hz-agent").get("/api/v1/club/activities", Map.of("month", "2027-03")).json().get("items")
                .valueStream().map(a -> a.get("id").asLong())).doesNotContain(activity);
    }

    @Test
    void anotherCompanyAndAnOwnerSeeNothingOfAPlan() {
        long plan = plan("agent", 2031);
        item(plan, 1, "新春团拜", "FESTIVAL", null, 100, 0);
        assertThat(api.as("hz-agent").get("/api/v1/club/plans/" + plan).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get(plans(plan, "months/1")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get(plans(plan, "changes")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post(plans(plan, "items"), itemBody(2, "x", "OTHER", null, 1, 0)).status())
                .isEqualTo(404);
        assertThat(api.as("hz-manager").post(plans(plan, "submission"), Map.of()).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/plans", Map.of("year", 2031)).json().valueStream()
                .map(p -> p.get("id").asLong())).doesNotContain(plan);
        assertThat(api.as("agent").get("/api/v1/club/plans", Map.of("year", 2031)).json().valueStream()
                .map(p -> p.get("id").asLong())).contains(plan);
        var foreign = api.as("hz-agent").post("/api/v1/club/plans", Map.of("projectId", project("agent"), "year", 2031));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("projectId");
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        assertThat(owner.caller().get("/api/v1/club/plans").status()).isEqualTo(403);
        assertThat(owner.caller().get("/api/v1/club/plans/" + plan).status()).isEqualTo(403);
        assertThat(owner.caller().post(plans(plan, "decision"), Map.of("approved", true)).status()).isEqualTo(403);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldAndChangesNothing() {
        long plan = plan("agent", 2032);
        var bad = api.as("agent").post("/api/v1/club/plans", Map.of("projectId", project("agent"), "year", 99_999));
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("year");
        assertThat(fields(api.as("agent").post("/api/v1/club/plans", Map.of("year", 2033)))).containsExactly("projectId");
        Map<String, Object> body = new HashMap<>(itemBody(13, "长".repeat(300), "PARTY", "2032-01-01", -1,
                Long.MAX_VALUE));
        var item = api.as("agent").post(plans(plan, "items"), body);
        assertThat(item.status()).as(item.body()).isEqualTo(400);
        assertThat(fields(item)).containsExactlyInAnyOrder("month", "theme", "kind", "targetParticipants",
                "budgetPlannedFen");
        assertThat(item.json().get("title").asString()).isEqualTo("输入有误");
        body.putAll(itemBody(2, "x", "OTHER", "2032-03-01", 10, 0));
        var english = api.as("agent").english().post(plans(plan, "items"), body);
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(fields(english)).containsExactly("plannedOn");
        assertThat(english.body()).doesNotContainPattern("\\p{IsHan}");
        body.put("plannedOn", "not a day");
        assertThat(api.as("agent").post(plans(plan, "items"), body).status()).isEqualTo(400);
        assertThat(api.as("agent").get(plans(plan, "months/13")).status()).isEqualTo(400);
        assertThat(api.as("agent").get(plans(plan, "months/x")).status()).isEqualTo(400);
        assertThat(fields(api.as("agent").get("/api/v1/club/plans", Map.of("year", -5)))).containsExactly("year");
        assertThat(api.as("agent").post(plans(plan, "decision"), Map.of()).status()).isEqualTo(403);
        assertThat(fields(api.as("manager").post(plans(plan, "decision"), Map.of()))).containsExactly("approved");
        assertThat(api.as("agent").put(plans(plan, "items/999999999"), itemBody(2, "x", "OTHER", null, 1, 0))
                .status()).isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/club/plans/999999999").status()).isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/club/plans/" + plan).json().get("plan").get("items").asInt()).isZero();

        assertThat(fields(api.as("agent").get("/api/v1/club/activities", Map.of("month", "2027-13"))))
                .containsExactly("month");
        assertThat(fields(api.as("agent").get("/api/v1/club/activities", Map.of("month", "x".repeat(5000),
                "projectId", -1)))).containsExactlyInAnyOrder("month", "projectId");
        assertThat(api.as("agent").get("/api/v1/club/activities", Map.of("limit", 0)).status()).isEqualTo(400);
        var unknown = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project("agent"),
                "theme", "t", "place", "p", "startsAt", Instant.now(clock).plusSeconds(3600).toString(),
                "endsAt", Instant.now(clock).plusSeconds(7200).toString(), "capacity", 3, "budgetPlannedFen", 0,
                "planItemId", 999_999_999));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("planItemId");
    }

    @Test
    void staffSignAMemberUpOnTheirBehalfWithThePortalsWaitingLine() {
        long activity = scheduleToday(1);
        open(activity);
        Owner first = ClubOwners.owner(api, "agent", "2021-01-01");
        long firstMember = ClubOwners.join(first).get("id").asLong();
        Owner second = ClubOwners.owner(api, "agent", "2021-01-01");
        long secondMember = ClubOwners.join(second).get("id").asLong();

        var signed = api.as("agent").post(activities(activity, "sign-ups"), Map.of("memberId", firstMember));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(signed.json().get("signedUpBy").asString()).isNotBlank();
        var twice = api.as("manager").post(activities(activity, "sign-ups"), Map.of("memberId", firstMember));
        assertThat(twice.json().get("id").asLong()).as("signing up twice changes nothing")
                .isEqualTo(signed.json().get("id").asLong());
        assertThat(jdbc.sql("""
                select reason || ' ' || actor_name from audit_entry
                where action = 'CLUB_ACTIVITY_SIGN_UP' and record_id = :m""")
                .param("m", firstMember).query(String.class).list()).as("audited once, with who did it").hasSize(1)
                .allMatch(entry -> entry.startsWith("SIGNED_UP "));
        var waiting = api.as("agent").post(activities(activity, "sign-ups"), Map.of("memberId", secondMember));
        assertThat(waiting.json().get("status").asString()).isEqualTo("WAITING");
        assertThat(waiting.json().get("position").asInt()).isEqualTo(1);
        assertThat(first.caller().get("/api/v1/me/club/sign-ups/" + signed.json().get("id").asLong()).json()
                .get("checkInCode").asString()).as("the member sees it in the portal").hasSize(10);
        assertThat(api.as("agent").get(activities(activity, "sign-ups")).json().valueStream()
                .map(s -> s.get("signedUpBy").asString())).allMatch(by -> !by.isBlank());

        Owner hangzhou = ClubOwners.owner(api, "hz-agent", "2021-01-01");
        long hzMember = ClubOwners.join(hangzhou).get("id").asLong();
        var foreign = api.as("agent").post(activities(activity, "sign-ups"), Map.of("memberId", hzMember));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.json().get("errors").get(0).get("field").asString()).isEqualTo("memberId");
        assertThat(api.as("hz-agent").post(activities(activity, "sign-ups"), Map.of("memberId", hzMember)).status())
                .isEqualTo(404);
        assertThat(first.caller().post(activities(activity, "sign-ups"), Map.of("memberId", firstMember)).status())
                .isEqualTo(403);
        assertThat(fields(api.as("agent").english().post(activities(activity, "sign-ups"), Map.of())))
                .containsExactly("memberId");
        assertThat(fields(api.as("agent").post(activities(activity, "sign-ups"), Map.of("memberId", -3))))
                .containsExactly("memberId");
    }

    @Test
    void cancellingAnActivityTellsEachSignedUpMemberOnce() {
        long activity = scheduleToday(1);
        open(activity);
        Owner confirmed = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(confirmed);
        Owner waiting = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(waiting);
        Owner gone = ClubOwners.owner(api, "agent", "2021-01-01");
        ClubOwners.join(gone);
        for (Owner owner : List.of(confirmed, waiting, gone)) {
            assertThat(owner.caller().post("/api/v1/me/club/activities/" + activity + "/sign-ups", Map.of()).status())
                    .isEqualTo(200);
        }
        long goneId = jdbc.sql("""
                select s.id from club_activity_signup s where s.activity_id = :a and s.customer_id = :c""")
                .param("a", activity).param("c", gone.customerId()).query(Long.class).single();
        assertThat(gone.caller().delete("/api/v1/me/club/sign-ups/" + goneId).status()).isEqualTo(200);

        var cancelled = api.as("agent").post(activities(activity, "transitions"), Map.of("to", "CANCELLED"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        String key = "club-activity-cancelled:" + activity;
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(confirmed, key) == 1 && notices(waiting, key) == 1);
        JsonNode event = api.as("agent").get("/api/v1/club/activities/" + activity).json();
        transactions.executeWithoutResult(status -> events.publishEvent(new ActivityCancelled(
                jdbc.sql("select company_id from club_activity where id = :a").param("a", activity)
                        .query(Long.class).single(), "/", activity, event.get("theme").asString(),
                Instant.parse(event.get("startsAt").asString()),
                List.of(confirmed.customerId(), waiting.customerId()), Instant.now(clock))));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> notices(confirmed, key) == 1 && notices(waiting, key) == 1);

        assertThat(notices(gone, key)).as("who cancelled before is not told").isZero();
        assertThat(confirmed.caller().get("/api/v1/me/inbox").json().get("items").valueStream()
                .filter(n -> n.get("kind").asString().equals("CLUB_ACTIVITY_CANCELLED"))
                .map(n -> n.get("title").asString())).singleElement().asString().contains("已取消");
        assertThat(jdbc.sql("""
                select count(*) - count(distinct channel) from outbound_message
                where event_key = :k and customer_id = :c""")
                .param("k", key + ":" + waiting.customerId()).param("c", waiting.customerId()).query(Long.class)
                .single()).as("at most one message per channel").isZero();
    }

    private long plan(String agent, int year) {
        var made = api.as(agent).post("/api/v1/club/plans", Map.of("projectId", project(agent), "year", year));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asString()).isEqualTo("DRAFT");
        return made.json().get("id").asLong();
    }

    private JsonNode item(long plan, int month, String theme, String kind, String on, int target, long budget) {
        return item(plan, month, theme, kind, on, target, budget, "agent");
    }

    private JsonNode item(long plan, int month, String theme, String kind, String on, int target, long budget,
            String by) {
        var added = api.as(by).post(plans(plan, "items"), itemBody(month, theme, kind, on, target, budget));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return added.json();
    }

    private static Map<String, Object> itemBody(int month, String theme, String kind, String on, int target,
            long budget) {
        Map<String, Object> body = new HashMap<>(Map.of("month", month, "theme", theme, "kind", kind,
                "targetParticipants", target, "budgetPlannedFen", budget));
        if (on != null) {
            body.put("plannedOn", on);
        }
        return body;
    }

    private Api.Response schedule(Instant starts, long planItem) {
        return api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project("agent"),
                "theme", "春季亲子烘焙", "place", "会所一楼", "startsAt", starts.toString(),
                "endsAt", starts.plusSeconds(7200).toString(), "capacity", 20, "budgetPlannedFen", 300_000,
                "planItemId", planItem));
    }

    private long scheduleToday(int capacity) {
        Instant starts = Instant.now(clock).plusSeconds(4 * 3600);
        var made = api.as("agent").post("/api/v1/club/activities", Map.of("projectId", project("agent"),
                "theme", "邻里茶话会", "place", "会所二楼", "startsAt", starts.toString(),
                "endsAt", starts.plusSeconds(7200).toString(), "capacity", capacity, "budgetPlannedFen", 0));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asLong();
    }

    private void open(long activity) {
        assertThat(api.as("agent").post(activities(activity, "budget-request"), Map.of()).status()).isEqualTo(200);
        assertThat(api.as("manager").post(activities(activity, "budget-decision"), Map.of("approved", true))
                .status()).isEqualTo(200);
        var open = api.as("agent").post(activities(activity, "transitions"), Map.of("to", "OPEN"));
        assertThat(open.status()).as(open.body()).isEqualTo(200);
    }

    private List<Long> ids(Map<String, ?> query) {
        var page = api.as("agent").get("/api/v1/club/activities", query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().map(a -> a.get("id").asLong()).toList();
    }

    private long notices(Owner owner, String key) {
        return jdbc.sql("""
                select count(*) from notification n join account a on a.id = n.account_id
                where a.username = :u and n.event_key = :k""")
                .param("u", owner.username()).param("k", key).query(Long.class).single();
    }

    private long project(String agent) {
        return api.as(agent).get("/api/v1/units?limit=1").json().get("items").get(0).get("projectId").asLong();
    }

    private static String type(Api.Response response) {
        return response.json().get("type").asString();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String plans(long plan, String tail) {
        return "/api/v1/club/plans/" + plan + "/" + tail;
    }

    private static String activities(long activity, String tail) {
        return "/api/v1/club/activities/" + activity + "/" + tail;
    }
}
