package com.estatecare.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/** 投诉分级 (SPEC §3, seed 002 §3.3): each rule over HTTP, driven by the clock. */
@EstateCareTest
@OwnDatabase
class GradingTests {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    Grading grading;
    @Autowired
    Recorded recorded;

    /** Tests of this class started so far: each one's quarter is its own. */
    private static final AtomicInteger QUARTERS = new AtomicInteger();

    /**
     * Each test starts far from the others' complaints, so that hotspot windows and due points do not mix (the
     * clock is back at the start after every test).
     */
    @BeforeEach
    void startAFreshQuarter() {
        clock.set(TestClockConfiguration.START.plus(Duration.ofDays(100L * QUARTERS.incrementAndGet())));
    }

    @Test
    void lawsuitFiledMakesComplaintMajor() {
        long id = complaint(Map.of("lawsuit", "FILED"));

        JsonNode graded = awaitGrade(id, 1);
        assertThat(codes(graded)).containsExactly("LAWSUIT_FILED");
        assertThat(graded.get("gradeReasons").get(0).get("text").asString()).isEqualTo("已引发法律诉讼");
        assertThat(api.as("agent").english().get("/api/v1/requests/" + id).json().get("gradeReasons").get(0)
                .get("text").asString()).isEqualTo("A lawsuit has been filed");
        assertThat(graded.get("lawsuit").asString()).isEqualTo("FILED");

        long likely = complaint(Map.of("lawsuit", "LIKELY"));
        assertThat(codes(awaitGrade(likely, 2))).containsExactly("LAWSUIT_LIKELY");
    }

    @Test
    void mediaExposureMakesComplaintMajor() {
        long exposed = complaint(Map.of("media", "EXPOSED"));
        long likely = complaint(Map.of("media", "LIKELY"));

        assertThat(codes(awaitGrade(exposed, 1))).containsExactly("MEDIA_EXPOSED");
        assertThat(codes(awaitGrade(likely, 2))).containsExactly("MEDIA_LIKELY");
    }

    @Test
    void collectiveComplaintOfFiveIsMajorAndOfThreeIsHotspot() {
        long five = complaint(Map.of("complainantCount", 5));
        long three = complaint(Map.of("complainantCount", 3));
        long two = complaint(Map.of("complainantCount", 2));

        assertThat(codes(awaitGrade(five, 1))).containsExactly("COLLECTIVE_MAJOR");
        assertThat(codes(awaitGrade(three, 2))).containsExactly("COLLECTIVE_HOTSPOT");
        assertThat(codes(awaitGrade(two, 4))).isEmpty();

        var nobody = api.as("agent").post("/api/v1/requests", body(Map.of("complainantCount", 0)));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("complainantCount");
        Map<String, Object> repair = given.repairBody(given.unit().get("id").asLong());
        repair.put("complainantCount", 3);
        var notAComplaint = api.as("agent").post("/api/v1/requests", repair);
        assertThat(notAComplaint.status()).isEqualTo(400);
        assertThat(notAComplaint.json().get("errors").get(0).get("field").asString()).isEqualTo("complainantCount");
    }

    @Test
    void thirdDifferentComplainantWithSameCategoryInThirtyDaysMakesComplaintAHotspot() {
        List<Long> customers = api.as("agent").get("/api/v1/customers?limit=4").json().get("items").valueStream()
                .map(c -> c.get("id").asLong()).toList();

        long first = complaint(Map.of("customerId", customers.get(0)));
        awaitGrade(first, 4);
        clock.advance(Duration.ofDays(10));
        long second = complaint(Map.of("customerId", customers.get(1)));
        awaitGrade(second, 4);
        clock.advance(Duration.ofDays(2));
        long sameAgain = complaint(Map.of("customerId", customers.get(0)));
        assertThat(codes(awaitGrade(sameAgain, 4))).as("the same person twice is one complainant").isEmpty();
        clock.advance(Duration.ofDays(8));
        long third = complaint(Map.of("customerId", customers.get(2)));
        assertThat(codes(awaitGrade(third, 2))).containsExactly("HOTSPOT_DIFFERENT_COMPLAINANTS");
        assertThat(text(given.get(third))).isEqualTo("30 天内 3 位以上不同投诉人在同一楼盘的相同类型投诉");

        clock.advance(Duration.ofDays(31));
        long fourth = complaint(Map.of("customerId", customers.get(3)));
        assertThat(codes(awaitGrade(fourth, 4))).as("the earlier ones are more than 30 days old").isEmpty();
    }

    /**
     * Complaints registered at the time the server reads from its clock, with a
     * part below the microsecond as a real clock has (PostgreSQL keeps
     * microseconds): the third different complainant makes a hotspot every time.
     */
    @Test
    void thirdComplainantAtTheRealCurrentTimeMakesAHotspot() {
        List<Long> customers = api.as("agent").get("/api/v1/customers?limit=3").json().get("items").valueStream()
                .map(c -> c.get("id").asLong()).toList();
        for (int attempt = 0; attempt < 10; attempt++) {
            Instant real = Instant.now();
            clock.set(real.plus(Duration.ofDays(3650L + 40L * attempt))
                    .with(ChronoField.NANO_OF_SECOND, real.getNano() / 1000 * 1000 + 500 + 50 * attempt));
            long first = complaint(Map.of("customerId", customers.get(0)));
            long second = complaint(Map.of("customerId", customers.get(1)));
            long third = complaint(Map.of("customerId", customers.get(2)));

            awaitGrade(first, 4);
            awaitGrade(second, 4);
            assertThat(codes(awaitGrade(third, 2))).as("try %d at %s", attempt, clock.instant())
                    .containsExactly("HOTSPOT_DIFFERENT_COMPLAINANTS");
        }
    }

    @Test
    void complaintUnresolvedOneWeekThroughOurFaultBecomesHotspot() {
        long open = complaint(Map.of());
        long customersFault = complaint(Map.of());
        long resolved = complaint(Map.of());
        awaitGrade(open, 4);
        awaitGrade(customersFault, 4);
        awaitGrade(resolved, 4);
        given.walk(customersFault, "COMPLAINT", 2);
        given.act(customersFault, "handler", "investigate", Map.of("cause", "业主自行改造导致渗水",
                "responsibleParty", "CUSTOMER"));
        given.walk(resolved, "COMPLAINT", 5);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        grading.sweep();
        assertThat(grade(open)).as("not yet a week").isEqualTo(4);

        clock.advance(Duration.ofMinutes(2));
        grading.sweep();
        assertThat(codes(given.get(open))).containsExactly("UNRESOLVED_HOTSPOT");
        assertThat(text(given.get(open))).isEqualTo("投诉 7 天后由于我方原因仍未解决");
        assertThat(grade(open)).isEqualTo(2);
        assertThat(grade(customersFault)).as("the customer's own fault").isEqualTo(4);
        assertThat(grade(resolved)).as("resolved in time").isEqualTo(4);
    }

    @Test
    void complaintUnresolvedOneMonthThroughOurFaultBecomesMajor() {
        long id = complaint(Map.of());
        awaitGrade(id, 4);

        clock.advance(Duration.ofDays(8));
        grading.sweep();
        assertThat(grade(id)).isEqualTo(2);

        clock.advance(Duration.ofDays(22).plusMinutes(1));
        grading.sweep();
        JsonNode major = given.get(id);
        assertThat(major.get("grade").asInt()).isEqualTo(1);
        assertThat(codes(major)).containsExactly("UNRESOLVED_MAJOR");
        assertThat(text(major)).isEqualTo("投诉 30 天后由于我方原因仍未解决");
        assertThat(grading.sweep()).as("nothing left to check for a major complaint").isZero();
    }

    @Test
    void sameProblemComplainedAgainAfterClosureIsImportant() {
        long closed = complaint(Map.of());
        given.walk(closed, "COMPLAINT", 8);
        long stillOpen = complaint(Map.of());

        long again = complaint(Map.of("relatedRequestId", closed));
        assertThat(codes(awaitGrade(again, 3))).containsExactly("REPEATED_AFTER_CLOSURE");

        long linkedToOpen = complaint(Map.of("relatedRequestId", stillOpen));
        awaitGrade(linkedToOpen, 4);
        given.act(linkedToOpen, "agent", "link", Map.of("relatedRequestId", closed));
        assertThat(codes(awaitGrade(linkedToOpen, 3))).containsExactly("REPEATED_AFTER_CLOSURE");
    }

    @Test
    void complaintNeedingConsultantOrAnotherCompanyIsImportant() {
        long id = complaint(Map.of());
        awaitGrade(id, 4);
        JsonNode updated = given.act(id, "handler", "update-facts", Map.of("needsSupport", true));
        assertThat(updated.get("needsSupport").asBoolean()).isTrue();
        assertThat(codes(awaitGrade(id, 3))).containsExactly("NEEDS_SUPPORT");
    }

    @Test
    void gradeNeverFallsAutomatically() {
        long id = complaint(Map.of("lawsuit", "FILED", "complainantCount", 3));
        awaitGrade(id, 1);

        given.act(id, "agent", "update-facts", Map.of("lawsuit", "NONE", "complainantCount", 1));
        grading.regrade(id);
        clock.advance(Duration.ofDays(40));
        grading.sweep();

        JsonNode after = given.get(id);
        assertThat(after.get("lawsuit").asString()).isEqualTo("NONE");
        assertThat(after.get("grade").asInt()).isEqualTo(1);
        assertThat(codes(after)).containsExactly("LAWSUIT_FILED");
    }

    @Test
    void manualGradeChangeNeedsAReasonAndIsRecorded() {
        long id = complaint(Map.of("lawsuit", "FILED"));
        awaitGrade(id, 1);

        var noReason = api.as("manager").post("/api/v1/requests/" + id + "/grade", Map.of("grade", 3));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.as("agent").post("/api/v1/requests/" + id + "/grade",
                Map.of("grade", 3, "reason", "律师确认已撤诉")).status()).isEqualTo(403);
        assertThat(api.as("manager").post("/api/v1/requests/999999/grade",
                Map.of("grade", 3, "reason", "律师确认已撤诉")).status()).isEqualTo(404);

        var lowered = api.as("manager").post("/api/v1/requests/" + id + "/grade",
                Map.of("grade", 3, "reason", "律师确认已撤诉"));
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(lowered.json().get("grade").asInt()).isEqualTo(3);
        JsonNode entry = gradeEntries(id).get(gradeEntries(id).size() - 1);
        assertThat(entry.get("actorName").asString()).isEqualTo("客服经理 陈静");
        assertThat(entry.get("note").asString()).isEqualTo("律师确认已撤诉");
        assertThat(entry.get("details").get("rule").asString()).isEqualTo("MANUAL");
        assertThat(entry.get("details").get("fromGrade").asInt()).isEqualTo(1);

        grading.regrade(id);
        assertThat(grade(id)).as("the fact the manager set aside does not raise it again").isEqualTo(3);
        given.act(id, "agent", "update-facts", Map.of("media", "EXPOSED"));
        assertThat(codes(awaitGrade(id, 1))).containsExactly("MEDIA_EXPOSED");
    }

    @Test
    void gradeChangeLandsOnTimelineNamingTheRule() {
        long id = complaint(Map.of("complainantCount", 3));
        awaitGrade(id, 2);
        JsonNode first = gradeEntries(id).get(0);
        assertThat(first.get("details").get("rule").asString()).isEqualTo("COLLECTIVE_HOTSPOT");
        assertThat(first.get("details").get("toGrade").asInt()).isEqualTo(2);
        assertThat(first.get("details").get("policyVersion").asInt()).isPositive();

        given.act(id, "agent", "update-facts", Map.of("complainantCount", 6));
        awaitGrade(id, 1);
        List<JsonNode> timeline = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .toList();
        JsonNode facts = timeline.stream().filter(e -> e.get("action").asString().equals("UPDATE_FACTS"))
                .findFirst().orElseThrow();
        assertThat(facts.get("details").get("complainantCount").get("to").asInt()).isEqualTo(6);
        JsonNode raised = gradeEntries(id).get(1);
        assertThat(raised.get("details").get("rule").asString()).isEqualTo("COLLECTIVE_MAJOR");
        assertThat(raised.get("details").get("fromGrade").asInt()).isEqualTo(2);
        assertThat(raised.get("details").get("toGrade").asInt()).isEqualTo(1);
    }

    @Test
    void gradeOneAndTwoOpenASpecialReport() {
        long hotspot = complaint(Map.of("media", "LIKELY"));
        long ordinary = complaint(Map.of());
        awaitGrade(hotspot, 2);
        awaitGrade(ordinary, 4);

        JsonNode reports = api.as("manager").get("/api/v1/special-reports?requestId=" + hotspot).json().get("items");
        assertThat(reports.size()).isEqualTo(1);
        assertThat(reports.get(0).get("grade").asInt()).isEqualTo(2);
        assertThat(reports.get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(api.as("manager").get("/api/v1/special-reports?requestId=" + ordinary).json().get("items").size())
                .isZero();

        given.act(hotspot, "agent", "update-facts", Map.of("media", "EXPOSED"));
        awaitGrade(hotspot, 1);
        JsonNode raised = api.as("hq").get("/api/v1/special-reports?requestId=" + hotspot).json().get("items");
        assertThat(raised.size()).as("one report per complaint").isEqualTo(1);
        assertThat(raised.get(0).get("grade").asInt()).isEqualTo(1);
        assertThat(recorded.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(ComplaintGraded.class,
                g -> assertThat(g.requestId() == hotspot && g.toGrade() == 1 && g.reportToHeadquarters()).isTrue()));
        assertThat(recorded.events).filteredOn(e -> e instanceof SpecialReportOpened o && o.requestId() == hotspot)
                .hasSize(1);
        assertThat(api.as("engineer").get("/api/v1/special-reports").status()).isEqualTo(403);
    }

    @Test
    void handlerSeesOnlySpecialReportsInTheirScope() {
        JsonNode garden = api.as("agent").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals("锦澜园")).findFirst().orElseThrow();
        var account = api.as("admin").post("/api/v1/accounts", Map.of("username", "jly-handler",
                "password", "Jinlan-Garden-2026!", "displayName", "锦澜园工程部 吴勇",
                "orgNodeId", garden.get("orgNodeId").asLong(), "roles", List.of("HANDLER")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Api.Caller gardenHandler = api.basic("jly-handler", "Jinlan-Garden-2026!");
        long gardenUnit = api.as("agent").get("/api/v1/units?projectId=" + garden.get("id").asLong() + "&limit=1")
                .json().get("items").get(0).get("id").asLong();

        long elsewhere = complaint(Map.of("media", "LIKELY"));
        Map<String, Object> inGarden = given.complaintBody(gardenUnit);
        inGarden.put("media", "LIKELY");
        long here = given.register(inGarden);
        awaitGrade(elsewhere, 2);
        awaitGrade(here, 2);

        assertThat(gardenHandler.get("/api/v1/requests/" + elsewhere).status()).isEqualTo(404);
        List<Long> seen = gardenHandler.get("/api/v1/special-reports?limit=200").json().get("items").valueStream()
                .map(r -> r.get("requestId").asLong()).toList();
        assertThat(seen).contains(here).doesNotContain(elsewhere);
        assertThat(gardenHandler.get("/api/v1/special-reports?requestId=" + elsewhere).status()).isEqualTo(404);
        assertThat(api.as("handler").get("/api/v1/special-reports?limit=200").json().get("items").valueStream()
                .map(r -> r.get("requestId").asLong())).contains(here, elsewhere);
        assertThat(api.as("hz-manager").get("/api/v1/special-reports?limit=200").json().get("items").valueStream()
                .map(r -> r.get("requestId").asLong())).doesNotContain(here, elsewhere);
    }

    @Test
    void gradingPolicyThatCannotWorkIsRefusedAndOldOneStaysInForce() {
        JsonNode before = api.as("admin").get("/api/v1/policies/grading").json();

        var looser = api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "试验",
                "policy", policy(2, 3, 30, 30, 7)));
        assertThat(looser.status()).isEqualTo(400);
        assertThat(looser.json().get("errors").get(0).get("field").asString()).isEqualTo("policy.collectiveMajor");
        var noWindow = api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "试验",
                "policy", policy(5, 3, 0, 30, 7)));
        assertThat(noWindow.status()).isEqualTo(400);
        assertThat(noWindow.json().get("errors").get(0).get("field").asString()).isEqualTo("policy.hotspotWindowDays");
        var weekAfterMonth = api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "试验",
                "policy", policy(5, 3, 30, 7, 30)));
        assertThat(weekAfterMonth.status()).isEqualTo(400);
        assertThat(weekAfterMonth.json().get("errors").get(0).get("field").asString())
                .isEqualTo("policy.unresolvedMajorDays");

        assertThat(api.as("admin").get("/api/v1/policies/grading").json()).isEqualTo(before);
    }

    @Test
    void changedThresholdAppliesToNewComplaints() {
        long underOldPolicy = complaint(Map.of("complainantCount", 4));
        awaitGrade(underOldPolicy, 2);
        var changed = api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "本公司四人即为重大集体投诉",
                "policy", policy(4, 3, 30, 30, 7)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        int version = changed.json().get("version").asInt();
        try {
            long underNewPolicy = complaint(Map.of("complainantCount", 4));
            JsonNode major = awaitGrade(underNewPolicy, 1);
            assertThat(codes(major)).containsExactly("COLLECTIVE_MAJOR");
            assertThat(major.get("gradePolicyVersion").asInt()).isEqualTo(version);

            grading.regrade(underOldPolicy);
            assertThat(grade(underOldPolicy)).as("keeps the version it was registered under").isEqualTo(2);
        } finally {
            api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "恢复默认值", "policy", policy(5, 3, 30, 30, 7)));
        }
    }

    @Test
    void reasonTextStatesTheThresholdOfThePolicyVersionThatDecidedTheGrade() {
        long underDefaults = complaint(Map.of("complainantCount", 3));
        assertThat(text(awaitGrade(underDefaults, 2))).isEqualTo("3 人以上的集体投诉");
        var changed = api.as("admin").put("/api/v1/policies/grading",
                Map.of("reason", "本公司两人即为热点集体投诉", "policy", policy(4, 2, 21, 40, 10)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try {
            long underNewPolicy = complaint(Map.of("complainantCount", 2));
            assertThat(text(awaitGrade(underNewPolicy, 2))).isEqualTo("2 人以上的集体投诉");
            assertThat(text(api.as("agent").english().get("/api/v1/requests/" + underNewPolicy).json()))
                    .isEqualTo("Collective complaint of 2 or more people");
            long major = complaint(Map.of("complainantCount", 4));
            assertThat(text(awaitGrade(major, 1))).isEqualTo("4 人以上的集体投诉");
            assertThat(text(given.get(underDefaults))).as("the version that decided it, not the one now in force")
                    .isEqualTo("3 人以上的集体投诉");
        } finally {
            api.as("admin").put("/api/v1/policies/grading", Map.of("reason", "恢复默认值", "policy", policy(5, 3, 30, 30, 7)));
        }
    }

    private static String text(JsonNode request) {
        return request.get("gradeReasons").get(0).get("text").asString();
    }

    private static Map<String, Object> policy(int major, int hotspot, int window, int monthDays, int weekDays) {
        return Map.of("collectiveMajor", major, "collectiveHotspot", hotspot, "hotspotComplainants", 3,
                "hotspotWindowDays", window, "unresolvedMajorDays", monthDays, "unresolvedHotspotDays", weekDays);
    }

    private Map<String, Object> body(Map<String, ?> facts) {
        Map<String, Object> body = given.complaintBody(given.unit().get("id").asLong());
        body.putAll(facts);
        return body;
    }

    private long complaint(Map<String, ?> facts) {
        return given.register(body(facts));
    }

    private int grade(long id) {
        JsonNode request = given.get(id);
        return request.has("grade") ? request.get("grade").asInt() : 0;
    }

    private JsonNode awaitGrade(long id, int expected) {
        await().atMost(BOUND).until(() -> grade(id) == expected);
        return given.get(id);
    }

    private static List<String> codes(JsonNode request) {
        return request.get("gradeReasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    private List<JsonNode> gradeEntries(long id) {
        return api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("GRADE")).toList();
    }

    /** The grading events as they are published, for the modules that will turn them into notifications. */
    static class Recorded {
        final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ComplaintGraded event) {
            events.add(event);
        }

        @EventListener
        void on(SpecialReportOpened event) {
            events.add(event);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RecordingConfiguration {
        @Bean
        Recorded recorded() {
            return new Recorded();
        }
    }
}
