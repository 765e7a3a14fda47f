package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/** Administrators word the owners' messages per kind and language; a template that cannot work is refused. */
@EstateCareTest
class MessageTemplateTests {

    @Autowired
    Api api;

    @Test
    void administratorChangesPreviewsAndResetsATemplate() {
        Api.Response list = api.as("admin").get("/api/v1/message-templates");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json()).hasSize(MessageKind.templatedKinds().size() * 2);
        JsonNode dispatched = template(list.json(), "DISPATCHED", "zh-CN");
        assertThat(dispatched.get("custom").asBoolean()).isFalse();
        assertThat(dispatched.get("placeholders").toString()).contains("number", "unit", "customer");

        Api.Response preview = api.as("admin").post("/api/v1/message-templates/preview", Map.of("kind", "APPOINTMENT_SET",
                "language", "zh-CN", "subject", "预约 {number}", "body", "{customer}，{time} 上门"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("body").asString()).isEqualTo("张先生，2026-11-27 09:30 上门");

        try {
            Api.Response changed = api.as("admin").put("/api/v1/message-templates/DISPATCHED/zh-CN",
                    Map.of("subject", "【翠湖】工单 {number} 已派工", "body", "{customer}您好：{unit} 的工单已派工。", "version", 0));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().get("custom").asBoolean()).isTrue();
            assertThat(changed.json().get("version").asLong()).isEqualTo(1);
            assertThat(changed.json().get("changedBy").asString()).isEqualTo("admin");
            Api.Response stale = api.as("admin").put("/api/v1/message-templates/DISPATCHED/zh-CN",
                    Map.of("subject", "x {number}", "body", "y", "version", 0));
            assertThat(stale.status()).as("an edit over somebody else's").isEqualTo(409);
            assertThat(template(api.as("admin").get("/api/v1/message-templates").json(), "DISPATCHED", "zh-CN")
                    .get("subject").asString()).isEqualTo("【翠湖】工单 {number} 已派工");
            assertThat(template(api.as("admin").get("/api/v1/message-templates").json(), "DISPATCHED", "en")
                    .get("custom").asBoolean()).as("the other language keeps its wording").isFalse();
        } finally {
            Api.Response reset = api.as("admin").delete("/api/v1/message-templates/DISPATCHED/zh-CN");
            assertThat(reset.status()).isEqualTo(200);
            assertThat(reset.json().get("custom").asBoolean()).isFalse();
        }
    }

    @Test
    void badTemplatesAreRefusedNamingTheFieldAndNothingChanges() {
        Api.Response unknown = api.as("admin").put("/api/v1/message-templates/DISPATCHED/zh-CN",
                Map.of("subject", "工单 {number}", "body", "上门时间 {time}"));
        assertProblem(unknown, "body");
        assertThat(unknown.json().get("errors").get(0).get("reason").asString()).contains("{time}", "number");
        Api.Response english = api.as("admin").english().put("/api/v1/message-templates/DISPATCHED/en",
                Map.of("subject", "x".repeat(201), "body", "{number"));
        assertProblem(english, "subject");
        assertThat(english.body()).contains("between 1 and 200", "braces");
        assertProblem(api.as("admin").put("/api/v1/message-templates/NOPE/zh-CN", Map.of("subject", "a", "body", "b")), "kind");
        assertProblem(api.as("admin").put("/api/v1/message-templates/DISPATCHED/fr", Map.of("subject", "a", "body", "b")), "language");
        assertProblem(api.as("admin").put("/api/v1/message-templates/DISPATCHED/zh-CN", new HashMap<>()), "subject");
        assertProblem(api.as("admin").post("/api/v1/message-templates/preview",
                Map.of("kind", "DISPATCHED", "language", "en", "subject", "{endsOn}", "body", "b".repeat(1001))), "subject");
        assertThat(api.as("admin").put("/api/v1/message-templates/DISPATCHED/zh-CN", "x".repeat(50)).status()).isEqualTo(400);
        assertThat(template(api.as("admin").get("/api/v1/message-templates").json(), "DISPATCHED", "zh-CN")
                .get("custom").asBoolean()).isFalse();

        Map<String, String> fine = Map.of("subject", "ok {number}", "body", "ok");
        assertThat(api.as("agent").put("/api/v1/message-templates/DISPATCHED/zh-CN", fine).status()).isEqualTo(403);
        assertThat(api.as("owner").get("/api/v1/message-templates").status()).isEqualTo(403);
        assertThat(api.as("hz-manager").put("/api/v1/message-templates/DISPATCHED/zh-CN", fine).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/message-templates").status()).isEqualTo(401);
    }

    private static void assertProblem(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static JsonNode template(JsonNode all, String kind, String language) {
        for (JsonNode t : all) {
            if (kind.equals(t.get("kind").asString()) && language.equals(t.get("language").asString())) {
                return t;
            }
        }
        throw new AssertionError(kind + "/" + language);
    }
}
