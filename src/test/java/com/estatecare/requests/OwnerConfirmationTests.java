package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The owner's confirmation (verify) comes from the owner on the portal or from
 * staff recording the channel it came through — never from the engineer who
 * did the job (issue 7, item 10).
 */
@EstateCareTest
class OwnerConfirmationTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void engineerCannotRecordTheOwnerAsSatisfiedWithHisOwnJob() {
        long id = doneRepair();
        assertThat(api.as("engineer").get("/api/v1/requests/" + id).json().get("allowedActions").valueStream()
                .map(JsonNode::asString).toList()).doesNotContain("verify");

        Api.Response byEngineer = api.as("engineer").post(verify(id),
                Map.of("satisfied", true, "confirmedVia", "PHONE"));
        assertThat(byEngineer.status()).as(byEngineer.body()).isEqualTo(403);
        assertThat(given.get(id).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void agentRecordsTheOwnersConfirmationWithTheChannelItCameThrough() {
        long id = doneRepair();
        Api.Response withoutChannel = api.as("agent").post(verify(id), Map.of("satisfied", true));
        assertThat(withoutChannel.status()).isEqualTo(400);
        assertThat(withoutChannel.json().get("errors").get(0).get("field").asString()).isEqualTo("confirmedVia");
        assertThat(api.as("agent").post(verify(id), Map.of("satisfied", true, "confirmedVia", "PORTAL")).status())
                .as("on the portal the owner confirms by himself").isEqualTo(400);
        assertThat(given.get(id).get("status").asString()).isEqualTo("DONE");

        assertThat(api.as("agent").post(verify(id), Map.of("satisfied", true, "confirmedVia", "PHONE")).status())
                .isEqualTo(200);
        assertThat(verification(id).get("details").get("confirmedVia").asString()).isEqualTo("PHONE");
    }

    @Test
    void ownerConfirmsOnThePortalAndTheTimelineSaysSo() {
        long id = doneRepair();
        assertThat(api.as("owner").post(verify(id), Map.of("satisfied", true, "confirmedVia", "PHONE")).status())
                .isEqualTo(400);
        assertThat(api.as("owner").post(verify(id), Map.of("satisfied", true, "rating", 5)).status()).isEqualTo(200);
        assertThat(verification(id).get("details").get("confirmedVia").asString()).isEqualTo("PORTAL");
    }

    private long doneRepair() {
        long ownUnit = api.homeOf("owner");
        Map<String, Object> repair = given.repairBody(ownUnit);
        repair.remove("reporter");
        repair.put("customerId", api.as("owner").get("/api/v1/me").json().get("customerId").asLong());
        long id = given.register(repair);
        given.walk(id, "REPAIR", 5);
        return id;
    }

    private JsonNode verification(long id) {
        return api.as("agent").get("/api/v1/requests/" + id + "/timeline").json().valueStream()
                .filter(e -> e.get("action").asString().equals("VERIFY")).findFirst().orElseThrow();
    }

    private static String verify(long id) {
        return "/api/v1/requests/" + id + "/actions/verify";
    }
}
