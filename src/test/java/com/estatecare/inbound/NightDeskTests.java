package com.estatecare.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

/**
 * The night duty desk (夜间紧急报修) over HTTP: an emergency repair by night intercom whose emergency clock runs,
 * once per Idempotency-Key, for the desk's roles only, in the desk's own company, hostile forms refused.
 */
@EstateCareTest
class NightDeskTests {

    private static final String PATH = "/api/v1/inbound/night-repairs";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aNightRepairIsAnEmergencyByIntercomWhoseEmergencyClockStartsOncePerKey() {
        Map<String, Object> form = form(given.unit().get("id").asLong());
        String key = UUID.randomUUID().toString();
        Api.Response first = api.as("agent").header("Idempotency-Key", key).post(PATH, form);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long id = first.json().get("id").asLong();
        Api.Response again = api.as("agent").header("Idempotency-Key", key).post(PATH, form);
        assertThat(again.json().get("id").asLong()).isEqualTo(id);

        var request = given.get(id);
        assertThat(request.get("kind").asString()).isEqualTo("REPAIR");
        assertThat(request.get("channel").asString()).isEqualTo("NIGHT_INTERCOM");
        assertThat(request.get("emergency").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> given.get(id).get("timeLimits").valueStream()
                .anyMatch(c -> c.get("limit").asString().equals("EMERGENCY_REPAIR_ON_SITE")));
    }

    @Test
    void onlyTheDeskRolesRegisterAndOnlyInTheirOwnCompany() {
        Map<String, Object> form = form(given.unit().get("id").asLong());
        for (String who : List.of("engineer", "handler", "owner", "hz-owner")) {
            assertThat(api.as(who).post(PATH, form).status()).as(who).isEqualTo(403);
        }
        Api.Response otherCompany = api.as("hz-agent").post(PATH, form);
        assertThat(otherCompany.status()).as(otherCompany.body()).isEqualTo(422);
        assertThat(otherCompany.body()).contains("unitId");
    }

    @Test
    void hostileFormsAreRefusedWithAProblemNamingTheField() {
        long unit = given.unit().get("id").asLong();
        assertRefused(with(form(unit), "readBackConfirmed", false), "readBackConfirmed");
        assertRefused(with(form(unit), "unitId", null), "unitId");
        assertRefused(with(form(unit), "description", "漏".repeat(4001)), "description");
        assertRefused(with(form(unit), "reporter", Map.of("name", "张", "phone", "12345")), "reporter.phone");
        assertRefused(with(form(unit), "category", "NOT_A_CATEGORY"), "category");
        Api.Response huge = api.as("agent").post(PATH, with(form(unit), "locationInUnit", "x".repeat(100_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.header("Content-Type")).startsWith("application/problem+json");
    }

    private void assertRefused(Map<String, Object> form, String field) {
        for (Api.Caller caller : List.of(api.as("agent"), api.as("agent").english())) {
            Api.Response response = caller.post(PATH, form);
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.body()).contains(field);
        }
    }

    private static Map<String, Object> form(long unit) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("unitId", unit);
        form.put("reporter", Map.of("name", "监控中心 值班员", "phone", "13800138000"));
        form.put("description", "凌晨水管爆裂，楼道进水");
        form.put("locationInUnit", "厨房");
        form.put("readBackConfirmed", true);
        return form;
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(form);
        changed.put(field, value);
        return changed;
    }
}
