package com.estatecare.sales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.sales.internal.PaymentReminders;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * 退房 (decision 049): the check-out request of a buyer under contract for a unit of 翠湖苑 is answered with its
 * outcome. Granted, the deal ends — the unit is for sale again, the buyer no longer its owner of record, no reminder
 * sent even when a due day comes, the portal's 购房进度 shows it ended; refused, the deal goes on as before. The
 * other company and other owners see none of it; a malformed outcome changes nothing.
 */
@EstateCareTest
class CheckOutTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    PaymentReminders reminders;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aGrantedCheckOutEndsTheDealAndNoReminderIsSentAnyMore() {
        ASale sale = new ASale(api, given);
        JsonNode deal = sale.contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long customer = deal.get("customerId").asLong();
        long unit = deal.get("unitId").asLong();
        String buyer = sale.portalAccount(customer);
        long request = checkOut(dealId);

        Api.Response wrongCompany = api.as("hz-agent").post("/api/v1/requests/" + request + "/actions/answer",
                Map.of("note", "同意退房", "granted", true));
        assertThat(wrongCompany.status()).as(wrongCompany.body()).isEqualTo(404);
        given.act(request, "agent", "answer", Map.of("note", "经审核同意退房，已付房款按合同退还", "granted", true));

        JsonNode ended = api.as("agent").get("/api/v1/sales/deals/" + dealId).json();
        assertThat(ended.get("status").asString()).isEqualTo("CHECKED_OUT");
        assertThat(ended.get("checkedOutOn").asString()).isEqualTo("2026-11-24");
        assertThat(ended.get("checkOuts").get(0).get("outcome").asString()).isEqualTo("GRANTED");
        assertThat(ended.get("checkOuts").get(0).get("status").asString()).isEqualTo("DONE");
        assertThat(api.as("agent").get("/api/v1/sales/units/" + unit).json().get("status").isNull())
                .as("the unit is for sale again").isTrue();
        assertThat(api.as("agent").get("/api/v1/customers/" + customer).json().get("units").valueStream()
                .map(u -> u.get("id").asLong())).as("no longer the owner of record").doesNotContain(unit);
        Api.Response payment = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/payments",
                Map.of("seq", 1, "amountFen", 100, "paidOn", "2026-11-24"));
        assertThat(payment.status()).as(payment.body()).isEqualTo(409);
        assertThat(api.as("agent").post("/api/v1/sales/deals/" + dealId + "/check-outs", Map.of("channel", "WALK_IN",
                "reason", "再次申请")).status()).as("ended once").isEqualTo(409);

        // the first instalment falls due on 28 November, the second on 20 January: neither is reminded
        for (String day : new String[] { "2026-11-24T02:00:00Z", "2026-11-28T02:00:00Z", "2027-01-15T02:00:00Z" }) {
            clock.set(Instant.parse(day));
            reminders.sweep();
        }
        assertThat(jdbc.sql("""
                select count(*) from sales_payment_reminder r join sales_instalment i on i.id = r.instalment_id
                where i.deal_id = :deal""").param("deal", dealId).query(Long.class).single()).isZero();

        Api.Caller portal = api.basic(buyer, "Lantern-Orchid-57");
        JsonNode purchase = portal.get("/api/v1/me/purchases/" + dealId).json();
        assertThat(purchase.get("status").asString()).isEqualTo("CHECKED_OUT");
        assertThat(purchase.get("checkedOutOn").asString()).isEqualTo("2026-11-24");
        assertThat(api.as("owner").get("/api/v1/me/purchases/" + dealId).status()).as("another owner")
                .isEqualTo(404);
        assertThat(api.as("hz-owner").get("/api/v1/me/purchases/" + dealId).status()).isEqualTo(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.as("agent")
                .get("/api/v1/customers/" + customer + "/file?limit=100").json().get("items").valueStream()
                .anyMatch(e -> "SALES_CHECKED_OUT".equals(e.get("kind").asString())));

        long next = sale.visitor("agent", sale.project("agent", "翠湖苑"), "agent", "下一位购房客户");
        assertThat(sale.subscribe("agent", next, unit).get("status").asString()).as("sold again")
                .isEqualTo("SUBSCRIBED");
    }

    @Test
    void aRefusedCheckOutLeavesTheDealAndItsReminders() {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long request = checkOut(dealId);

        given.act(request, "agent", "answer", Map.of("note", "不符合合同约定的退房条件，继续履约", "granted", false));

        JsonNode kept = api.as("agent").get("/api/v1/sales/deals/" + dealId).json();
        assertThat(kept.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(kept.get("checkedOutOn").isNull()).isTrue();
        assertThat(kept.get("checkOuts").get(0).get("outcome").asString()).isEqualTo("REFUSED");
        reminders.sweep(); // 24 November: the first instalment is due on the 28th
        assertThat(jdbc.sql("""
                select count(*) from sales_payment_reminder r join sales_instalment i on i.id = r.instalment_id
                where i.deal_id = :deal and i.seq = 1""").param("deal", dealId).query(Long.class).single())
                .isEqualTo(1);
        Api.Response payment = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/payments",
                Map.of("seq", 1, "amountFen", 100, "paidOn", "2026-11-24"));
        assertThat(payment.status()).as(payment.body()).isEqualTo(200);
    }

    @Test
    void anAnswerWithoutOrWithAMalformedOutcomeIsRefusedAndChangesNothing() {
        JsonNode deal = new ASale(api, given).contracted("HT-" + UUID.randomUUID().toString().substring(0, 8));
        long dealId = deal.get("id").asLong();
        long request = checkOut(dealId);
        String answer = "/api/v1/requests/" + request + "/actions/answer";

        Api.Response missing = api.as("agent").post(answer, Map.of("note", "同意"));
        assertThat(fields(missing)).containsExactly("granted");
        assertThat(missing.body()).containsPattern("\\p{IsHan}");
        Api.Response english = api.as("agent").english().post(answer, Map.of("note", "同意"));
        assertThat(fields(english)).containsExactly("granted");
        assertThat(english.json().get("errors").get(0).get("reason").asString()).doesNotContainPattern("\\p{IsHan}");
        Api.Response malformed = api.as("agent").post(answer, "{\"note\":\"同意\",\"granted\":\"perhaps\"}");
        assertThat(fields(malformed)).containsExactly("granted");
        Api.Response huge = api.as("agent").post(answer, Map.of("note", "长".repeat(5000), "granted", true));
        assertThat(fields(huge)).containsExactly("note");

        Map<String, Object> question = given.repairBody(given.unit().get("id").asLong());
        question.put("kind", "CONSULTATION");
        question.put("category", "OTHER");
        question.put("description", "产权证什么时候可以办理");
        long consultation = given.register(question);
        Api.Response notACheckOut = api.as("agent").post("/api/v1/requests/" + consultation + "/actions/answer",
                Map.of("note", "办证时间为明年三月", "granted", true));
        assertThat(fields(notACheckOut)).containsExactly("granted");

        JsonNode unchanged = api.as("agent").get("/api/v1/sales/deals/" + dealId).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("CONTRACTED");
        assertThat(unchanged.get("checkOuts").get(0).get("outcome").isNull()).isTrue();
        assertThat(given.get(request).get("status").asString()).isNotEqualTo("DONE");
    }

    private long checkOut(long dealId) {
        Api.Response checkOut = api.as("agent").post("/api/v1/sales/deals/" + dealId + "/check-outs",
                Map.of("channel", "WALK_IN", "reason", "家庭变故，申请退房退款", "expectedOutcome", "全额退还已付房款"));
        assertThat(checkOut.status()).as(checkOut.body()).isEqualTo(201);
        return checkOut.json().get("requestId").asLong();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        return errors == null ? List.of() : errors.valueStream().map(e -> e.get("field").asString()).toList();
    }
}
