package com.estatecare.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/** The organisation tree holds only what SPEC §1 allows: group → company → project → building (issue 7, item 17). */
@EstateCareTest
class OrgTreeTests {

    @Autowired
    Api api;

    @Test
    void nodeUnderTheWrongKindOfParentIsRefusedAndNothingIsCreated() {
        int before = nodes().size();
        long building = node("BUILDING").get("id").asLong();
        long company = node("COMPANY").get("id").asLong();
        long group = node("GROUP").get("id").asLong();

        Api.Response companyUnderBuilding = create(building, "COMPANY", "X-UNDER-B");
        assertThat(companyUnderBuilding.status()).as(companyUnderBuilding.body()).isEqualTo(400);
        assertThat(companyUnderBuilding.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(api.as("admin").english().post("/api/v1/org-nodes", Map.of("parentId", building, "kind", "COMPANY",
                "code", "X-EN", "name", "x")).json().get("errors").get(0).get("reason").asString())
                .isEqualTo("a COMPANY may not sit under a BUILDING; it sits under a GROUP");
        assertThat(create(company, "GROUP", "X-G").status()).isEqualTo(400);
        assertThat(create(group, "PROJECT", "X-P").status()).isEqualTo(400);
        assertThat(create(company, "BUILDING", "X-B").status()).isEqualTo(400);
        Api.Response orphan = create(null, "PROJECT", "X-ORPHAN");
        assertThat(orphan.status()).isEqualTo(400);
        assertThat(orphan.json().get("errors").get(0).get("field").asString()).isEqualTo("parentId");

        assertThat(nodes()).hasSize(before);
        assertThat(create(group, "COMPANY", "X-OK").status()).isEqualTo(201);
    }

    @Test
    void ownerAccountMustBelongToAnExistingCustomerOfItsCompany() {
        JsonNode firstCustomer = api.as("agent").get("/api/v1/customers?limit=50").json().get("items").valueStream()
                .filter(c -> !c.get("units").isEmpty()).findFirst().orElseThrow();
        long customer = firstCustomer.get("id").asLong();
        long projectId = firstCustomer.get("units").get(0).get("projectId").asLong();
        long project = api.as("admin").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("id").asLong() == projectId).findFirst().orElseThrow().get("orgNodeId").asLong();

        Api.Response ghost = api.as("admin").post("/api/v1/accounts", owner("ghost-owner", project, 987_654_321L));
        assertThat(ghost.status()).as(ghost.body()).isEqualTo(422);
        assertThat(ghost.json().get("errors").get(0).get("field").asString()).isEqualTo("customerId");

        long otherCompany = create(node("GROUP").get("id").asLong(), "COMPANY", "X-NB").json().get("id").asLong();
        assertThat(api.as("admin").post("/api/v1/accounts", owner("stray-owner", otherCompany, customer)).status())
                .as("a customer of another company").isEqualTo(422);

        Map<String, Object> withoutCustomer = new java.util.HashMap<>(owner("no-customer", project, customer));
        withoutCustomer.remove("customerId");
        assertThat(api.as("admin").post("/api/v1/accounts", withoutCustomer).status()).isEqualTo(400);

        Map<String, Object> staffWithCustomer = new java.util.HashMap<>(owner("agent-customer", project, customer));
        staffWithCustomer.put("roles", List.of("AGENT"));
        assertThat(api.as("admin").post("/api/v1/accounts", staffWithCustomer).status()).isEqualTo(400);

        Map<String, Object> ownerAndAgent = new java.util.HashMap<>(owner("owner-agent", project, customer));
        ownerAndAgent.put("roles", List.of("OWNER", "AGENT"));
        assertThat(api.as("admin").post("/api/v1/accounts", ownerAndAgent).status()).isEqualTo(400);

        assertThat(api.as("admin").post("/api/v1/accounts", owner("real-owner", project, customer)).status())
                .isEqualTo(201);
    }

    private Map<String, Object> owner(String username, long node, long customer) {
        return Map.of("username", username, "password", "Lantern-Orchid-57", "displayName", "业主",
                "orgNodeId", node, "roles", List.of("OWNER"), "customerId", customer);
    }

    private Api.Response create(Long parent, String kind, String code) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "code", code, "name", "测试节点"));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return api.as("admin").post("/api/v1/org-nodes", body);
    }

    private JsonNode node(String kind) {
        return nodes().stream().filter(n -> n.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }

    private List<JsonNode> nodes() {
        return api.as("admin").get("/api/v1/org-nodes").json().valueStream().toList();
    }
}
