package com.estatecare.consultations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The consultations to answer over HTTP ({@code GET /api/v1/consultations}):
 * scoped to the caller's branch in two companies, "mine" for the consultant
 * (named them or nobody) and for anyone else (asked by them),
 * refused to owners, and hostile parameters answered with a problem naming
 * the field.
 */
@EstateCareTest
class ConsultationListTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void eachCallerListsTheConsultationsOfTheirBranchAndTheConsultantThoseAddressedToThem() {
        long unit = given.unit().get("id").asLong();
        long request = given.register(given.complaintBody(unit));
        String number = given.get(request).get("number").asString();
        long named = ask("agent", request, "LEGAL", given.staffId("consultant"));
        long unnamed = ask("agent", request, "MEDIA_RELATIONS", null);
        long hzUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
        Api.Response hzRequest = api.as("hz-agent").post("/api/v1/requests", given.complaintBody(hzUnit));
        assertThat(hzRequest.status()).as(hzRequest.body()).isEqualTo(201);
        long hz = ask("hz-agent", hzRequest.json().get("id").asLong(), "LEGAL", null);

        List<Long> mine = ids("consultant", "mine=true&answered=false&limit=200");
        assertThat(mine).contains(named, unnamed).doesNotContain(hz);
        assertThat(ids("manager", "limit=200")).contains(named, unnamed).doesNotContain(hz);
        // anyone else's own: those they asked
        assertThat(ids("agent", "mine=true&limit=200")).contains(named, unnamed).doesNotContain(hz);
        assertThat(ids("manager", "mine=true&limit=200")).doesNotContain(named, unnamed, hz);
        assertThat(ids("hq", "limit=200")).contains(named, hz);
        assertThat(ids("hz-manager", "limit=200")).contains(hz).doesNotContain(named, unnamed);
        assertThat(ids("hz-agent", "mine=true&limit=200")).contains(hz).doesNotContain(named, unnamed);

        JsonNode first = list("consultant", "mine=true&limit=200").get("items").get(0);
        assertThat(first.get("requestNumber").asString()).isEqualTo(number);
        assertThat(first.get("status").asString()).isEqualTo("REQUESTED");

        Api.Response opinion = api.as("consultant").post("/api/v1/consultations/" + named + "/opinion",
                Map.of("opinion", "按合同第十二条，开发商承担维修责任。"));
        assertThat(opinion.status()).as(opinion.body()).isEqualTo(200);
        assertThat(ids("consultant", "mine=true&answered=false&limit=200")).doesNotContain(named).contains(unnamed);
        assertThat(ids("consultant", "mine=true&answered=true&limit=200")).contains(named).doesNotContain(unnamed);
    }

    @Test
    void pagesComeNewestFirstWithACursor() {
        long request = given.register(given.complaintBody(given.unit().get("id").asLong()));
        long older = ask("agent", request, "LEGAL", null);
        long newer = ask("agent", request, "LEGAL", null);
        JsonNode page1 = list("agent", "limit=1");
        assertThat(page1.get("items").get(0).get("id").asLong()).isEqualTo(newer);
        JsonNode page2 = list("agent", "limit=1&cursor=" + page1.get("next").asString());
        assertThat(page2.get("items").get(0).get("id").asLong()).isEqualTo(older);
    }

    @Test
    void ownersAreRefusedAndHostileParametersAreNamed() {
        assertThat(api.as("owner").get("/api/v1/consultations").status()).isEqualTo(403);
        assertThat(api.as("hz-owner").get("/api/v1/consultations?mine=true").status()).isEqualTo(403);
        assertRefused("limit=0", "limit");
        assertRefused("limit=100000", "limit");
        assertRefused("limit=-1", "limit");
        assertRefused("cursor=%27%3B%20drop%20table%20consultation", "cursor");
        assertRefused("answered=maybe", "answered");
        assertRefused("mine=" + "x".repeat(5000), "mine");
    }

    private void assertRefused(String query, String field) {
        for (Api.Caller caller : List.of(api.as("manager"), api.as("manager").english())) {
            Api.Response response = caller.get("/api/v1/consultations?" + query);
            assertThat(response.status()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(query).contains(field);
        }
    }

    private long ask(String who, long request, String field, Long consultantId) {
        Map<String, Object> body = consultantId == null ? Map.of("field", field, "question", "如何答复业主？")
                : Map.of("field", field, "question", "如何答复业主？", "consultantId", consultantId);
        Api.Response asked = api.as(who).post("/api/v1/requests/" + request + "/consultations", body);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        return asked.json().get("id").asLong();
    }

    private JsonNode list(String who, String query) {
        Api.Response response = api.as(who).get("/api/v1/consultations?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<Long> ids(String who, String query) {
        return list(who, query).get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
