package com.estatecare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.consultations.OverdueConsultations;
import com.estatecare.requests.Requests;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;
import com.estatecare.timelimits.ClockBreached;

import tools.jackson.databind.JsonNode;

/**
 * The escalation ladder 投诉上移制, the penalty ledger 累计处罚制 and consultant support 顾问支持制 (SPEC §6, §7) over
 * HTTP: one application for the three modules, which work together.
 */
@EstateCareTest
@OwnDatabase
class EscalationTests {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger(40);

    @Autowired
    Api api;

    @Autowired
    Fixtures given;

    @Autowired
    MutableClock clock;

    @Autowired
    Requests requests;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueConsultations overdue;

    @Test
    void secondComplaintOnSameProblemMovesToProjectCompany() {
        long unit = freshUnit();
        long first = complaint(unit, null);
        long second = complaint(unit, first);

        JsonNode escalation = awaitLevel(second, "PROJECT_COMPANY");
        assertThat(escalation.get("history").get(0).get("reasonCode").asString())
                .isEqualTo("COMPLAINT_REPEATED_TO_PROJECT_COMPANY");
        assertThat(escalation.get("history").get(0).get("fromLevel").asString()).isEqualTo("PROPERTY_COMPANY");
        assertThat(level(first)).isEqualTo("PROPERTY_COMPANY");
        assertThat(timeline(second)).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("ESCALATE");
            assertThat(e.get("details").get("rule").asString()).isEqualTo("COMPLAINT_REPEATED_TO_PROJECT_COMPANY");
            assertThat(e.get("details").get("toLevel").asString()).isEqualTo("PROJECT_COMPANY");
        });
    }

    @Test
    void thirdComplaintOnSameProblemMovesToHeadquarters() {
        long unit = freshUnit();
        long first = complaint(unit, null);
        long second = complaint(unit, first);
        long third = complaint(unit, second);

        JsonNode escalation = awaitLevel(third, "HEADQUARTERS");
        assertThat(escalation.get("history").get(0).get("reasonCode").asString())
                .isEqualTo("COMPLAINT_REPEATED_TO_HEADQUARTERS");
        awaitLevel(second, "PROJECT_COMPANY");
    }

    @Test
    void complaintLinkedLaterClimbsTooWhenTheLinkIsMade() {
        long unit = freshUnit();
        long first = complaint(unit, null);
        long second = complaint(unit, null);
        given.act(second, "agent", "link", Map.of("relatedRequestId", first));

        assertThat(awaitLevel(second, "PROJECT_COMPANY").get("history").get(0).get("reasonCode").asString())
                .isEqualTo("COMPLAINT_REPEATED_TO_PROJECT_COMPANY");
    }

    @Test
    void thirdRepairReportAfterUnsatisfactorySecondRepairBecomesComplaintAtProjectCompany() {
        long unit = freshUnit();
        long first = repair(unit, null, "HOUSING_QUALITY");
        long second = repair(unit, first, "HOUSING_QUALITY");
        unsatisfiedWithRepair(second);
        assertThat(level(second)).isEqualTo("PROPERTY_COMPANY");

        long third = repair(unit, second, "HOUSING_QUALITY");

        awaitLevel(third, "PROJECT_COMPANY");
        JsonNode complaint = await().atMost(BOUND).until(() -> complaintsOn(unit).stream()
                .filter(c -> c.get("relatedRequestId").asLong() == third).findFirst().orElse(null), c -> c != null);
        assertThat(complaint.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(complaint.get("number").asString()).startsWith("TS-");
        assertThat(complaint.get("firstContact").get("id").asLong()).isEqualTo(given.staffId("agent"));
        JsonNode escalation = awaitLevel(complaint.get("id").asLong(), "PROJECT_COMPANY");
        assertThat(escalation.get("history").get(0).get("reasonCode").asString())
                .isEqualTo("REPAIR_REPEATED_TO_PROJECT_COMPANY");
        assertThat(timeline(third)).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("ESCALATE"));
    }

    @Test
    void fourthRepairReportMovesToHeadquarters() {
        long unit = freshUnit();
        long first = repair(unit, null, "HOUSING_QUALITY");
        long second = repair(unit, first, "HOUSING_QUALITY");
        unsatisfiedWithRepair(second);
        long third = repair(unit, second, "HOUSING_QUALITY");
        awaitLevel(third, "PROJECT_COMPANY");
        long fourth = repair(unit, third, "HOUSING_QUALITY");

        JsonNode escalation = awaitLevel(fourth, "HEADQUARTERS");
        assertThat(escalation.get("history").get(0).get("reasonCode").asString())
                .isEqualTo("REPAIR_REPEATED_TO_HEADQUARTERS");
        assertThat(complaintsOn(unit)).hasSize(1);
    }

    @Test
    void thirdRepairReportWithoutARejectedRepairStaysAtThePropertyCompany() {
        long unit = freshUnit();
        long first = repair(unit, null, "HOUSING_QUALITY");
        long second = repair(unit, first, "HOUSING_QUALITY");

        long third = repair(unit, second, "HOUSING_QUALITY");

        awaitTheLadder();
        assertThat(level(third)).isEqualTo("PROPERTY_COMPANY");
        assertThat(complaintsOn(unit)).isEmpty();
        assertThat(timeline(third)).noneSatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("ESCALATE"));
    }

    @Test
    void specialistEscalatesToSupervisor() {
        long id = repair(freshUnit(), null, "FACILITY_FAILURE");
        String path = "/api/v1/requests/" + id + "/escalate";

        Api.Response noReason = api.as("agent").post(path, Map.of());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(api.as("owner").post(path, Map.of("reason", "x")).status()).isIn(403, 404);
        assertThat(api.as("consultant").post(path, Map.of("reason", "x")).status()).isEqualTo(403);

        Api.Response up = api.as("agent").post(path, Map.of("reason", "业主情绪激动，超出权限"));
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        assertThat(up.json().get("level").asString()).isEqualTo("PROJECT_COMPANY");
        assertThat(api.as("manager").post(path, Map.of("reason", "需总部协调")).json().get("level").asString())
                .isEqualTo("HEADQUARTERS");
        Api.Response top = api.as("manager").post(path, Map.of("reason", "再次上报"));
        assertThat(top.status()).as(top.body()).isEqualTo(200);
        assertThat(top.json().get("level").asString()).isEqualTo("HEADQUARTERS");

        JsonNode escalation = given.get(id).get("escalation");
        assertThat(escalation.get("level").asString()).isEqualTo("HEADQUARTERS");
        assertThat(escalation.get("history")).extracting(s -> s.get("reasonCode").asString())
                .containsExactly("SPECIALIST_ESCALATED", "SPECIALIST_ESCALATED");
        assertThat(escalation.get("history").get(0).get("note").asString()).isEqualTo("业主情绪激动，超出权限");
        assertThat(timeline(id)).extracting(e -> e.get("action").asString())
                .contains("ESCALATE", "ESCALATE_AT_TOP");
    }

    @Test
    void breachedTimeLimitEscalatesOneLevel() {
        long id = repair(freshUnit(), null, "FACILITY_FAILURE");
        long company = requests.facts(id).orElseThrow().companyId();
        Instant now = clock.instant();

        breach(new ClockBreached(9001, id, company, "RESPONSE", "响应", now, now, true));
        JsonNode escalation = awaitLevel(id, "PROJECT_COMPANY");
        assertThat(escalation.get("history").get(0).get("reasonCode").asString()).isEqualTo("TIME_LIMIT_BREACHED");

        breach(new ClockBreached(9002, id, company, "REPAIR", "维修", now, now, false));
        breach(new ClockBreached(9003, id, company, "REPAIR", "维修", now, now, true));
        escalation = awaitLevel(id, "HEADQUARTERS");
        assertThat(escalation.get("history")).extracting(s -> s.get("reasonCode").asString())
                .containsExactly("TIME_LIMIT_BREACHED", "TIME_LIMIT_BREACHED");
    }

    @Test
    void similarEarlierRequestsAreProposedAtIntake() {
        long unit = freshUnit();
        long otherUnit = freshUnit();
        clock.set(TestClockConfiguration.START.minus(Duration.ofDays(100)));
        long tooOld = repair(unit, null, "HOUSING_QUALITY");
        clock.set(TestClockConfiguration.START.minus(Duration.ofDays(30)));
        long sameCategory = repair(unit, null, "HOUSING_QUALITY");
        clock.set(TestClockConfiguration.START.minus(Duration.ofDays(2)));
        Map<String, Object> window = given.repairBody(unit);
        window.put("category", "FACILITY_FAILURE");
        window.put("componentCode", "WINDOW");
        long sameComponent = given.register(window);
        long otherProblem = repair(unit, null, "PROPERTY_SERVICE");
        long elsewhere = repair(otherUnit, null, "HOUSING_QUALITY");
        clock.set(TestClockConfiguration.START);

        Map<String, Object> query = Map.of("unitId", unit, "category", "HOUSING_QUALITY", "componentCode", "WINDOW");
        List<Long> proposed = await().atMost(BOUND).until(() -> ids(api.as("agent")
                .get("/api/v1/requests/similar", query).json()), ids -> ids.size() == 2);
        assertThat(proposed).containsExactly(sameComponent, sameCategory)
                .doesNotContain(tooOld, otherProblem, elsewhere);
        assertThat(api.as("owner").get("/api/v1/requests/similar", query).status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/requests/similar", Map.of("unitId", unit)).status()).isEqualTo(400);
    }

    @Test
    void fineIsProposedAgainstContractorWhenConstructionQualityClimbs() {
        long unit = freshUnit();
        long third = repairedTwiceThenReportedAgain(unit, "HOUSING_QUALITY");
        JsonNode fine = awaitFine(third, "REPAIR_REPEATED_TO_PROJECT_COMPANY");
        assertThat(fine.get("party").asString()).isEqualTo("CONTRACTOR");
        assertThat(fine.get("amountFen").asLong()).isEqualTo(20_000);
        assertThat(fine.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(timeline(third)).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("FINE_PROPOSED"));

        long otherUnit = freshUnit();
        long facility = repairedTwiceThenReportedAgain(otherUnit, "FACILITY_FAILURE");
        assertThat(awaitFine(facility, "REPAIR_REPEATED_TO_PROJECT_COMPANY").get("party").asString())
                .isEqualTo("PROPERTY_MAINTENANCE");
    }

    @Test
    void fineIsDoubledAtHeadquarters() {
        long unit = freshUnit();
        long third = repairedTwiceThenReportedAgain(unit, "HOUSING_QUALITY");
        long fourth = repair(unit, third, "HOUSING_QUALITY");

        long atProjectCompany = awaitFine(third, "REPAIR_REPEATED_TO_PROJECT_COMPANY").get("amountFen").asLong();
        JsonNode atHeadquarters = awaitFine(fourth, "REPAIR_REPEATED_TO_HEADQUARTERS");
        assertThat(atProjectCompany).isEqualTo(20_000);
        assertThat(atHeadquarters.get("amountFen").asLong()).isEqualTo(2 * atProjectCompany);
        assertThat(atHeadquarters.get("level").asString()).isEqualTo("HEADQUARTERS");
    }

    @Test
    void fineNeedsManagerApprovalOrWaiverWithReason() {
        long unit = freshUnit();
        long first = complaint(unit, null);
        long second = complaint(unit, first);
        long third = complaint(unit, second);
        long approveId = awaitFine(second, "COMPLAINT_REPEATED_TO_PROJECT_COMPANY").get("id").asLong();
        JsonNode atHq = awaitFine(third, "COMPLAINT_REPEATED_TO_HEADQUARTERS");
        assertThat(atHq.get("party").asString()).isEqualTo("RESPONSIBLE_SPECIALIST");
        long waiveId = atHq.get("id").asLong();

        assertThat(api.as("agent").post("/api/v1/fines/" + approveId + "/approve", Map.of()).status()).isEqualTo(403);
        Api.Response noReason = api.as("manager").post("/api/v1/fines/" + waiveId + "/waive", Map.of());
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        Api.Response approved = api.as("manager").post("/api/v1/fines/" + approveId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).contains("陈静");
        Api.Response twice = api.as("manager").post("/api/v1/fines/" + approveId + "/waive", Map.of("reason", "x"));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);

        Api.Response waived = api.as("manager").post("/api/v1/fines/" + waiveId + "/waive",
                Map.of("reason", "业主已撤回投诉，非客服责任"));
        assertThat(waived.status()).as(waived.body()).isEqualTo(200);
        assertThat(waived.json().get("status").asString()).isEqualTo("WAIVED");
        assertThat(waived.json().get("decisionReason").asString()).isEqualTo("业主已撤回投诉，非客服责任");
        assertThat(ids(api.as("manager").get("/api/v1/fines?status=WAIVED&limit=200").json().get("items"))).contains(waiveId)
                .doesNotContain(approveId);

        JsonNode all = api.as("manager").get("/api/v1/fines?limit=200").json().get("items");
        JsonNode page1 = api.as("manager").get("/api/v1/fines?limit=1").json();
        JsonNode page2 = api.as("manager").get("/api/v1/fines?limit=1&cursor=" + page1.get("next").asString()).json();
        assertThat(List.of(page1.get("items").get(0), page2.get("items").get(0)))
                .as("the ledger comes in pages").isEqualTo(List.of(all.get(0), all.get(1)));

        assertThat(ids(api.as("manager").get("/api/v1/fines?requestId=" + second).json().get("items")))
                .as("the fines of one request, for its detail").containsExactly(approveId);
        assertThat(api.as("hz-manager").get("/api/v1/fines?requestId=" + second).json().get("items"))
                .as("another company's request shows no fines").isEmpty();
        Api.Response malformed = api.as("manager").get("/api/v1/fines?requestId=abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("requestId");
    }

    @Test
    void consultantRecordsOpinionWithinItsTimeLimit() {
        long id = complaint(freshUnit(), null);
        long consultant = given.staffId("consultant");
        Api.Response bad = api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "ASTROLOGY", "question", "?"));
        assertThat(bad.status()).isEqualTo(400);

        Api.Response asked = api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "LEGAL", "question", "业主称将起诉，合同条款如何解释？", "consultantId", consultant));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(Instant.parse(asked.json().get("dueAt").asString()))
                .isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        long consultation = asked.json().get("id").asLong();

        clock.advance(Duration.ofHours(47));
        String path = "/api/v1/consultations/" + consultation + "/opinion";
        assertThat(api.as("handler").post(path, Map.of("opinion", "x")).status()).isEqualTo(403);
        Api.Response opinion = api.as("consultant").post(path, Map.of("opinion", "按合同第十二条，开发商承担维修责任。"));
        assertThat(opinion.status()).as(opinion.body()).isEqualTo(200);
        assertThat(opinion.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(opinion.json().get("late").asBoolean()).isFalse();
        assertThat(api.as("consultant").post(path, Map.of("opinion", "again")).status()).isEqualTo(409);

        JsonNode list = api.as("agent").get("/api/v1/requests/" + id + "/consultations").json();
        assertThat(list.get(0).get("opinion").asString()).contains("第十二条");
        assertThat(timeline(id)).extracting(e -> e.get("action").asString())
                .contains("CONSULTATION_REQUESTED", "CONSULTANT_OPINION");
    }

    @Test
    void overdueConsultationShowsOverdue() {
        long id = complaint(freshUnit(), null);
        Api.Response asked = api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "MEDIA_RELATIONS", "question", "记者来电，如何回应？"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        clock.advance(Duration.ofHours(47));
        assertThat(consultationStatus(id)).isEqualTo("REQUESTED");
        clock.advance(Duration.ofHours(2));
        assertThat(consultationStatus(id)).isEqualTo("OVERDUE");
    }

    @Test
    void overdueConsultationTellsItsRequesterAndTheConsultantsManagerOnce() throws Exception {
        long id = complaint(freshUnit(), null);
        String number = given.get(id).get("number").asString();
        Api.Response asked = api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "LEGAL", "question", "业主称将起诉，如何答复？", "consultantId", given.staffId("consultant")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        clock.advance(Duration.ofHours(47));
        overdue.sweep();
        assertThat(entries(id, "CONSULTATION_OVERDUE")).as("not due yet").isZero();

        clock.advance(Duration.ofHours(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> twoInstances = List.of(overdue::sweep, overdue::sweep);
            for (var sweep : pool.invokeAll(twoInstances)) {
                sweep.get();
            }
        } finally {
            pool.shutdown();
        }
        overdue.sweep();

        assertThat(entries(id, "CONSULTATION_OVERDUE")).as("told once, however often and wherever it is swept")
                .isEqualTo(1);
        await().atMost(BOUND).until(() -> notices("agent", number, "CONSULTATION_OVERDUE") == 1
                && notices("manager", number, "CONSULTATION_OVERDUE") == 1);
        assertThat(notices("consultant", number, "CONSULTATION_OVERDUE")).isZero();
    }

    @Test
    void escalationPolicyThatCannotWorkIsRefusedAndOldOneStaysInForce() {
        JsonNode before = api.as("admin").get("/api/v1/policies/escalation").json();
        assertThat(before.get("policy").get("complaints").get("projectCompanyAt").asInt()).isEqualTo(2);

        Map<String, Object> outOfOrder = Map.of("repairs", Map.of("projectCompanyAt", 3, "headquartersAt", 4),
                "complaints", Map.of("projectCompanyAt", 3, "headquartersAt", 2),
                "similarWithinDays", 0, "consultationHours", 48);
        Api.Response refused = api.as("admin").put("/api/v1/policies/escalation",
                Map.of("policy", outOfOrder, "reason", "试一试"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(fields(refused)).contains("policy.complaints.headquartersAt", "policy.similarWithinDays");

        Api.Response negative = api.as("admin").put("/api/v1/policies/fines", Map.of("policy", Map.of(
                "gradeOneFen", 100000, "gradeTwoFen", 60000, "gradeThreeFen", 40000, "gradeFourFen", -1,
                "headquartersFactor", 2), "reason", "试一试"));
        assertThat(negative.status()).as(negative.body()).isEqualTo(400);
        assertThat(fields(negative)).contains("policy.gradeFourFen");

        JsonNode after = api.as("admin").get("/api/v1/policies/escalation").json();
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt());
        assertThat(after.get("policy")).isEqualTo(before.get("policy"));
    }

    // ---- helpers

    private long freshUnit() {
        return api.as("engineer").get("/api/v1/units?limit=200").json().get("items")
                .get(NEXT_UNIT.getAndIncrement()).get("id").asLong();
    }

    private long repair(long unit, Long related, String category) {
        Map<String, Object> body = given.repairBody(unit);
        body.put("category", category);
        if (related != null) {
            body.put("relatedRequestId", related);
        }
        return given.register(body);
    }

    private long complaint(long unit, Long related) {
        Map<String, Object> body = given.complaintBody(unit);
        if (related != null) {
            body.put("relatedRequestId", related);
        }
        return given.register(body);
    }

    /** Reported, reported again and that repair rejected by the owner, then reported a third time. */
    private long repairedTwiceThenReportedAgain(long unit, String category) {
        long second = repair(unit, repair(unit, null, category), category);
        unsatisfiedWithRepair(second);
        return repair(unit, second, category);
    }

    /** Waits until the ladder has handled every request registered or linked so far. */
    private void awaitTheLadder() {
        await().atMost(BOUND).until(() -> jdbc.sql("""
                select count(*) from event_publication
                where completion_date is null and listener_id like '%EscalationListener%'""")
                .query(Long.class).single() == 0);
    }

    /** Repaired, and the owner is not satisfied (二次处理). */
    private void unsatisfiedWithRepair(long id) {
        given.walk(id, "REPAIR", 5);
        given.act(id, "agent", "verify", Map.of("satisfied", false, "confirmedVia", "WECHAT"));
    }

    private String level(long id) {
        return given.get(id).get("escalation").get("level").asString();
    }

    private JsonNode awaitLevel(long id, String level) {
        return await().atMost(BOUND).until(() -> given.get(id).get("escalation"),
                e -> level.equals(e.get("level").asString()));
    }

    private List<JsonNode> timeline(long id) {
        List<JsonNode> entries = new ArrayList<>();
        api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().forEach(entries::add);
        return entries;
    }

    private long entries(long requestId, String action) {
        return timeline(requestId).stream().filter(e -> action.equals(e.get("action").asString())).count();
    }

    private long notices(String username, String number, String kind) {
        return api.as(username).get("/api/v1/me/inbox?limit=200").json().get("items").valueStream()
                .filter(n -> number.equals(n.get("number").asString()) && kind.equals(n.get("kind").asString()))
                .count();
    }

    private List<JsonNode> complaintsOn(long unit) {
        List<JsonNode> complaints = new ArrayList<>();
        api.as("agent").get("/api/v1/requests?kind=COMPLAINT&unitId=" + unit).json().get("items")
                .forEach(item -> complaints.add(given.get(item.get("id").asLong())));
        return complaints;
    }

    private JsonNode awaitFine(long requestId, String rule) {
        return await().atMost(BOUND).until(() -> {
            for (JsonNode fine : api.as("manager").get("/api/v1/fines?limit=200").json().get("items")) {
                if (fine.get("requestId").asLong() == requestId && rule.equals(fine.get("rule").asString())) {
                    return fine;
                }
            }
            return null;
        }, fine -> fine != null);
    }

    private String consultationStatus(long requestId) {
        return api.as("agent").get("/api/v1/requests/" + requestId + "/consultations").json().get(0).get("status")
                .asString();
    }

    private void breach(ClockBreached event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
