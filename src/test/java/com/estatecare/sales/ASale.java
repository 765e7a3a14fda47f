package com.estatecare.sales;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.estatecare.support.Api;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/** Test data of the sales stage over the HTTP API: a unit for sale, a visitor, a deal, a contract. */
public final class ASale {

    private final Api api;
    private final Fixtures given;

    public ASale(Api api, Fixtures given) {
        this.api = api;
        this.given = given;
    }

    /** The id of the project of this name that {@code agent} sees. */
    public long project(String agent, String name) {
        return api.as(agent).get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** A new unit for sale in a new building of the project: nobody else's test touches it. */
    public long unitForSale(String manager, long project) {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        Api.Response building = api.as(manager).post("/api/v1/buildings",
                Map.of("projectId", project, "name", "售" + suffix, "floors", 30));
        assertThat(building.status()).as(building.body()).isEqualTo(201);
        Api.Response unit = api.as(manager).post("/api/v1/units", Map.of("buildingId",
                building.json().get("id").asLong(), "unitNo", "1801", "floor", 18, "areaSqm", 98.5, "layout", "3室2厅"));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        return unit.json().get("id").asLong();
    }

    /** A mobile number nobody else in the data has. */
    public static String phone() {
        return "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** A visitor registered at the project's sales office, followed by {@code consultant}: the customer's id. */
    public long visitor(String agent, long project, String consultant, String name) {
        Api.Response visit = api.as(agent).post("/api/v1/sales/prospects", Map.of("projectId", project, "name", name,
                "phone", phone(), "source", "REFERRAL", "consultantId", given.staffId(consultant),
                "visitedOn", "2026-11-01", "note", "首次到访，关注三房"));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        return visit.json().get("customerId").asLong();
    }

    /** 认购 of the unit by the customer at 3,000,000 yuan with 50,000 yuan deposit: the deal. */
    public JsonNode subscribe(String agent, long customer, long unit) {
        Api.Response deal = api.as(agent).post("/api/v1/sales/customers/" + customer + "/deals", Map.of("unitId", unit,
                "subscribedOn", "2026-11-15", "depositFen", 50_000_00L, "priceFen", 3_000_000_00L));
        assertThat(deal.status()).as(deal.body()).isEqualTo(201);
        return deal.json();
    }

    /** 签约 with three instalments: 1,000,000 due 28 Nov 2026, 500,000 due 20 Jan 2027, 1,500,000 due 20 Mar 2027. */
    public JsonNode contract(String agent, JsonNode deal, String number) {
        Api.Response contract = api.as(agent).post("/api/v1/sales/deals/" + deal.get("id").asLong() + "/contract",
                Map.of("version", deal.get("version").asLong(), "contractedOn", "2026-11-20", "contractNo", number,
                        "instalments", List.of(Map.of("dueOn", "2026-11-28", "amountFen", 1_000_000_00L),
                                Map.of("dueOn", "2027-01-20", "amountFen", 500_000_00L),
                                Map.of("dueOn", "2027-03-20", "amountFen", 1_500_000_00L))));
        assertThat(contract.status()).as(contract.body()).isEqualTo(200);
        return contract.json();
    }

    /** A new portal account (OWNER) of the customer, a buyer of 翠湖苑: its username (password Lantern-Orchid-57). */
    public String portalAccount(long customer) {
        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        long node = api.as("admin").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("name").asString().equals("翠湖苑")).findFirst().orElseThrow().get("orgNodeId")
                .asLong();
        Api.Response account = api.as("admin").post("/api/v1/accounts", Map.of("username", buyer,
                "password", "Lantern-Orchid-57", "displayName", "购房客户", "orgNodeId", node, "roles",
                List.of("OWNER"), "customerId", customer));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        return buyer;
    }

    /** A deal under contract for a new visitor of 翠湖苑: the deal. */
    public JsonNode contracted(String number) {
        long project = project("agent", "翠湖苑");
        long unit = unitForSale("manager", project);
        long customer = visitor("agent", project, "agent", "购房客户 " + number);
        return contract("agent", subscribe("agent", customer, unit), number);
    }
}
