package com.estatecare.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/** The agent's phone screen: who is calling, found by phone ending, name or unit, in one call. */
@EstateCareTest
class IntakeLookupTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void lastFourDigitsFindTheCustomer() {
        String phone = uniquePhone();
        long id = customer("陆测试", phone, unit("翠湖苑 1栋 1201"));

        JsonNode byEnding = lookup("agent", phone.substring(7));
        assertThat(byEnding.get("interpretedAs").asString()).isEqualTo("PHONE");
        assertThat(ids(byEnding)).contains(id);
        JsonNode byNumber = lookup("agent", phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7));
        assertThat(ids(byNumber)).containsExactly(id);
        JsonNode caller = byNumber.get("customers").get(0);
        assertThat(caller.get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(caller.get("units").get(0).get("label").asString()).isEqualTo("翠湖苑 1栋 1201");
        assertThat(byNumber.toString()).doesNotContain(phone);
    }

    @Test
    void nameOrItsStartFindsTheCustomer() {
        long id = customer("欧阳晓测", uniquePhone(), unit("翠湖苑 1栋 1202"));
        assertThat(ids(lookup("agent", "欧阳"))).contains(id);
        assertThat(ids(lookup("agent", "欧阳晓测"))).containsExactly(id);
        assertThat(lookup("agent", "欧阳").get("interpretedAs").asString()).isEqualTo("NAME");
    }

    @Test
    void unitLabelFindsTheUnitsAndTheirOwners() {
        JsonNode unit = unit("翠湖苑 2栋 1503");
        long owner = customer("卫测试", uniquePhone(), unit);

        JsonNode found = lookup("agent", "翠湖苑2-1-1503");
        assertThat(found.get("interpretedAs").asString()).isEqualTo("UNIT");
        assertThat(found.get("units")).singleElement().satisfies(u -> {
            assertThat(u.get("unit").get("label").asString()).isEqualTo("翠湖苑 2栋 1503");
            assertThat(u.get("owners").valueStream().map(o -> o.get("customerId").asLong())).contains(owner);
        });
        assertThat(ids(found)).contains(owner);
        assertThat(labels(lookup("agent", "2-1503"))).as("both projects have a 2栋 1503")
                .containsExactlyInAnyOrder("翠湖苑 2栋 1503", "锦澜园 2栋 1503");
        assertThat(labels(lookup("agent", "2栋1单元1503室"))).contains("翠湖苑 2栋 1503");
    }

    @Test
    void callerComesWithOpenRequestsAndEarlierSimilarOnes() {
        JsonNode unit = unit("翠湖苑 1栋 1601");
        String phone = uniquePhone();
        long customer = customer("滕测试", phone, unit);
        Map<String, Object> body = given.repairBody(unit.get("id").asLong());
        body.remove("reporter");
        body.put("customerId", customer);
        long request = given.register(body);

        JsonNode caller = lookup("agent", phone).get("customers").get(0);
        assertThat(caller.get("openRequests").valueStream().map(r -> r.get("id").asLong())).containsExactly(request);
        assertThat(caller.get("similarRequests").valueStream().map(r -> r.get("id").asLong())).containsExactly(request);
        assertThat(similar(phone, "HOUSING_QUALITY")).containsExactly(request);
        assertThat(similar(phone, "FACILITY_FAILURE")).as("another category is another problem").isEmpty();
    }

    @Test
    void anotherCompanysAgentNeverSeesTheCaller() {
        String phone = uniquePhone();
        customer("严测试", phone, unit("翠湖苑 1栋 1702"));
        assertThat(lookup("hz-agent", phone).get("customers")).isEmpty();
        assertThat(lookup("hz-agent", "严测试").get("customers")).isEmpty();
        assertThat(labels(lookup("hz-agent", "1-101"))).isNotEmpty().allMatch(l -> l.startsWith("西溪雅苑"));
        assertThat(labels(lookup("agent", "1-101"))).isNotEmpty().noneMatch(l -> l.startsWith("西溪雅苑"));
    }

    @Test
    void ownerMayNotLookUpCallers() {
        Api.Response response = api.as("owner").get("/api/v1/intake/lookup?q=1234");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:estatecare:problem:forbidden");
    }

    @Test
    void hostileQueriesAreRefusedNamingTheField() {
        Api.Response overTheUrlLimit = api.as("agent").get("/api/v1/intake/lookup", Map.of("q", "林".repeat(5000)));
        assertThat(overTheUrlLimit.status()).as("the container refuses it before the application").isEqualTo(400);
        assertThat(overTheUrlLimit.json().get("type").asString()).startsWith("urn:estatecare:problem:");
        Api.Response huge = api.as("agent").get("/api/v1/intake/lookup", Map.of("q", "林".repeat(700)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(huge.json().get("errors").get(0).get("reason").asString()).isEqualTo("长度必须在 1 到 60 之间");

        Api.Response tooShort = api.as("agent").english().get("/api/v1/intake/lookup?q=12");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("reason").asString()).startsWith("type a phone number");
        assertThat(api.as("agent").get("/api/v1/intake/lookup").json().get("errors").get(0).get("field").asString())
                .isEqualTo("q");
        Api.Response badCategory = api.as("agent").get("/api/v1/intake/lookup?q=1234&category=LEAK");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().get("errors").get(0).get("field").asString()).isEqualTo("category");
        Api.Response longComponent = api.as("agent")
                .get("/api/v1/intake/lookup", Map.of("q", "1234", "componentCode", "X".repeat(41)));
        assertThat(longComponent.status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/intake/lookup", Map.of("q", "%")).status()).isEqualTo(400);
    }

    @Test
    void aCommonEndingShowsTenCallersAndSaysThereAreMore() {
        String ending = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        for (int i = 0; i < 11; i++) {
            customer("多测试" + i, "1370" + String.format("%03d", i) + ending, unit("翠湖苑 3栋 1801"));
        }
        JsonNode found = lookup("agent", ending);
        assertThat(found.get("customers")).hasSize(10);
        assertThat(found.get("more").asBoolean()).isTrue();
    }

    private List<Long> similar(String phone, String category) {
        return api.as("agent").get("/api/v1/intake/lookup", Map.of("q", phone, "category", category)).json()
                .get("customers").get(0).get("similarRequests").valueStream().map(r -> r.get("id").asLong()).toList();
    }

    private JsonNode lookup(String who, String q) {
        Api.Response response = api.as(who).get("/api/v1/intake/lookup", Map.of("q", q));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<Long> ids(JsonNode result) {
        return result.get("customers").valueStream().map(c -> c.get("id").asLong()).toList();
    }

    private static List<String> labels(JsonNode result) {
        return result.get("units").valueStream().map(u -> u.get("unit").get("label").asString()).toList();
    }

    private JsonNode unit(String q) {
        return api.as("agent").get("/api/v1/units", Map.of("q", q, "limit", 1)).json().get("items").get(0);
    }

    private long customer(String name, String phone, JsonNode unit) {
        Api.Response created = api.as("agent").post("/api/v1/customers", Map.of("name", name, "kind", "NEW_OWNER",
                "grade", "STANDARD", "phone", phone, "projectId", unit.get("projectId").asLong()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response owned = api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return id;
    }

    private static String uniquePhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
