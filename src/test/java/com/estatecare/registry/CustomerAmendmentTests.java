package com.estatecare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The customer's file on the workbench (客户服务档案): staff correct the name, phone and note of a customer of
 * their company (PATCH, a field left out stays), and read the units the customer owns with role and since.
 * Another company's staff find neither; an owner's account may do neither.
 */
@EstateCareTest
class CustomerAmendmentTests {

    @Autowired
    Api api;

    @Test
    void staffCorrectNameAndPhoneAndNoteAndWhatIsLeftOutStays() {
        JsonNode created = register("钱先生", "13900005111");
        long id = created.get("id").asLong();

        var amended = api.as("agent").patch("/api/v1/customers/" + id, Map.of("name", " 钱文华 ",
                "phone", "139 0000 5222", "note", "只接受下午来电", "version", created.get("version").asLong()));

        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        JsonNode read = api.as("agent").get("/api/v1/customers/" + id).json();
        assertThat(read.get("name").asString()).isEqualTo("钱文华");
        assertThat(read.get("phone").asString()).isEqualTo("139****5222");
        assertThat(read.get("note").asString()).isEqualTo("只接受下午来电");
        assertThat(read.get("email").asString()).isEqualTo("q***@example.com");
        assertThat(read.get("kind").asString()).isEqualTo("NEW_OWNER");
        assertThat(amended.body()).doesNotContain("13900005222");

        var noteOnly = api.as("manager").patch("/api/v1/customers/" + id,
                Map.of("note", "", "version", read.get("version").asLong()));
        assertThat(noteOnly.status()).as(noteOnly.body()).isEqualTo(200);
        assertThat(noteOnly.json().get("note").isNull()).isTrue();
        assertThat(noteOnly.json().get("phone").asString()).isEqualTo("139****5222");
        assertThat(noteOnly.json().get("name").asString()).isEqualTo("钱文华");
    }

    @Test
    void anAmendmentOnAVersionSomebodyElseChangedIsAConflictAndChangesNothing() {
        JsonNode created = register("孙女士", null);
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        assertThat(api.as("agent").patch("/api/v1/customers/" + id, Map.of("name", "孙丽", "version", version))
                .status()).isEqualTo(200);

        var stale = api.as("agent").patch("/api/v1/customers/" + id, Map.of("name", "孙莉", "version", version));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(api.as("agent").get("/api/v1/customers/" + id).json().get("name").asString()).isEqualTo("孙丽");
    }

    @Test
    void hostileAmendmentsAreRefusedNamingTheFieldInTheCallersLanguageAndChangeNothing() {
        JsonNode created = register("周先生", "13900003333");
        long id = created.get("id").asLong();
        long version = created.get("version").asLong();
        String path = "/api/v1/customers/" + id;
        Map<String, Map<String, Object>> refused = Map.of(
                "name", Map.of("name", "周".repeat(101), "version", version),
                "phone", Map.of("phone", "139****3333", "version", version),
                "note", Map.of("note", "长".repeat(200_000), "version", version),
                "version", Map.of("name", "周强"));
        refused.forEach((field, body) -> {
            var zh = api.as("agent").patch(path, body);
            assertThat(zh.status()).as(field + ": " + zh.body()).isEqualTo(400);
            assertThat(fields(zh.json())).as(field).contains(field);
            assertThat(zh.body()).as(field).containsPattern("[\\u4e00-\\u9fff]");
            var en = api.as("agent").english().patch(path, body);
            assertThat(fields(en.json())).as(field).contains(field);
            assertThat(en.body().replace(body.getOrDefault("name", "").toString(), "")
                    .replace(body.getOrDefault("note", "").toString(), "")).as(field)
                    .doesNotContainPattern("[\\u4e00-\\u9fff]");
        });
        Map<String, Object> blank = new HashMap<>(Map.of("name", "   ", "version", version));
        assertThat(fields(api.as("agent").patch(path, blank).json())).containsExactly("name");
        assertThat(api.as("agent").patch(path, "{\"name\": ").status()).isEqualTo(400);
        assertThat(api.as("agent").patch("/api/v1/customers/-1", Map.of("name", "x", "version", 0)).status())
                .isEqualTo(404);

        JsonNode after = api.as("agent").get(path).json();
        assertThat(after.get("name").asString()).isEqualTo("周先生");
        assertThat(after.get("phone").asString()).isEqualTo("139****3333");
        assertThat(after.get("version").asLong()).isEqualTo(version);
    }

    @Test
    void ownershipsListTheUnitsWithRoleAndLabelForStaffOfTheCompanyOnly() {
        JsonNode owner = api.as("agent").get("/api/v1/customers", Map.of("limit", 50)).json().get("items").valueStream()
                .filter(c -> !c.get("units").isEmpty()).findFirst().orElseThrow();
        long id = owner.get("id").asLong();

        var ownerships = api.as("agent").get("/api/v1/customers/" + id + "/ownerships");

        assertThat(ownerships.status()).as(ownerships.body()).isEqualTo(200);
        List<JsonNode> rows = ownerships.json().valueStream().toList();
        assertThat(rows).extracting(o -> o.get("unit").get("id").asLong())
                .containsExactlyInAnyOrderElementsOf(owner.get("units").valueStream().map(u -> u.get("id").asLong()).toList());
        assertThat(rows).allSatisfy(o -> {
            assertThat(o.get("role").asString()).isIn("OWNER", "CO_OWNER");
            assertThat(o.get("label").asString()).contains(o.get("unit").get("unitNo").asString());
        });

        String path = "/api/v1/customers/" + id;
        Map<String, Object> rename = Map.of("name", "改名", "version", owner.get("version").asLong());
        assertThat(api.as("hz-agent").get(path + "/ownerships").status()).isEqualTo(404);
        assertThat(api.as("hz-agent").patch(path, rename).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").get(path + "/file").status()).isEqualTo(404);
        assertThat(api.as("owner").get(path + "/ownerships").status()).isEqualTo(403);
        assertThat(api.as("owner").patch(path, rename).status()).isEqualTo(403);
        assertThat(api.as("agent").get(path).json().get("name").asString()).isEqualTo(owner.get("name").asString());
    }

    private JsonNode register(String name, String phone) {
        long project = api.as("agent").get("/api/v1/projects").json().get(0).get("id").asLong();
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "NEW_OWNER", "projectId", project,
                "email", "qian@example.com"));
        if (phone != null) {
            body.put("phone", phone);
        }
        var created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }
}
