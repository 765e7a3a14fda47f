package com.estatecare.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import com.estatecare.EstateCareApplication;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/** Time limits of SPEC §5 on the business calendar, driven by a fixed clock. */
@EstateCareTest
@OwnDatabase
class TimeLimitTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    TimeLimits timeLimits;
    @Autowired
    Environment environment;

    @Test
    void complaintMustReachTheHandlingDepartmentWithinOneWorkingHour() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        JsonNode dispatchClock = clockOf(id, "COMPLAINT_DISPATCH");
        assertThat(dispatchClock.get("dueAt").asString()).isEqualTo("2026-11-24T03:00:00Z");
        assertThat(dispatchClock.get("status").asString()).isEqualTo("RUNNING");
        assertThat(dispatchClock.get("remainingSeconds").asLong()).isEqualTo(3600);

        clock.advance(Duration.ofMinutes(30));
        given.walk(id, "COMPLAINT", 2);
        assertThat(clockOf(id, "COMPLAINT_DISPATCH").get("status").asString()).isEqualTo("MET");
    }

    @Test
    void complaintReceivedOutsideWorkingHoursIsDueWithinTheFirstHourOfTheNextWorkingPeriod() {
        clock.set(Instant.parse("2026-11-27T12:30:00Z"));
        long friday = given.register(given.complaintBody(given.unit().get("id").asLong()));
        assertThat(clockOf(friday, "COMPLAINT_DISPATCH").get("dueAt").asString()).as("Friday 20:30 → Monday 10:00")
                .isEqualTo("2026-11-30T02:00:00Z");

        clock.set(Instant.parse("2026-09-30T12:00:00Z"));
        long beforeNationalDay = given.register(given.complaintBody(given.unit().get("id").asLong()));
        assertThat(clockOf(beforeNationalDay, "COMPLAINT_DISPATCH").get("dueAt").asString())
                .as("30 Sep 20:00 → 8 Oct 10:00").isEqualTo("2026-10-08T02:00:00Z");
    }

    @Test
    void clockWarnsThenBreachesOnceAndNotifiesTheOwnerAndTheirSupervisor() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();

        clock.advance(Duration.ofMinutes(50));
        timeLimits.sweep();
        assertThat(clockOf(id, "COMPLAINT_DISPATCH").get("status").asString()).isEqualTo("WARNING");
        await().atMost(Duration.ofSeconds(30)).until(() -> notices("agent", number, "TIME_LIMIT_WARNING") == 1);

        clock.advance(Duration.ofMinutes(15));
        timeLimits.sweep();
        timeLimits.sweep();
        assertThat(clockOf(id, "COMPLAINT_DISPATCH").get("status").asString()).isEqualTo("BREACHED");
        await().atMost(Duration.ofSeconds(30)).until(() -> notices("manager", number, "TIME_LIMIT_BREACHED") == 1);
        assertThat(notices("agent", number, "TIME_LIMIT_BREACHED")).isEqualTo(1);
        assertThat(notices("agent", number, "TIME_LIMIT_WARNING")).isEqualTo(1);
        assertThat(api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .map(e -> e.get("action").asString())).contains("TIME_LIMIT_BREACHED");
    }

    @Test
    void eachBreachIsNotifiedOnceWhenTwoInstancesSweep() throws Exception {
        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        String number = given.get(id).get("number").asString();
        clock.advance(Duration.ofHours(2));

        try (ConfigurableApplicationContext second = secondInstance()) {
            TimeLimits other = second.getBean(TimeLimits.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Integer>> sweeps = List.of(timeLimits::sweep, other::sweep, timeLimits::sweep, other::sweep);
                int fired = 0;
                for (var result : pool.invokeAll(sweeps)) {
                    fired += result.get();
                }
                assertThat(fired).as("breaches fired by both instances together").isGreaterThanOrEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> notices("manager", number, "TIME_LIMIT_BREACHED") >= 1);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> notices("agent", number, "TIME_LIMIT_BREACHED") == 1);
            assertThat(notices("manager", number, "TIME_LIMIT_BREACHED")).isEqualTo(1);
            long breachEntries = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                    .filter(e -> e.get("action").asString().equals("TIME_LIMIT_BREACHED")
                            && e.get("note").asString().contains("投诉登记后送达")).count();
            assertThat(breachEntries).isEqualTo(1);
        }
    }

    @Test
    void emergencyRepairMustBeOnSiteWithinTwoHoursOtherRepairsWithinOneWorkingDay() {
        clock.set(Instant.parse("2026-11-27T09:00:00Z"));
        Map<String, Object> emergency = given.repairBody(given.unit().get("id").asLong());
        emergency.put("emergency", true);
        long urgent = given.register(emergency);
        assertThat(clockOf(urgent, "EMERGENCY_REPAIR_ON_SITE").get("dueAt").asString()).isEqualTo("2026-11-27T11:00:00Z");
        assertThat(clocks(urgent)).extracting(c -> c.get("limit").asString()).doesNotContain("REPAIR_CONTACT");

        long ordinary = given.register(given.repairBody(given.unit().get("id").asLong()));
        assertThat(clockOf(ordinary, "REPAIR_CONTACT").get("dueAt").asString()).as("Friday 17:00 + 9 working hours")
                .isEqualTo("2026-11-30T09:00:00Z");
    }

    @Test
    void clockPausesWhileTheRequestWaitsOnTheCustomer() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        clock.advance(Duration.ofHours(1));
        assertThat(api.as("agent").post("/api/v1/requests/" + id + "/time-limits/pause",
                Map.of("reason", "业主出差，约定下周一上门")).status()).isEqualTo(204);
        JsonNode paused = clockOf(id, "REPAIR_CONTACT");
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.get("remainingSeconds").asLong()).isEqualTo(8 * 3600);

        clock.set(Instant.parse("2026-12-07T01:00:00Z"));
        timeLimits.sweep();
        assertThat(clockOf(id, "REPAIR_CONTACT").get("status").asString()).isEqualTo("PAUSED");
        var resumedResponse = api.as("agent").post("/api/v1/requests/" + id + "/time-limits/resume",
                Map.of("reason", "业主已回来，按约上门"));
        assertThat(resumedResponse.status()).as(resumedResponse.body()).isEqualTo(204);
        JsonNode resumed = clockOf(id, "REPAIR_CONTACT");
        assertThat(resumed.get("status").asString()).isEqualTo("RUNNING");
        assertThat(resumed.get("dueAt").asString()).as("Monday 09:00 + 8 working hours").isEqualTo("2026-12-07T09:00:00Z");
    }

    @Test
    void pauseAndResumeOfTheClocksRecordWhoDidIt() {
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        long agent = api.as("agent").get("/api/v1/me").json().get("accountId").asLong();
        long manager = api.as("manager").get("/api/v1/me").json().get("accountId").asLong();
        assertThat(api.as("agent").post("/api/v1/requests/" + id + "/time-limits/pause",
                Map.of("reason", "业主出差")).status()).isEqualTo(204);
        assertThat(api.as("manager").post("/api/v1/requests/" + id + "/time-limits/resume",
                Map.of("reason", "业主已回来")).status()).isEqualTo(204);

        JsonNode timeline = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json();
        JsonNode pause = timeline.valueStream().filter(e -> e.get("action").asString().equals("PAUSE_TIME_LIMITS"))
                .findFirst().orElseThrow();
        JsonNode resume = timeline.valueStream().filter(e -> e.get("action").asString().equals("RESUME_TIME_LIMITS"))
                .findFirst().orElseThrow();
        assertThat(pause.get("actorId").asLong()).isEqualTo(agent);
        assertThat(resume.get("actorId").asLong()).isEqualTo(manager);
    }

    @Test
    void departmentRequestHandedOverAfterMoreThanOneHourIsBreachedAtRegistration() {
        clock.set(Instant.parse("2026-12-03T05:00:00Z"));
        Map<String, Object> late = given.repairBody(given.unit().get("id").asLong());
        late.put("channel", "DEPARTMENT");
        late.put("viaDepartment", "物业监控中心");
        late.put("departmentReceivedAt", "2026-12-03T03:00:00Z");
        assertThat(clockOf(given.register(late), "DEPARTMENT_HANDOVER").get("status").asString()).isEqualTo("BREACHED");
        late.put("departmentReceivedAt", "2026-12-03T04:30:00Z");
        assertThat(clockOf(given.register(late), "DEPARTMENT_HANDOVER").get("status").asString()).isEqualTo("MET");
    }

    @Test
    void consultationMustBeAnsweredWithinTwentyFourHours() {
        clock.set(Instant.parse("2026-12-04T02:00:00Z"));
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        body.put("kind", "CONSULTATION");
        body.remove("category");
        long id = given.register(body);
        assertThat(clockOf(id, "CONSULTATION_ANSWER").get("dueAt").asString()).isEqualTo("2026-12-05T02:00:00Z");
        given.act(id, "agent", "answer", Map.of("note", "已答复"));
        assertThat(clockOf(id, "CONSULTATION_ANSWER").get("status").asString()).isEqualTo("MET");
    }

    @Test
    void completedRepairMustBeRevisitedWithinSevenDays() {
        clock.set(Instant.parse("2026-12-04T02:00:00Z"));
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 5);
        assertThat(clockOf(id, "REPAIR_REVISIT").get("dueAt").asString()).isEqualTo("2026-12-11T02:00:00Z");
        given.walk(id, "REPAIR", 0);
        given.act(id, "agent", "verify", Map.of("satisfied", true, "confirmedVia", "PHONE"));
        given.act(id, "agent", "revisit", Map.of("satisfied", true, "satisfaction", 4));
        assertThat(clockOf(id, "REPAIR_REVISIT").get("status").asString()).isEqualTo("MET");
    }

    @Test
    void archivingARequestStopsTheClocksThatAreStillRunning() {
        clock.set(Instant.parse("2026-12-10T02:00:00Z"));
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        given.walk(id, "COMPLAINT", 8);
        assertThat(clockOf(id, "COMPLAINT_INVESTIGATION").get("status").asString()).isEqualTo("CANCELLED");
        clock.advance(Duration.ofDays(3));
        timeLimits.sweep();
        assertThat(clocks(id)).noneMatch(c -> c.get("status").asString().matches("RUNNING|WARNING|BREACHED"));
    }

    @Test
    void timeLimitPolicyThatCannotWorkIsRefusedAndTheOneInForceStays() {
        JsonNode current = api.as("admin").get("/api/v1/policies/time-limits").json();
        int version = current.get("version").asInt();
        JsonNode policy = current.get("policy");
        String negative = policy.toString().replaceFirst("\"duration\":\"PT1H\"", "\"duration\":\"PT-1H\"");
        var refused = api.as("admin").put("/api/v1/policies/time-limits",
                Map.of("reason", "试验", "policy", Api.parse(negative)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("policy.limits[0].duration");
        String lateWarning = policy.toString().replaceFirst("\"warnAfter\":\"PT45M\"", "\"warnAfter\":\"PT2H\"");
        var warningAfterBreach = api.as("admin").put("/api/v1/policies/time-limits",
                Map.of("reason", "试验", "policy", Api.parse(lateWarning)));
        assertThat(warningAfterBreach.status()).isEqualTo(400);
        assertThat(warningAfterBreach.json().get("errors").get(0).get("field").asString())
                .isEqualTo("policy.limits[0].warnAfter");
        assertThat(api.as("admin").get("/api/v1/policies/time-limits").json().get("version").asInt()).isEqualTo(version);
    }

    @Test
    void requestKeepsThePolicyVersionItWasRegisteredUnder() {
        clock.set(Instant.parse("2026-12-08T02:00:00Z"));
        long before = given.register(given.complaintBody(given.unit().get("id").asLong()));
        JsonNode current = api.as("admin").get("/api/v1/policies/time-limits").json();
        String twoHours = current.get("policy").toString()
                .replaceFirst("(\"key\":\"COMPLAINT_DISPATCH\".*?)\"duration\":\"PT1H\"", "$1\"duration\":\"PT2H\"");
        var changed = api.as("admin").put("/api/v1/policies/time-limits",
                Map.of("reason", "公司手册：投诉 2 个工作小时内送达", "policy", Api.parse(twoHours)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        try {
            long after = given.register(given.complaintBody(given.unit().get("id").asLong()));
            assertThat(clockOf(after, "COMPLAINT_DISPATCH").get("dueAt").asString()).isEqualTo("2026-12-08T04:00:00Z");
            JsonNode old = clockOf(before, "COMPLAINT_DISPATCH");
            assertThat(old.get("dueAt").asString()).isEqualTo("2026-12-08T03:00:00Z");
            assertThat(old.get("policyVersion").asInt()).isEqualTo(current.get("version").asInt());
            assertThat(clockOf(after, "COMPLAINT_DISPATCH").get("policyVersion").asInt())
                    .isEqualTo(changed.json().get("version").asInt());
        } finally {
            api.as("admin").put("/api/v1/policies/time-limits", Map.of("reason", "恢复", "policy", current.get("policy")));
        }
    }

    private ConfigurableApplicationContext secondInstance() {
        return new SpringApplicationBuilder(EstateCareApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run("--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "--server.port=0", "--estatecare.demo-data=false", "--estatecare.timelimits.sweep-interval=PT1H");
    }

    private long notices(String username, String number, String kind) {
        return api.as(username).get("/api/v1/me/inbox?limit=200").json().get("items").valueStream()
                .filter(n -> number.equals(n.get("number").asString()) && kind.equals(n.get("kind").asString())).count();
    }

    private List<JsonNode> clocks(long id) {
        return given.get(id).get("timeLimits").valueStream().toList();
    }

    private JsonNode clockOf(long id, String limit) {
        return clocks(id).stream().filter(c -> c.get("limit").asString().equals(limit)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + limit + " on " + given.get(id)));
    }
}
