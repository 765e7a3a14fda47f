package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * What an owner reads: their own requests, and of those what is written to the
 * customer — never the internal records of the people who handle them.
 */
@EstateCareTest
class CustomerViewTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void ownerDoesNotSeeAnotherCustomersRequestOnTheirUnit() {
        Api.Caller owner = api.as("owner");
        long me = owner.get("/api/v1/me").json().get("customerId").asLong();
        long myUnit = api.homeOf("owner");
        long somebodyElse = otherCustomerThan(me);
        long theirs = given.register(forCustomer(given.complaintBody(myUnit), somebodyElse));
        long mine = given.register(forCustomer(given.repairBody(myUnit), me));

        assertThat(owner.get("/api/v1/requests/" + theirs).status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/requests/" + theirs + "/timeline").status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/requests/" + theirs + "/attachments").status()).isEqualTo(404);
        assertThat(owner.get("/api/v1/requests?customerId=" + somebodyElse).json().get("items").size()).isZero();
        assertThat(ids(owner.get("/api/v1/requests?unitId=" + myUnit + "&limit=200"))).contains(mine)
                .doesNotContain(theirs);
        assertThat(owner.get("/api/v1/requests/" + mine).status()).isEqualTo(200);
    }

    @Test
    void ownerTimelineShowsOnlyCustomerFacingEntries() {
        long id = complaintOfTheDemoOwner();
        long handler = given.staffId("handler");
        given.act(id, "agent", "classify", Map.of());
        given.act(id, "agent", "dispatch", Map.of("assigneeId", handler, "note", "请工程部主管亲自跟进"));
        given.act(id, "handler", "note", Map.of("note", "业主情绪激动，沟通时注意措辞"));
        given.act(id, "agent", "notify-progress", Map.of("note", "您好，工程部已安排人员，今天下午到现场查看"));
        given.act(id, "handler", "respond", Map.of("note", "已电话联系业主"));
        given.act(id, "handler", "investigate", Map.of("cause", "防水层施工不到位", "responsibleParty", "CONTRACTOR"));
        assertThat(api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "LEGAL", "question", "业主称将起诉，合同条款如何解释？")).status()).isEqualTo(201);
        given.act(id, "handler", "agree-plan", Map.of("measures", "两周内重做防水层", "note", "施工单位承担费用，已口头确认",
                "internal", true));
        given.act(id, "handler", "agree-plan", Map.of("measures", "两周内重做防水层并书面回复", "deadline",
                "2026-12-08T10:00:00Z"));

        List<JsonNode> staffView = timeline("agent", id);
        assertThat(staffView).extracting(e -> e.get("action").asString())
                .contains("GRADE", "CLASSIFY", "DISPATCH", "NOTE", "INVESTIGATE", "CONSULTATION_REQUESTED");
        assertThat(staffView).filteredOn(e -> e.get("action").asString().equals("NOTE"))
                .allMatch(e -> e.get("visibility").asString().equals("INTERNAL"));
        assertThat(staffView).filteredOn(e -> e.get("action").asString().equals("NOTIFY_PROGRESS"))
                .allMatch(e -> e.get("visibility").asString().equals("CUSTOMER"));

        List<JsonNode> ownerView = timeline("owner", id);
        assertThat(ownerView).extracting(e -> e.get("action").asString())
                .containsExactly("REGISTER", "NOTIFY_PROGRESS", "RESPOND", "AGREE_PLAN");
        assertThat(ownerView).allMatch(e -> e.get("visibility").asString().equals("CUSTOMER"));
        assertThat(ownerView.get(1).get("note").asString()).isEqualTo("您好，工程部已安排人员，今天下午到现场查看");
        assertThat(ownerView.get(3).get("details").get("deadline").asString()).isEqualTo("2026-12-08T10:00:00Z");
        String everything = ownerView.toString();
        assertThat(everything).doesNotContain("业主情绪激动", "请工程部主管", "防水层施工不到位", "施工单位承担费用", "起诉");
    }

    @Test
    void ownerSeesACustomerFacingViewOfTheRequest() {
        long id = complaintOfTheDemoOwner();
        given.act(id, "agent", "classify", Map.of());
        given.act(id, "agent", "dispatch", Map.of("assigneeId", given.staffId("handler")));
        given.act(id, "handler", "investigate", Map.of("cause", "防水层施工不到位", "responsibleParty", "CONTRACTOR"));

        JsonNode staff = given.get(id);
        assertThat(staff.get("grade").asInt()).isEqualTo(2);
        assertThat(staff.has("escalation")).isTrue();
        assertThat(staff.get("assignee").get("name").asString()).isEqualTo("工程部 刘磊");

        JsonNode owner = api.as("owner").get("/api/v1/requests/" + id).json();
        assertThat(owner.get("number").asString()).isEqualTo(staff.get("number").asString());
        assertThat(owner.get("status").asString()).isEqualTo("DISPATCHED");
        assertThat(owner.get("description").asString()).isEqualTo(staff.get("description").asString());
        for (String internal : List.of("grade", "gradeReasons", "gradePolicyVersion", "escalation", "timeLimits",
                "assignee", "firstContact", "department", "investigation", "lawsuit", "media", "complainantCount",
                "needsSupport", "relatedRequestId", "readBackConfirmed")) {
            assertThat(owner.has(internal)).as(internal).isFalse();
        }
        JsonNode listed = api.as("owner").get("/api/v1/requests?limit=200").json().get("items").valueStream()
                .filter(i -> i.get("id").asLong() == id).findFirst().orElseThrow();
        assertThat(listed.has("assigneeName")).isFalse();
        assertThat(listed.has("department")).isFalse();
    }

    @Test
    void ownerTimelineNamesWhoActedButNoStaffAccountId() {
        long id = complaintOfTheDemoOwner();
        given.act(id, "agent", "notify-progress", Map.of("note", "已安排工程部处理"));
        String agentName = api.as("agent").get("/api/v1/me").json().get("displayName").asString();

        assertThat(timeline("agent", id)).allMatch(e -> e.has("actorId"));
        List<JsonNode> ownerView = timeline("owner", id);
        assertThat(ownerView).isNotEmpty().noneMatch(e -> e.has("actorId"));
        assertThat(ownerView).filteredOn(e -> e.get("action").asString().equals("NOTIFY_PROGRESS"))
                .extracting(e -> e.get("actorName").asString()).containsExactly(agentName);
    }

    @Test
    void ownerReadsTheirOwnCustomerRecordWithoutTheStaffsFields() {
        Api.Caller owner = api.as("owner");
        long me = owner.get("/api/v1/me").json().get("customerId").asLong();
        JsonNode staff = api.as("agent").get("/api/v1/customers/" + me).json();
        assertThat(staff.has("grade")).isTrue();

        JsonNode own = owner.get("/api/v1/customers/" + me).json();
        JsonNode listed = owner.get("/api/v1/customers").json().get("items").get(0);
        for (JsonNode record : List.of(own, listed)) {
            assertThat(record.get("id").asLong()).isEqualTo(me);
            assertThat(record.get("name").asString()).isEqualTo(staff.get("name").asString());
            assertThat(record.get("phone").asString()).isEqualTo(staff.get("phone").asString()).contains("****");
            assertThat(record.get("units")).hasSize(staff.get("units").size());
            for (String internal : List.of("grade", "advisorId", "note", "version")) {
                assertThat(record.has(internal)).as(internal).isFalse();
            }
        }
        assertThat(owner.get("/api/v1/customers").json().get("items")).hasSize(1);
    }

    @Test
    void ownerReadsOnlyTheCustomerFacingStepsInTheirFile() {
        long me = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        long id = complaintOfTheDemoOwner();
        String number = given.get(id).get("number").asString();
        given.act(id, "agent", "note", Map.of("note", "业主情绪激动"));
        given.act(id, "agent", "update-facts", Map.of("complainantCount", 2));
        given.act(id, "agent", "notify-progress", Map.of("note", "已安排工程部处理"));
        await().atMost(Duration.ofSeconds(30)).until(() -> fileOf("agent", me, number).size() == 4);

        assertThat(fileOf("agent", me, number)).extracting(e -> e.get("summary").asString())
                .anyMatch(s -> s.contains("备注")).anyMatch(s -> s.contains("更新投诉情况"));
        List<JsonNode> owners = fileOf("owner", me, number);
        assertThat(owners).hasSize(2).extracting(e -> e.get("summary").asString())
                .noneMatch(s -> s.contains("备注")).noneMatch(s -> s.contains("更新投诉情况"));
    }

    @Test
    void ownerSeesTheAttachmentsTheySentAndThoseSharedWithThem() {
        long id = complaintOfTheDemoOwner();
        String path = "/api/v1/requests/" + id + "/attachments";
        long internal = upload(api.as("agent"), path, "现场调查记录.pdf");
        long shared = upload(api.as("agent"), path + "?shareWithCustomer=true", "整改方案.pdf");
        long sent = upload(api.as("owner"), path, "渗水照片.pdf");

        assertThat(ids(api.as("agent").get(path).json())).containsExactly(internal, shared, sent);
        assertThat(ids(api.as("owner").get(path).json())).containsExactly(shared, sent);
        assertThat(api.as("owner").get(path + "/" + internal).status()).isEqualTo(404);
        assertThat(api.as("owner").get(path + "/" + shared).status()).isEqualTo(200);
        assertThat(timeline("owner", id)).filteredOn(e -> e.get("action").asString().equals("ATTACH"))
                .extracting(e -> e.get("details").get("attachmentId").asLong()).containsExactly(shared, sent);
    }

    private static long upload(Api.Caller who, String path, String filename) {
        Api.Response response = who.multipart(path, filename, "%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode list) {
        return list.valueStream().map(a -> a.get("id").asLong()).toList();
    }

    /** A complaint of the demo owner on their unit that the media may take up: grade 2, an internal fact. */
    private long complaintOfTheDemoOwner() {
        Api.Caller owner = api.as("owner");
        long me = owner.get("/api/v1/me").json().get("customerId").asLong();
        long myUnit = api.homeOf("owner");
        Map<String, Object> body = forCustomer(given.complaintBody(myUnit), me);
        body.put("media", "LIKELY");
        return given.register(body);
    }

    private static Map<String, Object> forCustomer(Map<String, Object> body, long customerId) {
        body.put("customerId", customerId);
        return body;
    }

    private long otherCustomerThan(long customerId) {
        return api.as("agent").get("/api/v1/customers?limit=5").json().get("items").valueStream()
                .map(c -> c.get("id").asLong()).filter(c -> c != customerId).findFirst().orElseThrow();
    }

    /** The entries of one request in a customer's file, as {@code who} reads it. */
    private List<JsonNode> fileOf(String who, long customerId, String number) {
        Api.Response response = api.as(who).get("/api/v1/customers/" + customerId + "/file?limit=200");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .filter(e -> !e.get("reference").isNull() && number.equals(e.get("reference").asString())).toList();
    }

    private List<JsonNode> timeline(String who, long id) {
        Api.Response response = api.as(who).get("/api/v1/requests/" + id + "/timeline");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().toList();
    }

    private static List<Long> ids(Api.Response page) {
        return page.json().get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
