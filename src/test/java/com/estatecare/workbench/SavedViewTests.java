package com.estatecare.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/** Each person's saved views of the list and the queues, and those shared with their branch. */
@EstateCareTest
class SavedViewTests {

    @Autowired
    Api api;

    @Test
    void viewIsSavedChangedAndDeletedByItsAuthor() {
        String name = "我的待办" + ThreadLocalRandom.current().nextInt(1_000_000);
        Api.Response created = api.as("agent").post("/api/v1/me/views", Map.of("name", name, "list", "REQUESTS",
                "filters", Map.of("assignee", "ME", "open", "true"), "shared", false));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/v1/me/views/" + view.get("id").asLong());
        assertThat(view.get("query").asString()).isEqualTo("assignee=ME&open=true");
        assertThat(view.get("mine").asBoolean()).isTrue();
        assertThat(names("agent")).contains(name);

        String path = "/api/v1/me/views/" + view.get("id").asLong();
        Api.Response changed = api.as("agent").put(path, Map.of("name", name, "list", "TIME_LIMITS",
                "filters", Map.of("state", "WARNING,BREACHED"), "shared", false, "version", 0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("version").asLong()).isEqualTo(1);
        assertThat(api.as("agent").put(path, Map.of("name", name, "list", "TIME_LIMITS", "version", 0)).status())
                .as("stale version").isEqualTo(409);
        assertThat(api.as("manager").put(path, Map.of("name", "x", "list", "REQUESTS", "version", 1)).status())
                .as("another person's view").isEqualTo(404);
        assertThat(api.as("manager").delete(path).status()).isEqualTo(404);
        assertThat(api.as("agent").delete(path).status()).isEqualTo(204);
        assertThat(names("agent")).doesNotContain(name);
    }

    @Test
    void sharedViewIsOfferedToTheAuthorsBranchOnly() {
        String name = "团队超时" + ThreadLocalRandom.current().nextInt(1_000_000);
        Api.Response created = api.as("manager").post("/api/v1/me/views", Map.of("name", name, "list", "TIME_LIMITS",
                "filters", Map.of("state", "BREACHED"), "shared", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(names("agent")).contains(name);
        assertThat(names("engineer")).as("a project under the company").contains(name);
        assertThat(names("hz-manager")).doesNotContain(name);
        assertThat(api.as("agent").get("/api/v1/me/views").json().get("items").valueStream()
                .filter(v -> v.get("name").asString().equals(name)).findFirst().orElseThrow().get("mine").asBoolean())
                .isFalse();
    }

    @Test
    void unknownFilterIsRefusedNamingTheFieldInBothLanguages() {
        Map<String, Object> body = Map.of("name", "错", "list", "REQUESTS", "filters", Map.of("asignee", "ME"));
        Api.Response zh = api.as("agent").post("/api/v1/me/views", body);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.json().get("errors").get(0).get("field").asString()).isEqualTo("filters.asignee");
        assertThat(zh.json().get("errors").get(0).get("reason").asString()).startsWith("不是可保存的筛选条件");
        Api.Response en = api.as("agent").english().post("/api/v1/me/views", body);
        assertThat(en.json().get("errors").get(0).get("reason").asString()).contains("known filters: status");
        assertThat(api.as("agent").post("/api/v1/me/views", Map.of("name", "x".repeat(61), "list", "REQUESTS"))
                .json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(api.as("agent").post("/api/v1/me/views", Map.of("name", "x", "list", "EVERYTHING")).status())
                .isEqualTo(400);
        assertThat(api.as("owner").get("/api/v1/me/views").status()).isEqualTo(403);
        assertThat(api.as("owner").post("/api/v1/me/views", Map.of("name", "x", "list", "REQUESTS")).status())
                .isEqualTo(403);
    }

    @Test
    void aPersonKeepsAtMostFiftyViewsWithDistinctNames() {
        for (int i = 0; i < 50; i++) {
            Api.Response created = api.as("consultant").post("/api/v1/me/views",
                    Map.of("name", "视图" + i, "list", "REQUESTS", "filters", Map.of("open", "true")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        }
        Api.Response fiftyFirst = api.as("consultant").english().post("/api/v1/me/views",
                Map.of("name", "多一个", "list", "REQUESTS"));
        assertThat(fiftyFirst.status()).isEqualTo(409);
        assertThat(fiftyFirst.json().get("type").asString()).isEqualTo("urn:estatecare:problem:too-many-views");
        assertThat(fiftyFirst.json().get("detail").asString()).contains("at most 50");
        assertThat(api.as("consultant").get("/api/v1/me/views").json().get("items").valueStream()
                .filter(v -> v.get("mine").asBoolean())).hasSize(50);
        Api.Response duplicate = api.as("agent").post("/api/v1/me/views", Map.of("name", "同名", "list", "REQUESTS"));
        assertThat(duplicate.status()).isIn(201, 409);
        assertThat(api.as("agent").post("/api/v1/me/views", Map.of("name", "同名", "list", "REQUESTS")).status())
                .isEqualTo(409);
    }

    private List<String> names(String who) {
        Api.Response response = api.as(who).get("/api/v1/me/views");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").valueStream().map(v -> v.get("name").asString()).toList();
    }
}
