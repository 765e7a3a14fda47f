package com.estatecare.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * A visitor of the sales office of 翠湖苑 followed from the first visit through the follow-up, the subscription, the
 * contract, the payments, the loan and the certificate to the handover, on one customer file: the same customer
 * record from prospect to new owner, the sales history beside the after-sales requests. The buyer follows the
 * purchase in the portal, their own only; the other company sees none of it.
 */
@EstateCareTest
class SalesJourneyTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    @Test
    void aProspectIsFollowedFromTheFirstVisitToTheHandoverOnOneCustomerFile() {
        ASale sale = new ASale(api, given);
        long project = sale.project("agent", "翠湖苑");
        long unit = sale.unitForSale("manager", project);

        Api.Response visit = api.as("agent").post("/api/v1/sales/prospects", Map.of("projectId", project,
                "name", "访客 赵敏", "phone", "139 1234 5678", "source", "REFERRAL",
                "consultantId", given.staffId("agent"), "visitedOn", "2026-11-01", "note", "首次到访，关注三房"));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        long customer = visit.json().get("customerId").asLong();
        assertThat(visit.json().get("phone").asString()).isEqualTo("139****5678");
        assertThat(visit.json().get("kind").asString()).isEqualTo("PROSPECT");
        assertThat(api.as("agent").get("/api/v1/customers/" + customer).json().get("kind").asString())
                .isEqualTo("PROSPECT");
        assertThat(api.as("agent").get("/api/v1/sales/prospects", Map.of("q", "赵敏")).json().get("items").valueStream()
                .map(p -> p.get("customerId").asLong())).contains(customer);

        Api.Response followUp = api.as("agent").post("/api/v1/sales/customers/" + customer + "/follow-ups",
                Map.of("followedOn", "2026-11-10", "channel", "PHONE", "note", "意向三房，预算三百万",
                        "nextStep", "邀约看样板间", "nextOn", "2026-11-24"));
        assertThat(followUp.status()).as(followUp.body()).isEqualTo(201);
        assertThat(api.as("agent").get("/api/v1/sales/follow-ups/due").json().valueStream()
                .map(f -> f.get("customerId").asLong())).contains(customer);
        assertThat(api.as("agent").get("/api/v1/sales/follow-ups/due?until=2026-11-23").json().valueStream()
                .map(f -> f.get("customerId").asLong())).doesNotContain(customer);

        JsonNode deal = sale.subscribe("agent", customer, unit);
        long dealId = deal.get("id").asLong();
        assertThat(deal.get("status").asString()).isEqualTo("SUBSCRIBED");
        assertThat(api.as("agent").get("/api/v1/sales/units/" + unit).json().get("status").asString())
                .isEqualTo("SUBSCRIBED");
        Api.Response again = api.as("agent").post("/api/v1/sales/customers/" + customer + "/deals",
                Map.of("unitId", unit, "subscribedOn", "2026-11-16", "depositFen", 1, "priceFen", 2));
        assertThat(again.status()).as("a unit is sold once").isEqualTo(409);

        JsonNode contracted = sale.contract("agent", deal, "HT-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(contracted.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(contracted.get("instalments")).hasSize(3);
        assertThat(api.as("agent").get("/api/v1/customers/" + customer).json().get("units").valueStream()
                .map(u -> u.get("id").asLong())).as("the buyer is the unit's owner of record").contains(unit);

        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Map.of("seq", 1, "amountFen", 1_000_000_00L, "paidOn", "2026-11-24");
        Api.Response paid = api.as("agent").header("Idempotency-Key", key)
                .post("/api/v1/sales/deals/" + dealId + "/payments", payment);
        Api.Response retried = api.as("agent").header("Idempotency-Key", key)
                .post("/api/v1/sales/deals/" + dealId + "/payments", payment);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        JsonNode afterPayment = api.as("agent").get("/api/v1/sales/deals/" + dealId).json();
        assertThat(afterPayment.get("paidFen").asLong()).isEqualTo(1_000_000_00L);
        assertThat(afterPayment.get("instalments").get(0).get("state").asString()).isEqualTo("PAID");
        assertThat(afterPayment.get("instalments").get(1).get("state").asString()).isEqualTo("DUE");

        step(dealId, "LOAN_APPLIED", "2026-11-21");
        step(dealId, "CERTIFICATE_FILED", "2026-11-22");
        step(dealId, "LOAN_APPROVED", "2026-11-23");
        Api.Response early = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/steps",
                Map.of("step", "LOAN_DISBURSED", "doneOn", "2026-11-24"));
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("step");
        step(dealId, "LOAN_CONTRACT_SIGNED", "2026-11-24");
        step(dealId, "LOAN_DISBURSED", "2026-11-24");

        String buyer = "buyer-" + UUID.randomUUID().toString().substring(0, 8);
        long node = api.as("admin").get("/api/v1/projects").json().valueStream()
                .filter(p -> p.get("id").asLong() == project).findFirst().orElseThrow().get("orgNodeId").asLong();
        Api.Response account = api.as("admin").post("/api/v1/accounts", Map.of("username", buyer,
                "password", "Lantern-Orchid-57", "displayName", "访客 赵敏", "orgNodeId", node, "roles", List.of("OWNER"),
                "customerId", customer));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        Api.Caller portal = api.basic(buyer, "Lantern-Orchid-57");
        JsonNode purchases = portal.get("/api/v1/me/purchases").json();
        assertThat(purchases).hasSize(1);
        assertThat(purchases.get(0).get("steps").valueStream().filter(s -> !s.get("doneOn").isNull())
                .map(s -> s.get("step").asString()))
                .containsExactly("LOAN_APPLIED", "LOAN_APPROVED", "LOAN_CONTRACT_SIGNED", "LOAN_DISBURSED",
                        "CERTIFICATE_FILED");
        assertThat(portal.get("/api/v1/me/purchases/" + dealId).status()).isEqualTo(200);
        assertThat(api.as("owner").get("/api/v1/me/purchases/" + dealId).status()).as("another owner").isEqualTo(404);
        assertThat(api.as("owner").get("/api/v1/me/purchases").json().valueStream()
                .noneMatch(d -> d.get("id").asLong() == dealId)).isTrue();
        assertThat(api.as("hz-owner").get("/api/v1/me/purchases/" + dealId).status()).isEqualTo(404);

        Api.Response handover = api.as("manager").put("/api/v1/units/" + unit + "/handover",
                Map.of("handedOverOn", "2026-11-24"));
        assertThat(handover.status()).as(handover.body()).isEqualTo(200);
        JsonNode owner = api.as("agent").get("/api/v1/customers/" + customer).json();
        assertThat(owner.get("kind").asString()).as("the same record, now an owner").isEqualTo("NEW_OWNER");
        assertThat(api.as("agent").get("/api/v1/customers", Map.of("q", "赵敏", "limit", 50)).json().get("items").valueStream()
                .filter(c -> c.get("name").asString().equals("访客 赵敏") && c.get("units").valueStream()
                        .anyMatch(u -> u.get("id").asLong() == unit))).hasSize(1);
        assertThat(api.as("agent").get("/api/v1/sales/units/" + unit).json().get("status").asString())
                .isEqualTo("HANDED_OVER");
        step(dealId, "CERTIFICATE_ACCEPTED", "2026-11-24");

        Map<String, Object> repair = given.repairBody(unit);
        repair.put("customerId", customer);
        repair.remove("reporter");
        given.register(repair);

        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(customer, "agent").contains("OWNERSHIP_RECORDED"));
        List<String> file = kinds(customer, "agent");
        assertThat(file).contains("SALES_VISITED", "SALES_FOLLOWED_UP", "SALES_SUBSCRIBED", "SALES_CONTRACTED",
                "SALES_PAID", "SALES_PROGRESS", "SALES_HANDED_OVER", "OWNERSHIP_RECORDED", "REQUEST_REGISTERED");
        String words = api.as("agent").get("/api/v1/customers/" + customer + "/file?limit=100").body();
        assertThat(words).contains("售楼处来访登记", "老带新", "银行已放款", "客户转为新业主");
        assertThat(api.as("agent").english().get("/api/v1/customers/" + customer + "/file?limit=100").body())
                .contains("Visited the sales office", "Loan paid out by the bank");
        List<String> own = kinds(customer, buyer);
        assertThat(own).as("the consultant's notes stay among staff").contains("SALES_CONTRACTED", "SALES_PROGRESS")
                .doesNotContain("SALES_FOLLOWED_UP");

        JsonNode salesFile = api.as("agent").get("/api/v1/sales/customers/" + customer).json();
        assertThat(salesFile.get("kind").asString()).isEqualTo("NEW_OWNER");
        assertThat(salesFile.get("prospect").get("source").asString()).isEqualTo("REFERRAL");
        assertThat(salesFile.get("followUps")).hasSize(1);
        assertThat(salesFile.get("deals").get(0).get("handedOverOn").asString()).isEqualTo("2026-11-24");
    }

    @Test
    void theOtherCompanyAndOwnersSeeNothingOfASale() {
        ASale sale = new ASale(api, given);
        JsonNode deal = sale.contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long customer = deal.get("customerId").asLong();

        assertThat(api.as("hz-agent").get("/api/v1/sales/customers/" + customer).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/sales/deals/" + dealId).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post("/api/v1/sales/deals/" + dealId + "/payments",
                Map.of("seq", 1, "amountFen", 100, "paidOn", "2026-11-24")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post("/api/v1/sales/customers/" + customer + "/follow-ups",
                Map.of("followedOn", "2026-11-24", "channel", "PHONE", "note", "x")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/sales/prospects?limit=200").json().get("items").valueStream()
                .noneMatch(p -> p.get("customerId").asLong() == customer)).isTrue();
        assertThat(api.as("owner").get("/api/v1/sales/customers/" + customer).status()).isEqualTo(403);
        assertThat(api.as("engineer").post("/api/v1/sales/deals/" + dealId + "/steps",
                Map.of("step", "LOAN_APPLIED", "doneOn", "2026-11-24")).status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/sales/deals/" + dealId).json().get("paidFen").asLong()).isZero();
    }

    @Test
    void aCheckOutRequestIsARequestOfTheCoreWithItsOwnTimeLimits() {
        ASale sale = new ASale(api, given);
        JsonNode deal = sale.contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();

        Api.Response checkOut = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/check-outs",
                Map.of("channel", "WALK_IN", "reason", "家庭变故，申请退房退款", "expectedOutcome", "全额退还已付房款"));
        assertThat(checkOut.status()).as(checkOut.body()).isEqualTo(201);
        long request = checkOut.json().get("requestId").asLong();
        assertThat(checkOut.json().get("number").asString()).startsWith("ZX-");

        JsonNode detail = given.get(request);
        assertThat(detail.get("category").asString()).isEqualTo("CHECK_OUT");
        assertThat(detail.get("timeLimits").valueStream().map(c -> c.get("limit").asString()))
                .containsExactlyInAnyOrder("CHECK_OUT_RESPONSE", "CHECK_OUT_ANSWER");
        given.act(request, "agent", "classify", Map.of("category", "CHECK_OUT"));
        given.act(request, "agent", "dispatch", Map.of("assigneeId", given.staffId("handler")));
        JsonNode checkOuts = api.as("agent").get("/api/v1/sales/deals/" + dealId).json().get("checkOuts");
        assertThat(checkOuts.get(0).get("number").asString()).isEqualTo(checkOut.json().get("number").asString());
        assertThat(checkOuts.get(0).get("status").asString()).isEqualTo("DISPATCHED");
        await().atMost(Duration.ofSeconds(30)).until(() -> kinds(deal.get("customerId").asLong(), "agent")
                .contains("SALES_CHECK_OUT_REQUESTED"));
    }

    private void step(long deal, String step, String on) {
        Api.Response response = api.as("agent").post("/api/v1/sales/deals/" + deal + "/steps",
                Map.of("step", step, "doneOn", on));
        assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
    }

    private List<String> kinds(long customer, String who) {
        Api.Caller caller = who.startsWith("buyer-") ? api.basic(who, "Lantern-Orchid-57") : api.as(who);
        return caller.get("/api/v1/customers/" + customer + "/file?limit=100").json().get("items").valueStream()
                .map(e -> e.get("kind").asString()).toList();
    }
}
