package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/** The life of a request (SPEC §4), step by step over HTTP. */
@EstateCareTest
class RequestLifecycleTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void repairGoesFromPhoneCallToArchive() {
        long engineer = given.staffId("engineer");
        // a demo home of 翠湖苑 handed over in July 2024, looked for page by page: other tests add units of their
        // own to the engineer's project, thousands by import, some not handed over
        long unit = julyTwentyTwentyFourHome();
        var created = api.as("agent").post("/api/v1/requests", Map.of(
                "kind", "REPAIR", "channel", "PHONE", "unitId", unit,
                "reporter", Map.of("name", "王先生", "phone", "13800138000"),
                "category", "HOUSING_QUALITY", "componentCode", "EXTERIOR_WALL",
                "description", "主卧窗边外墙渗水", "locationInUnit", "主卧", "expectedOutcome", "一周内修好",
                "readBackConfirmed", true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("number").asString()).matches("BX-20261124-\\d{4}");
        assertThat(created.json().get("status").asString()).isEqualTo("RECEIVED");
        long id = created.json().get("id").asLong();
        // handed over in July 2024, its exterior wall is under the five years against leaks: free, no quote
        assertThat(given.get(id).get("intakeWarranty").get("warranty").asString()).isEqualTo("IN_WARRANTY");

        step(id, "agent", "classify", Map.of("category", "HOUSING_QUALITY"), "CLASSIFIED");
        step(id, "agent", "dispatch", Map.of("assigneeId", engineer), "DISPATCHED");
        step(id, "engineer", "respond", Map.of("note", "已电话联系业主，约定明天上门"), "RESPONDED");
        JsonNode planned = step(id, "engineer", "agree-plan", Map.of("scheduledAt", "2026-11-26T02:00:00Z",
                "materials", "密封胶", "workers", "张强", "ownerNotifiedAt", "2026-11-25T02:00:00Z"), "PLAN_AGREED");
        assertThat(planned.get("repairPlan").get("materials").asString()).isEqualTo("密封胶");
        step(id, "engineer", "complete", Map.of("warranty", "IN_WARRANTY"), "DONE");
        step(id, "agent", "verify", Map.of("satisfied", true, "confirmedVia", "PHONE"), "VERIFIED");
        step(id, "agent", "revisit", Map.of("satisfied", true, "satisfaction", 5, "followedUp", true), "REVISITED");
        JsonNode archived = step(id, "agent", "archive", Map.of(), "ARCHIVED");

        assertThat(archived.get("completion").get("chargeFen").asLong()).isZero();
        assertThat(archived.get("reporter").get("phone").asString()).isEqualTo("138****8000");
        assertThat(archived.get("closedAt").isNull()).isFalse();
        assertThat(timelineActions(id)).containsExactly("REGISTER", "CLASSIFY", "DISPATCH", "RESPOND", "AGREE_PLAN",
                "COMPLETE", "VERIFY", "REVISIT", "ARCHIVE");
    }

    @Test
    void complaintRecordsInvestigationAndSolution() {
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        given.walk(id, "COMPLAINT", 3);
        JsonNode investigated = given.act(id, "handler", "investigate", Map.of("cause", "防水层施工缺陷",
                "responsibleParty", "CONTRACTOR", "severity", "HIGH", "scope", "地下车库 B2 区"));
        assertThat(investigated.get("status").asString()).isEqualTo("RESPONDED");
        assertThat(investigated.get("investigation").get("responsibleParty").asString()).isEqualTo("CONTRACTOR");
        JsonNode solved = given.act(id, "handler", "agree-plan", given.body("agree-plan", "COMPLAINT"));
        assertThat(solved.get("solution").get("department").asString()).isEqualTo("工程部");
        assertThat(solved.get("status").asString()).isEqualTo("PLAN_AGREED");
    }

    @Test
    void outOfWarrantyRepairIsPaidAtTheQuotedPrice() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 4);
        var missingPrice = api.as("engineer").post("/api/v1/requests/" + id + "/actions/complete",
                Map.of("warranty", "OUT_OF_WARRANTY"));
        assertThat(missingPrice.status()).isEqualTo(400);
        assertThat(missingPrice.json().get("errors").get(0).get("field").asString()).isEqualTo("chargeFen");
        JsonNode done = given.act(id, "engineer", "complete", Map.of("warranty", "OUT_OF_WARRANTY", "chargeFen", 15000));
        assertThat(done.get("completion").get("warranty").asString()).isEqualTo("OUT_OF_WARRANTY");
        assertThat(done.get("completion").get("chargeFen").asLong()).isEqualTo(15000);
    }

    @Test
    void ownerNotSatisfiedAtVerificationSendsRepairToSecondHandling() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 5);
        JsonNode back = given.act(id, "agent", "verify", Map.of("satisfied", false, "note", "仍然漏水", "confirmedVia", "PHONE"));
        assertThat(back.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(back.get("handlingRound").asInt()).isEqualTo(2);
        assertThat(back.get("assignee").get("name").asString()).isEqualTo("维修工程师 张强");
    }

    @Test
    void ownerNotSatisfiedAtRevisitSendsRepairToSecondHandling() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 6);
        JsonNode back = given.act(id, "agent", "revisit", Map.of("satisfied", false, "satisfaction", 2));
        assertThat(back.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(back.get("handlingRound").asInt()).isEqualTo(2);
        assertThat(back.get("revisit").get("satisfaction").asInt()).isEqualTo(2);
    }

    @Test
    void archivedRequestCanBeReopenedForSecondHandling() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 8);
        JsonNode reopened = given.act(id, "agent", "reopen", Map.of("note", "业主反映再次漏水"));
        assertThat(reopened.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(reopened.get("handlingRound").asInt()).isEqualTo(2);
        assertThat(reopened.get("closedAt").isNull()).isTrue();
    }

    @Test
    void consultationIsAnsweredAndArchivedWithoutRepairSteps() {
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        body.put("kind", "CONSULTATION");
        body.remove("category");
        body.put("description", "房产证什么时候可以办理？");
        var created = api.as("agent").post("/api/v1/requests", body);
        assertThat(created.json().get("number").asString()).startsWith("ZX-");
        long id = created.json().get("id").asLong();
        given.act(id, "agent", "answer", Map.of("note", "预计 2027 年 3 月办理，届时短信通知"));
        JsonNode archived = given.act(id, "agent", "archive", Map.of());
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");
    }

    @Test
    void everyKindGetsItsOwnNumberPrefix() {
        long unit = given.unit().get("id").asLong();
        Map<String, String> prefixes = Map.of("REPAIR", "BX-", "COMPLAINT", "TS-", "CONSULTATION", "ZX-",
                "SUGGESTION", "JY-", "PRAISE", "BY-");
        prefixes.forEach((kind, prefix) -> {
            Map<String, Object> body = given.repairBody(unit);
            body.put("kind", kind);
            body.remove("category");
            String number = api.as("agent").post("/api/v1/requests", body).json().get("number").asString();
            assertThat(number).startsWith(prefix + "20261124-");
        });
    }

    @Test
    void firstContactStaysOwnerWhenHandedOffAndHandOffIsRecordedWithItsTime() {
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        given.walk(id, "COMPLAINT", 2);
        JsonNode handedOff = given.act(id, "manager", "dispatch", Map.of("department", "销售部"));
        assertThat(handedOff.get("firstContact").get("name").asString()).isEqualTo("客服专员 林芳");
        assertThat(handedOff.get("department").asString()).isEqualTo("销售部");
        JsonNode last = lastTimelineEntry(id);
        assertThat(last.get("details").get("handOff").asBoolean()).isTrue();
        assertThat(last.get("details").get("fromDepartment").asString()).isEqualTo("工程部");
        assertThat(last.get("details").get("handedOffAt").asString()).isEqualTo("2026-11-24T02:00:00Z");
    }

    @Test
    void requestIsLinkedToAnEarlierOneAboutTheSameProblem() {
        long unit = given.unit().get("id").asLong();
        long first = given.register(given.repairBody(unit));
        Map<String, Object> again = given.repairBody(unit);
        again.put("relatedRequestId", first);
        long second = given.register(again);
        assertThat(given.get(second).get("relatedRequestId").asLong()).isEqualTo(first);
        long third = given.register(given.repairBody(unit));
        JsonNode linked = given.act(third, "agent", "link", Map.of("relatedRequestId", second));
        assertThat(linked.get("relatedRequestId").asLong()).isEqualTo(second);
        var self = api.as("agent").post("/api/v1/requests/" + third + "/actions/link", Map.of("relatedRequestId", third));
        assertThat(self.status()).isEqualTo(400);
    }

    @Test
    void departmentRequestRecordsWhenTheOtherDepartmentReceivedIt() {
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        body.put("channel", "DEPARTMENT");
        body.remove("readBackConfirmed");
        var missing = api.as("agent").post("/api/v1/requests", body);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("viaDepartment", "departmentReceivedAt");
        body.put("viaDepartment", "物业监控中心");
        body.put("departmentReceivedAt", "2026-11-24T01:20:00Z");
        long id = given.register(body);
        assertThat(given.get(id).get("departmentReceivedAt").asString()).isEqualTo("2026-11-24T01:20:00Z");
    }

    /** A clock tells time below the microsecond; the database keeps microseconds, and so does the model. */
    @Test
    void aStepAnswersWithTheTimeThatIsStored() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        Instant before = clock.instant();
        try {
            clock.set(Instant.parse("2026-11-24T03:00:00.123456789Z"));
            JsonNode answered = given.act(id, "agent", "note", Map.of("note", "业主来电催办"));

            assertThat(answered.get("updatedAt").asString()).isEqualTo("2026-11-24T03:00:00.123456Z")
                    .isEqualTo(given.get(id).get("updatedAt").asString());
            assertThat(api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().get(1).get("at").asString())
                    .isEqualTo("2026-11-24T03:00:00.123456Z");
        } finally {
            clock.set(before);
        }
    }

    @Test
    void timelineIsAppendOnlyAndNamesWhoDidWhatAndWhen() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        given.walk(id, "REPAIR", 2);
        List<JsonNode> entries = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream().toList();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(1).get("actorName").asString()).isEqualTo("客服专员 林芳");
        assertThat(entries.get(1).get("fromStatus").asString()).isEqualTo("RECEIVED");
        assertThat(entries.get(1).get("toStatus").asString()).isEqualTo("CLASSIFIED");
        assertThat(entries.get(1).get("at").asString()).isEqualTo("2026-11-24T02:00:00Z");
    }

    @Test
    void photoOfTheProblemIsKeptWithTheRequestAndOnItsTimeline() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
        var uploaded = api.as("agent").multipart("/api/v1/requests/" + id + "/attachments", "渗水.jpg", jpeg);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/jpeg");
        long attachment = uploaded.json().get("id").asLong();

        var download = api.as("agent").get("/api/v1/requests/" + id + "/attachments/" + attachment);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(api.as("agent").get("/api/v1/requests/" + id + "/attachments").json().get(0).get("filename")
                .asString()).isEqualTo("渗水.jpg");
        assertThat(timelineActions(id)).containsExactly("REGISTER", "ATTACH");
    }

    @Test
    void attachmentThatIsNeitherPictureNorPdfIsRefused() {
        long id = given.register(given.repairBody(given.unit().get("id").asLong()));
        var refused = api.as("agent").multipart("/api/v1/requests/" + id + "/attachments", "run.sh",
                "#!/bin/sh\nrm -rf /".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(api.as("agent").get("/api/v1/requests/" + id + "/attachments").json().size()).isZero();
    }

    private JsonNode step(long id, String who, String action, Map<String, ?> body, String expectedStatus) {
        JsonNode response = given.act(id, who, action, body);
        assertThat(response.get("status").asString()).isEqualTo(expectedStatus);
        return response;
    }

    private List<String> timelineActions(long id) {
        return api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .map(e -> e.get("action").asString()).toList();
    }

    private JsonNode lastTimelineEntry(long id) {
        List<JsonNode> entries = api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream().toList();
        return entries.get(entries.size() - 1);
    }

    /** The newest unit the engineer sees that was handed over in July 2024, following the list's cursor. */
    private long julyTwentyTwentyFourHome() {
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            JsonNode units = api.as("engineer").get("/api/v1/units?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            var found = units.get("items").valueStream()
                    .filter(u -> u.hasNonNull("deliveredOn") && u.get("deliveredOn").asString().startsWith("2024-07"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get().get("id").asLong();
            }
            if (!units.hasNonNull("next")) {
                break;
            }
            cursor = units.get("next").asString();
        }
        throw new AssertionError("the engineer sees no home handed over in July 2024");
    }
}
