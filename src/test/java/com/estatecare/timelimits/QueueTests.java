package com.estatecare.timelimits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * The workbench's queues: the open clocks by due time (due soon, breached), and the request list's
 * queue filters (mine, unassigned, waiting on the customer, the rows of a page of clocks).
 */
@EstateCareTest
@OwnDatabase
class QueueTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;

    @Test
    void breachedQueueIsOrderedByDueTime() {
        List<Long> ids = threeComplaintsTenMinutesApart(Instant.parse("2026-12-01T02:00:00Z"));
        clock.set(Instant.parse("2026-12-01T03:30:00Z"));

        List<JsonNode> breached = items(api.as("agent").get("/api/v1/time-limits?state=BREACHED&limit=200"));
        assertThat(breached).allMatch(c -> c.get("state").asString().equals("BREACHED"));
        assertThat(breached).extracting(c -> Instant.parse(c.get("dueAt").asString())).isSorted();
        List<Long> mine = breached.stream().filter(c -> c.get("limit").asString().equals("COMPLAINT_DISPATCH"))
                .map(c -> c.get("requestId").asLong()).filter(ids::contains).toList();
        assertThat(mine).containsExactlyElementsOf(ids);
        assertThat(breached).filteredOn(c -> ids.contains(c.get("requestId").asLong()))
                .allMatch(c -> c.get("remainingSeconds").isNull() && c.get("requestNumber").asString().startsWith("TS-"));
    }

    @Test
    void dueSoonIsTheClocksPastTheirWarningPoint() {
        List<Long> ids = threeComplaintsTenMinutesApart(Instant.parse("2026-12-02T02:00:00Z"));
        clock.set(Instant.parse("2026-12-02T03:03:00Z"));

        String colour = "/api/v1/time-limits?limit=200&requestIds="
                + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, String> states = items(api.as("agent").get(colour)).stream()
                .filter(c -> c.get("limit").asString().equals("COMPLAINT_DISPATCH"))
                .collect(Collectors.toMap(c -> c.get("requestId").asLong(), c -> c.get("state").asString()));
        assertThat(states).containsEntry(ids.get(0), "BREACHED").containsEntry(ids.get(1), "WARNING")
                .containsEntry(ids.get(2), "RUNNING");
        List<JsonNode> dueSoon = items(api.as("agent").get(colour + "&state=WARNING"));
        assertThat(dueSoon).extracting(c -> c.get("requestId").asLong()).containsOnly(ids.get(1));
        assertThat(dueSoon.get(0).get("remainingSeconds").asLong()).isEqualTo(420);
        assertThat(items(api.as("agent").get(colour + "&dueBefore=2026-12-02T03:15:00Z")))
                .extracting(c -> c.get("requestId").asLong()).doesNotContain(ids.get(2));
    }

    @Test
    void queuePagesFollowTheCursorWithoutRepeats() {
        threeComplaintsTenMinutesApart(Instant.parse("2026-12-03T02:00:00Z"));
        List<String> seen = new ArrayList<>();
        String next = null;
        Instant last = Instant.MIN;
        for (int page = 0; page < 4; page++) {
            JsonNode body = api.as("agent").get("/api/v1/time-limits?limit=2" + (next == null ? "" : "&cursor=" + next))
                    .json();
            for (JsonNode c : body.get("items")) {
                Instant due = Instant.parse(c.get("dueAt").asString());
                assertThat(due).isAfterOrEqualTo(last);
                last = due;
                seen.add(c.get("requestId").asLong() + c.get("limit").asString());
            }
            next = body.get("next").isNull() ? null : body.get("next").asString();
        }
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void anotherCompanysStaffSeeNoneOfTheClocksAndOwnersNoQueue() {
        List<Long> ids = threeComplaintsTenMinutesApart(Instant.parse("2026-12-04T02:00:00Z"));
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(items(api.as("hz-agent").get("/api/v1/time-limits?requestIds=" + list))).isEmpty();
        assertThat(items(api.as("hz-manager").get("/api/v1/time-limits?limit=200")))
                .noneMatch(c -> ids.contains(c.get("requestId").asLong()));
        assertThat(items(api.as("hz-agent").get("/api/v1/requests?ids=" + list))).isEmpty();
        assertThat(items(api.as("agent").get("/api/v1/requests?ids=" + list)))
                .extracting(r -> r.get("id").asLong()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(api.as("owner").get("/api/v1/time-limits").status()).isEqualTo(403);
        assertThat(api.as("owner").get("/api/v1/requests?assignee=ME").status()).isEqualTo(403);
    }

    @Test
    void requestListServesMineUnassignedAndWaitingOnTheCustomer() {
        clock.set(Instant.parse("2026-11-25T02:00:00Z"));
        long unit = given.unit().get("id").asLong();
        long fresh = given.register(given.repairBody(unit));
        long dispatched = given.register(given.repairBody(unit));
        given.walk(dispatched, "REPAIR", 2);
        long done = given.register(given.repairBody(unit));
        given.walk(done, "REPAIR", 5);
        long archived = given.register(given.repairBody(unit));
        given.walk(archived, "REPAIR", 8);

        assertThat(ids("engineer", "assignee=ME&open=true")).contains(dispatched, done).doesNotContain(fresh, archived);
        assertThat(ids("agent", "assignee=ME")).doesNotContain(dispatched, done);
        assertThat(ids("agent", "assignee=NONE&open=true")).contains(fresh).doesNotContain(dispatched, done);
        assertThat(ids("agent", "waitingOn=CUSTOMER")).contains(done).doesNotContain(fresh, dispatched, archived);
        assertThat(ids("agent", "open=true")).contains(fresh, dispatched, done).doesNotContain(archived);
        assertThat(ids("agent", "open=false")).contains(archived).doesNotContain(fresh);
        assertThat(ids("hz-agent", "waitingOn=CUSTOMER")).doesNotContain(done);
    }

    @Test
    void myTeamIsTheRequestsOfMyDepartmentInMyBranch() {
        clock.set(Instant.parse("2026-11-25T03:00:00Z"));
        long unit = given.unit().get("id").asLong();
        long toEngineer = given.register(given.repairBody(unit));
        given.walk(toEngineer, "REPAIR", 2);
        long toEngineering = given.register(given.repairBody(unit));
        given.walk(toEngineering, "REPAIR", 1);
        given.act(toEngineering, "agent", "dispatch", Map.of("department", "工程维修部"));
        long toHandler = given.register(given.complaintBody(unit));
        given.walk(toHandler, "COMPLAINT", 2);
        long archived = given.register(given.repairBody(unit));
        given.walk(archived, "REPAIR", 8);

        assertThat(ids("engineer", "assignee=TEAM&open=true")).contains(toEngineer, toEngineering)
                .doesNotContain(toHandler, archived);
        assertThat(ids("handler", "assignee=TEAM&open=true")).contains(toHandler)
                .doesNotContain(toEngineer, toEngineering);
        assertThat(ids("hz-engineer", "assignee=TEAM")).as("the same department name in another company")
                .doesNotContain(toEngineer, toEngineering);
        assertThat(ids("admin", "assignee=TEAM")).as("no department, no team").isEmpty();
        assertThat(api.as("owner").get("/api/v1/requests?assignee=TEAM").status()).isEqualTo(403);
    }

    @Test
    void hostileQueueParametersAreRefusedNamingTheField() {
        String hundredAndOne = LongStream.rangeClosed(1, 101).mapToObj(String::valueOf).collect(Collectors.joining(","));
        assertRefused("/api/v1/time-limits?requestIds=" + hundredAndOne, "requestIds", "最多 100 个", "more than 100 items");
        assertRefused("/api/v1/requests?ids=" + hundredAndOne, "ids", "最多 100 个", "more than 100 items");
        assertRefused("/api/v1/time-limits?cursor=djE6NDI", "cursor", "格式不正确", "malformed");
        assertRefused("/api/v1/time-limits?state=MET", "state", "必须是", "must be one of");
        assertRefused("/api/v1/time-limits?state=SOON", "state", "格式不正确", "malformed");
        assertRefused("/api/v1/time-limits?limit=-1", "limit", "1 到 200", "between 1 and 200");
        assertRefused("/api/v1/time-limits?limit=99999999999", "limit", "格式不正确", "malformed");
        assertRefused("/api/v1/time-limits?dueBefore=tomorrow", "dueBefore", "格式不正确", "malformed");
        assertRefused("/api/v1/time-limits?dueBefore=9999-01-01T00:00:00Z", "dueBefore", "之间", "between");
        assertRefused("/api/v1/requests?assignee=EVERYONE", "assignee", "格式不正确", "malformed");
        assertRefused("/api/v1/requests?waitingOn=STAFF", "waitingOn", "格式不正确", "malformed");
        assertRefused("/api/v1/requests?ids=1,x", "ids", "格式不正确", "malformed");
        String tenThousand = LongStream.rangeClosed(1, 10_000).mapToObj(String::valueOf).collect(Collectors.joining(","));
        Api.Response huge = api.as("agent").get("/api/v1/time-limits?requestIds=" + tenThousand);
        assertThat(huge.status()).as("refused by the container before any work").isEqualTo(400);
        assertThat(huge.json().get("type").asString()).startsWith("urn:estatecare:problem:");
    }

    private void assertRefused(String path, String field, String zh, String en) {
        Api.Response chinese = api.as("agent").get(path);
        assertThat(chinese.status()).as(path + " " + chinese.body()).isEqualTo(400);
        assertThat(chinese.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(chinese.json().get("errors").get(0).get("reason").asString()).contains(zh);
        Api.Response english = api.as("agent").english().get(path);
        assertThat(english.json().get("errors").get(0).get("reason").asString()).contains(en);
    }

    private List<Long> threeComplaintsTenMinutesApart(Instant start) {
        long unit = given.unit().get("id").asLong();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clock.set(start.plus(Duration.ofMinutes(10L * i)));
            ids.add(given.register(given.complaintBody(unit)));
        }
        return ids;
    }

    private List<Long> ids(String who, String query) {
        return items(api.as(who).get("/api/v1/requests?limit=200&" + query)).stream().map(r -> r.get("id").asLong())
                .toList();
    }

    private static List<JsonNode> items(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }
}
