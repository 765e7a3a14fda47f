package com.estatecare.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * Hostile input on the sales stage: negative or absurd amounts, huge strings, days a thousand years away, an
 * instalment overpaid — each refused with a problem naming the field, in Chinese or in English, changing nothing.
 */
@EstateCareTest
class SalesInputTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aVisitWithHostileFieldsIsRefusedNamingEachField() {
        ASale sale = new ASale(api, given);
        long project = sale.project("agent", "翠湖苑");
        Map<String, Object> visit = new HashMap<>(Map.of("projectId", project, "name", "长".repeat(5_000),
                "phone", "12345", "source", "WALK_IN", "consultantId", given.staffId("agent"),
                "visitedOn", "9999-12-31"));

        Api.Response refused = api.as("agent").post("/api/v1/sales/prospects", visit);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(refused)).contains("name");

        visit.put("name", "访客");
        visit.put("phone", "13912345678");
        Api.Response future = api.as("agent").english().post("/api/v1/sales/prospects", visit);
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("visitedOn");
        assertThat(future.body()).doesNotContainPattern("\\p{IsHan}{2}");

        visit.put("visitedOn", "2026-11-01");
        visit.put("source", "BILLBOARD");
        assertThat(api.as("agent").post("/api/v1/sales/prospects", visit).status()).isEqualTo(400);
        visit.put("source", "WALK_IN");
        visit.put("consultantId", given.staffId("hz-agent"));
        Api.Response stranger = api.as("agent").post("/api/v1/sales/prospects", visit);
        assertThat(stranger.status()).as("a consultant of another company: " + stranger.body()).isEqualTo(422);
        assertThat(stranger.json().get("errors").get(0).get("field").asString()).isEqualTo("consultantId");
        assertThat(api.as("agent").get("/api/v1/sales/prospects", Map.of("q", "访客", "limit", 200)).json().get("items").valueStream()
                .noneMatch(p -> p.get("name").asString().equals("访客"))).as("nothing registered").isTrue();
    }

    @Test
    void negativeOrAbsurdAmountsAndUnboundedDaysAreRefusedAndChangeNothing() {
        ASale sale = new ASale(api, given);
        long project = sale.project("agent", "翠湖苑");
        long unit = sale.unitForSale("manager", project);
        long customer = sale.visitor("agent", project, "agent", "访客 钱多");
        String deals = "/api/v1/sales/customers/" + customer + "/deals";

        Api.Response negative = api.as("agent").post(deals, Map.of("unitId", unit, "subscribedOn", "2026-11-15",
                "depositFen", -1, "priceFen", 3_000_000_00L));
        assertThat(fields(negative)).containsExactly("depositFen");
        Api.Response huge = api.as("agent").post(deals, Map.of("unitId", unit, "subscribedOn", "2026-11-15",
                "depositFen", 0, "priceFen", Long.MAX_VALUE));
        assertThat(fields(huge)).containsExactly("priceFen");
        Api.Response overflow = api.as("agent").post(deals, "{\"unitId\":" + unit
                + ",\"subscribedOn\":\"2026-11-15\",\"depositFen\":0,\"priceFen\":99999999999999999999999}");
        assertThat(overflow.status()).as(overflow.body()).isEqualTo(400);
        Api.Response deposit = api.as("agent").post(deals, Map.of("unitId", unit, "subscribedOn", "2026-11-15",
                "depositFen", 10, "priceFen", 5));
        assertThat(fields(deposit)).containsExactly("depositFen");
        assertThat(api.as("agent").get("/api/v1/sales/units/" + unit).json().get("status").isNull())
                .as("the unit is still for sale").isTrue();

        JsonNode deal = sale.subscribe("agent", customer, unit);
        String contract = "/api/v1/sales/deals/" + deal.get("id").asLong() + "/contract";
        Api.Response wrongSum = api.as("agent").post(contract, Map.of("version", deal.get("version").asLong(),
                "contractedOn", "2026-11-20", "contractNo", "HT-X",
                "instalments", List.of(Map.of("dueOn", "2026-12-01", "amountFen", 100))));
        assertThat(fields(wrongSum)).containsExactly("instalments");
        Api.Response farAway = api.as("agent").post(contract, Map.of("version", deal.get("version").asLong(),
                "contractedOn", "2026-11-20", "contractNo", "HT-X",
                "instalments", List.of(Map.of("dueOn", "3026-12-01", "amountFen", 3_000_000_00L))));
        assertThat(fields(farAway)).containsExactly("instalments[0].dueOn");
        Api.Response negativeInstalment = api.as("agent").post(contract, Map.of("version", deal.get("version").asLong(),
                "contractedOn", "2026-11-20", "contractNo", "HT-X",
                "instalments", List.of(Map.of("dueOn", "2026-12-01", "amountFen", -3_000_000_00L))));
        assertThat(fields(negativeInstalment)).anyMatch(f -> f.startsWith("instalments[0].amountFen"));
        assertThat(api.as("agent").get("/api/v1/sales/deals/" + deal.get("id").asLong()).json().get("status")
                .asString()).isEqualTo("SUBSCRIBED");

        JsonNode signed = sale.contract("agent", deal, "HT-" + UUID.randomUUID().toString().substring(0, 8));
        String payments = "/api/v1/sales/deals/" + signed.get("id").asLong() + "/payments";
        Api.Response overpaid = api.as("agent").english().post(payments,
                Map.of("seq", 1, "amountFen", 1_000_000_01L, "paidOn", "2026-11-24"));
        assertThat(fields(overpaid)).containsExactly("amountFen");
        assertThat(overpaid.body()).contains("100000000").doesNotContainPattern("\\p{IsHan}{2}");
        assertThat(fields(api.as("agent").post(payments, Map.of("seq", 1, "amountFen", -5, "paidOn", "2026-11-24"))))
                .containsExactly("amountFen");
        assertThat(fields(api.as("agent").post(payments, Map.of("seq", 99, "amountFen", 5, "paidOn", "2026-11-24"))))
                .containsExactly("seq");
        assertThat(fields(api.as("agent").post(payments, Map.of("seq", 1, "amountFen", 5, "paidOn", "2026-12-24"))))
                .containsExactly("paidOn");
        assertThat(api.as("agent").get("/api/v1/sales/deals/" + signed.get("id").asLong()).json().get("paidFen")
                .asLong()).isZero();

        Api.Response note = api.as("agent").post("/api/v1/sales/customers/" + customer + "/follow-ups",
                Map.of("followedOn", "2026-11-10", "channel", "PHONE", "note", "长".repeat(400_000)));
        assertThat(note.status()).as("a huge note").isIn(400, 413);
        assertThat(fields(api.as("agent").get("/api/v1/sales/follow-ups/due?until=9999-01-01"))).containsExactly("until");
        assertThat(api.as("agent").get("/api/v1/sales/follow-ups/due?until=never").status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/sales/prospects?q=" + "x".repeat(500)).status()).isEqualTo(400);
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
    }
}
