package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Consent records (同意记录) over HTTP against PostgreSQL: staff record a customer's consent with channel and text
 * version, the owner withdraws their own from the portal, every change is audited, the records cannot be rewritten,
 * and nobody records or reads another company's or another owner's.
 */
@EstateCareTest
class ConsentTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void staffRecordAConsentTheOwnerWithdrawsItAndEachChangeIsAudited() {
        long me = api.as("owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        String version = "v-" + System.nanoTime();
        long lastEntry = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();

        var given = api.as("agent").post("/api/v1/customers/" + me + "/consents", Map.of("purpose", "MARKETING",
                "granted", true, "channel", "PHONE", "textVersion", version));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        var withdrawn = api.as("owner").post("/api/v1/customers/" + me + "/consents", Map.of("purpose", "MARKETING",
                "granted", false, "channel", "PAPER", "textVersion", version));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        assertThat(withdrawn.json().get("channel").asString()).as("an owner's is the portal's").isEqualTo("PORTAL");

        JsonNode state = api.as("owner").get("/api/v1/customers/" + me + "/consents").json();
        JsonNode marketing = state.get("current").valueStream()
                .filter(c -> c.get("purpose").asString().equals("MARKETING")).findFirst().orElseThrow();
        assertThat(marketing.get("granted").asBoolean()).isFalse();
        assertThat(state.get("history").valueStream().filter(r -> r.get("textVersion").asString().equals(version))
                .map(r -> r.get("granted").asBoolean()).toList()).containsExactly(false, true);
        List<Map<String, Object>> audit = jdbc.sql("""
                select actor_username, reason from audit_entry
                where action = 'CONSENT_CHANGED' and record_id = :c and id > :last
                order by id""").param("c", me).param("last", lastEntry).query().listOfRows();
        assertThat(audit).extracting(a -> a.get("actor_username") + " " + a.get("reason"))
                .containsExactly("agent GRANTED", "owner WITHDRAWN");
    }

    @Test
    void anotherCompanyAnotherOwnerAndRolesThatDoNotRegisterCustomersAreRefused() {
        long me = api.as("owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        long theirs = api.as("hz-owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        Map<String, Object> body = Map.of("purpose", "CLUB", "granted", true, "channel", "PHONE", "textVersion", "v1");
        long before = count(me) + count(theirs);

        assertThat(api.as("hz-agent").post("/api/v1/customers/" + me + "/consents", body).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/customers/" + me + "/consents").status()).isEqualTo(404);
        assertThat(api.as("owner").post("/api/v1/customers/" + theirs + "/consents", body).status()).isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/customers/" + theirs + "/consents").status()).isEqualTo(404);
        var engineer = api.as("engineer").post("/api/v1/customers/" + me + "/consents", body);
        assertThat(engineer.status()).as(engineer.body()).isEqualTo(403);
        assertThat(count(me) + count(theirs)).isEqualTo(before);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldInTheCallersLanguageAndRecordsCannotBeRewritten() {
        long me = api.as("owner").get("/api/v1/customers").json().get("items").get(0).get("id").asLong();
        long before = count(me);
        var zh = api.as("agent").post("/api/v1/customers/" + me + "/consents", Map.of("purpose", "SPAM",
                "granted", true, "channel", "PHONE", "textVersion", "长".repeat(100_000)));
        assertThat(zh.status()).as(zh.body()).isEqualTo(400);
        assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("purpose", "textVersion");
        assertThat(zh.json().get("errors").toString()).containsPattern("[\\u4e00-\\u9fff]");
        var en = api.as("agent").english().post("/api/v1/customers/" + me + "/consents", Map.of());
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().get("errors").toString()).doesNotContainPattern("[\\u4e00-\\u9fff]");
        assertThat(api.as("agent").post("/api/v1/customers/" + me + "/consents", "{\"purpose\": ").status())
                .isEqualTo(400);
        assertThat(api.as("agent").post("/api/v1/customers/-1/consents", Map.of("purpose", "CLUB", "granted", true,
                "channel", "PHONE", "textVersion", "v1")).status()).isEqualTo(404);
        assertThat(count(me)).isEqualTo(before);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update consent_record set granted = true")
                .update()).hasMessageContaining("append-only");
    }

    private long count(long customer) {
        return jdbc.sql("select count(*) from consent_record where customer_id = :c").param("c", customer)
                .query(Long.class).single();
    }
}
