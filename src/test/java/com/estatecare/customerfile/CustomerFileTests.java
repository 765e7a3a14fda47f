package com.estatecare.customerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/** The customer file 客户服务档案 (SPEC §2): one timeline of everything about a customer. */
@EstateCareTest
class CustomerFileTests {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Autowired
    Api api;

    @Autowired
    CustomerFile customerFile;

    @Test
    void customerFileShowsEveryRequestAndStepOfThatCustomer() {
        JsonNode customer = demoCustomer(0);
        long customerId = customer.get("id").asLong();
        var created = api.as("agent").post("/api/v1/requests", Map.of(
                "kind", "REPAIR", "channel", "PHONE", "customerId", customerId,
                "unitId", customer.get("units").get(0).get("id").asLong(),
                "category", "HOUSING_QUALITY", "componentCode", "WINDOW",
                "description", "客厅窗户关不严", "readBackConfirmed", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("number").asString();
        long requestId = created.json().get("id").asLong();
        var classified = api.as("agent").post("/api/v1/requests/" + requestId + "/actions/classify",
                Map.of("category", "HOUSING_QUALITY"));
        assertThat(classified.status()).as(classified.body()).isEqualTo(200);

        await().atMost(BOUND).untilAsserted(() -> {
            List<JsonNode> ofRequest = fileOf("agent", customerId).stream()
                    .filter(e -> number.equals(e.get("reference").asString(null))).toList();
            assertThat(ofRequest).extracting(e -> e.get("kind").asString())
                    .containsExactlyInAnyOrder("REQUEST_REGISTERED", "REQUEST_STEP");
            assertThat(ofRequest).extracting(e -> e.get("summary").asString())
                    .anySatisfy(s -> assertThat(s).contains(number, "分类", "已受理", "已分类"));
        });
        assertThat(api.as("agent").get("/api/v1/customers/" + customerId + "/file").body())
                .doesNotContain(customer.get("phone").asString().replace("*", ""));
    }

    @Test
    void customerFileOfAnotherCompanysCustomerIsNotFound() {
        long group = api.as("admin").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("kind").asString().equals("GROUP")).findFirst().orElseThrow().get("id").asLong();
        var company = api.as("admin").post("/api/v1/org-nodes",
                Map.of("parentId", group, "kind", "COMPANY", "code", "SZ-CO", "name", "深圳公司"));
        assertThat(company.status()).as(company.body()).isEqualTo(201);
        long companyId = company.json().get("id").asLong();
        assertThat(api.as("admin").post("/api/v1/projects",
                Map.of("companyId", companyId, "code", "SZ-BAY", "name", "湾区花园")).status()).isEqualTo(201);
        var account = api.as("admin").post("/api/v1/accounts", Map.of("username", "sz-agent",
                "password", "secret-123", "displayName", "深圳客服", "orgNodeId", companyId, "roles", List.of("AGENT")));
        assertThat(account.status()).as(account.body()).isEqualTo(201);

        long demoCustomer = demoCustomer(0).get("id").asLong();
        assertThat(api.basic("sz-agent", "secret-123").get("/api/v1/customers/" + demoCustomer + "/file").status())
                .isEqualTo(404);
        assertThat(api.as("agent").get("/api/v1/customers/" + demoCustomer + "/file").status()).isEqualTo(200);
    }

    @Test
    void ownerSeesTheirOwnFileButNoOtherCustomersFile() {
        long own = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        long other = api.as("agent").get("/api/v1/customers", Map.of("limit", 200)).json().get("items").valueStream()
                .mapToLong(c -> c.get("id").asLong()).filter(id -> id != own).findFirst().orElseThrow();

        await().atMost(BOUND).untilAsserted(() -> assertThat(fileOf("owner", own))
                .extracting(e -> e.get("kind").asString()).contains("CUSTOMER_REGISTERED", "OWNERSHIP_RECORDED"));
        assertThat(api.as("owner").get("/api/v1/customers/" + other + "/file").status()).isEqualTo(404);
    }

    @Test
    void customerFileIsPagedNewestFirst() {
        long project = api.as("agent").get("/api/v1/projects").json().get(0).get("id").asLong();
        long unit = demoCustomer(2).get("units").get(0).get("id").asLong();
        var customer = api.as("agent").post("/api/v1/customers",
                Map.of("name", "赵女士", "kind", "NEW_OWNER", "projectId", project));
        assertThat(customer.status()).as(customer.body()).isEqualTo(201);
        long customerId = customer.json().get("id").asLong();
        var ownership = api.as("agent").post("/api/v1/customers/" + customerId + "/ownerships",
                Map.of("unitId", unit, "role", "CO_OWNER"));
        assertThat(ownership.status()).as(ownership.body()).isEqualTo(201);
        var request = api.as("agent").post("/api/v1/requests", Map.of("kind", "CONSULTATION", "channel", "PHONE",
                "customerId", customerId, "description", "交房时间咨询", "readBackConfirmed", true));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        await().atMost(BOUND).until(() -> fileOf("agent", customerId).size() == 3);

        List<JsonNode> all = fileOf("agent", customerId);
        List<Instant> times = all.stream().map(e -> Instant.parse(e.get("at").asString())).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        var first = api.as("agent").get("/api/v1/customers/" + customerId + "/file", Map.of("limit", 2)).json();
        var second = api.as("agent").get("/api/v1/customers/" + customerId + "/file",
                Map.of("limit", 2, "cursor", first.get("next").asString())).json();
        assertThat(List.of(first.get("items").get(0), first.get("items").get(1), second.get("items").get(0)))
                .isEqualTo(all);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void eventDeliveredTwiceAddsOneEntry() {
        long customerId = demoCustomer(1).get("id").asLong();
        Instant at = Instant.parse("2026-11-24T03:00:00Z");
        customerFile.append(1, customerId, at, "REQUEST_STEP", "BX-20261124-9999", List.of("again"), "test:redelivered", false);
        customerFile.append(1, customerId, at, "REQUEST_STEP", "BX-20261124-9999", List.of("again"), "test:redelivered", false);

        assertThat(fileOf("agent", customerId)).filteredOn(e -> e.get("summary").asString().contains("again")).hasSize(1);
    }

    /** One of the demo owners (they have a phone and a unit; customers made by other tests may not). */
    private JsonNode demoCustomer(int index) {
        return api.as("agent").get("/api/v1/customers", Map.of("limit", 50)).json().get("items").valueStream()
                .filter(c -> !c.get("phone").isNull() && !c.get("units").isEmpty()).skip(index).findFirst()
                .orElseThrow();
    }

    private List<JsonNode> fileOf(String who, long customerId) {
        var response = api.as(who).get("/api/v1/customers/" + customerId + "/file", Map.of("limit", 200));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().toList();
    }
}
