package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The partner merchants over HTTP against PostgreSQL, with two companies in the data: staff onboard a merchant
 * (its contact's phone masked), take it on and add offers; members see the active merchants of their own company
 * with today's offers and rate them once a year (rating again changes the rating); the yearly assessment grades the
 * merchant and gives it its sign by the policy's thresholds; the monthly report counts the merchants and ratings;
 * hostile input is refused naming the field in the caller's language and changes nothing.
 */
@EstateCareTest
class ClubMerchantTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void policyBack() {
        var current = api.as("admin").get("/api/v1/policies/club-merchants").json();
        if (current.get("policy").get("minRatings").asInt() != 5) {
            api.as("admin").put("/api/v1/policies/club-merchants", Map.of("policy", Map.of("minRatings", 5,
                    "grades", current.get("policy").get("grades")), "reason", "back to the default"));
        }
    }

    @Test
    void staffOnboardAMerchantMembersSeeItsOffersAndRateItOnceAYear() {
        JsonNode merchant = activeMerchant("agent", "湖畔咖啡" + tag());
        long id = merchant.get("id").asLong();
        assertThat(merchant.get("contactPhoneMasked").asString()).isEqualTo("139****8000");
        assertThat(api.as("agent").get("/api/v1/club/merchants/" + id).body()).doesNotContain("13912348000");
        var offer = api.as("agent").post("/api/v1/club/merchants/" + id + "/offers", Map.of("title", "会员八折",
                "terms", "凭会员卡消费享八折", "discountPercent", 20, "validFrom", "2026-11-01", "validTo", "2026-12-31",
                "levels", List.of("SILVER", "GOLD")));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        var past = api.as("agent").post("/api/v1/club/merchants/" + id + "/offers", Map.of("title", "国庆特惠",
                "terms", "已过期", "discountPercent", 30, "validFrom", "2026-10-01", "validTo", "2026-10-07"));
        assertThat(past.status()).as(past.body()).isEqualTo(201);

        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        JsonNode seen = mine(owner, id);
        assertThat(seen.get("offers").valueStream().map(o -> o.get("title").asString())).containsExactly("会员八折");
        assertThat(seen.get("offers").get(0).get("levels").valueStream().map(JsonNode::asString))
                .containsExactly("SILVER", "GOLD");
        assertThat(seen.has("contactPhoneMasked")).as("owners are not shown the contact").isFalse();

        var first = owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", 4,
                "comment", "咖啡不错"));
        var second = owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", 2,
                "comment", "排队太久"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as("rating again this year changes the rating").isEqualTo(200);
        assertThat(second.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(jdbc.sql("select score || ' ' || comment from club_merchant_rating where merchant_id = :m")
                .param("m", id).query(String.class).list()).containsExactly("2 排队太久");
        assertThat(mine(owner, id).get("myRating").get("score").asInt()).isEqualTo(2);
        JsonNode assessment = api.as("agent").get("/api/v1/club/merchants/" + id + "/assessment").json();
        assertThat(assessment.get("ratings").asLong()).isEqualTo(1);
        assertThat(assessment.get("average").asDouble()).isEqualTo(2.0);
        assertThat(assessment.get("reason").asString()).isEqualTo("MERCHANT_TOO_FEW_RATINGS");
    }

    @Test
    void theAssessmentGradesAndSignsAMerchantByThePolicysThresholdsAndComplaints() {
        long id = activeMerchant("agent", "家政服务" + tag()).get("id").asLong();
        for (int score : new int[] { 5, 5, 4 }) {
            Owner owner = ClubOwners.owner(api, "agent", "2021-03-01");
            ClubOwners.join(owner);
            assertThat(owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", score))
                    .status()).isEqualTo(201);
        }
        assertThat(assessment(id).get("reason").asString()).as("three ratings, five needed by default")
                .isEqualTo("MERCHANT_TOO_FEW_RATINGS");
        JsonNode policy = api.as("admin").get("/api/v1/policies/club-merchants").json().get("policy");
        var changed = api.as("admin").put("/api/v1/policies/club-merchants", Map.of("policy",
                Map.of("minRatings", 3, "grades", policy.get("grades")), "reason", "a small club"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode gold = assessment(id);
        assertThat(gold.get("average").asDouble()).isEqualTo(4.67);
        assertThat(gold.get("grade").get("code").asString()).isEqualTo("GOLD");
        assertThat(gold.get("sign").get("nameZh").asString()).isEqualTo("金牌联盟商家");
        assertThat(gold.get("policyVersion").asInt()).isEqualTo(changed.json().get("version").asInt());
        var complaint = api.as("agent").post("/api/v1/club/merchants/" + id + "/complaints", Map.of("onDay",
                "2026-11-20", "note", "会员反映服务态度差"));
        assertThat(complaint.status()).as(complaint.body()).isEqualTo(201);

        JsonNode silver = assessment(id);
        assertThat(silver.get("complaints").asLong()).isEqualTo(1);
        assertThat(silver.get("grade").get("code").asString()).as("one complaint: no longer gold").isEqualTo("SILVER");
        assertThat(silver.get("sign").get("nameEn").asString()).isEqualTo("Silver partner");
        assertThat(api.as("agent").get("/api/v1/club/merchants/" + id).json().get("assessment").get("grade")
                .get("code").asString()).isEqualTo("SILVER");
        assertThat(api.as("agent").get("/api/v1/club/merchants/" + id + "/assessment?year=2025").json()
                .get("ratings").asLong()).as("last year had none").isZero();
    }

    @Test
    void anOwnerOfTheOtherCompanyAndItsStaffSeeNoneOfTheFirstCompanysMerchants() {
        long shanghai = activeMerchant("agent", "上海书店" + tag()).get("id").asLong();
        long hangzhou = activeMerchant("hz-agent", "杭州茶馆" + tag()).get("id").asLong();
        Owner hzOwner = ClubOwners.owner(api, "hz-agent", "2020-01-01");
        ClubOwners.join(hzOwner);

        List<Long> seen = hzOwner.caller().get("/api/v1/me/club/merchants").json().valueStream()
                .map(m -> m.get("id").asLong()).toList();
        assertThat(seen).contains(hangzhou).doesNotContain(shanghai);
        assertThat(hzOwner.caller().put("/api/v1/me/club/merchants/" + shanghai + "/rating", Map.of("score", 5))
                .status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/merchants/" + shanghai).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/merchants/" + shanghai + "/offers").status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post("/api/v1/club/merchants/" + shanghai + "/status",
                Map.of("status", "SUSPENDED")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/merchants?limit=200").json().get("items").valueStream()
                .map(m -> m.get("id").asLong())).contains(hangzhou).doesNotContain(shanghai);
        assertThat(api.as("engineer").get("/api/v1/club/merchants/" + shanghai).status())
                .as("project staff see their company's merchants").isEqualTo(200);
        assertThat(hzOwner.caller().get("/api/v1/club/merchants").status()).as("staff only").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from club_merchant_rating where merchant_id = :m").param("m", shanghai)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMerchantMovesFromAppliedToEndedOnlyByTheAllowedStepsAndOnlyActiveOnesAreShownToMembers() {
        var applied = onboard("agent", "健身房" + tag());
        long id = applied.get("id").asLong();
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        assertThat(owner.caller().get("/api/v1/me/club/merchants").json().valueStream()
                .map(m -> m.get("id").asLong())).doesNotContain(id);

        var suspend = api.as("manager").post("/api/v1/club/merchants/" + id + "/status", Map.of("status", "SUSPENDED"));
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(409);
        assertThat(suspend.json().get("allowed").valueStream().map(JsonNode::asString))
                .containsExactly("ACTIVE", "ENDED");
        assertThat(api.as("agent").post("/api/v1/club/merchants/" + id + "/status", Map.of("status", "ACTIVE"))
                .status()).as("managers decide").isEqualTo(403);
        assertThat(status(id, "ACTIVE")).isEqualTo(200);
        assertThat(status(id, "SUSPENDED")).isEqualTo(200);
        assertThat(owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", 3)).status())
                .as("a suspended merchant is not rated").isEqualTo(404);
        assertThat(status(id, "ENDED")).isEqualTo(200);
        assertThat(status(id, "ACTIVE")).isEqualTo(409);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldInTheCallersLanguageAndChangesNothing() {
        long id = activeMerchant("agent", "花店" + tag()).get("id").asLong();
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        long merchants = jdbc.sql("select count(*) from club_merchant where name like '恶意%'").query(Long.class)
                .single();

        var badMerchant = api.as("agent").post("/api/v1/club/merchants", Map.of("name", "恶意" + "长".repeat(100_000),
                "category", "CASINO", "address", "", "contactName", "王", "contactPhone", "12345",
                "contractFrom", "2026-12-01", "contractTo", "2026-01-01"));
        assertThat(badMerchant.status()).as(badMerchant.body()).isEqualTo(400);
        assertThat(fields(badMerchant)).containsExactlyInAnyOrder("name", "category", "address", "contactPhone",
                "contractTo");
        assertThat(badMerchant.json().get("title").asString()).isEqualTo("输入有误");
        var badOffer = api.as("agent").english().post("/api/v1/club/merchants/" + id + "/offers", Map.of("title", "x",
                "terms", "y".repeat(5000), "discountPercent", -5, "validFrom", "2026-12-31", "validTo", "2026-12-01",
                "levels", List.of("DIAMOND")));
        assertThat(badOffer.status()).as(badOffer.body()).isEqualTo(400);
        assertThat(fields(badOffer)).containsExactlyInAnyOrder("terms", "discountPercent", "validTo", "levels[0]");
        assertThat(badOffer.body()).doesNotContainPattern("\\p{IsHan}");
        assertThat(fields(api.as("agent").post("/api/v1/club/merchants/" + id + "/offers", Map.of("title", "x",
                "terms", "y", "discountPercent", 101, "validFrom", "2026-12-01", "validTo", "2026-12-31"))))
                .containsExactly("discountPercent");
        for (int score : new int[] { 0, 6, -1, Integer.MAX_VALUE }) {
            var rating = owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", score));
            assertThat(rating.status()).as(rating.body()).isEqualTo(400);
            assertThat(fields(rating)).containsExactly("score");
        }
        var huge = owner.caller().english().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", 5,
                "comment", "好".repeat(1_000_000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fields(huge)).containsExactly("comment");
        assertThat(huge.json().get("title").asString()).isEqualTo("Invalid input");
        assertThat(api.as("agent").post("/api/v1/club/merchants/" + id + "/complaints", Map.of("onDay", "2999-01-01",
                "note", "")).status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/merchants/" + id + "/assessment?year=99999").status())
                .isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/merchants", Map.of("limit", 99_999_999)).status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/merchants", Map.of("status", "NOPE")).status()).isEqualTo(400);

        assertThat(jdbc.sql("select count(*) from club_merchant where name like '恶意%'").query(Long.class).single())
                .isEqualTo(merchants);
        assertThat(api.as("agent").get("/api/v1/club/merchants/" + id + "/offers").json().size()).isZero();
        assertThat(jdbc.sql("select count(*) from club_merchant_rating where merchant_id = :m").param("m", id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from club_merchant_complaint where merchant_id = :m").param("m", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theMonthlyReportCountsTheActiveMerchantsAndTheMonthsRatingsWithTheirAverage() {
        JsonNode before = report();
        long hangzhouBefore = api.as("hz-manager").get("/api/v1/reports/monthly?month=2026-11").json().get("merchants")
                .get("active").asLong();
        long id = activeMerchant("agent", "面包房" + tag()).get("id").asLong();
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        assertThat(owner.caller().put("/api/v1/me/club/merchants/" + id + "/rating", Map.of("score", 3)).status())
                .isEqualTo(201);

        JsonNode after = report();
        assertThat(after.get("merchants").get("active").asLong()).isEqualTo(before.get("merchants").get("active")
                .asLong() + 1);
        assertThat(after.get("merchants").get("ratings").asLong()).isEqualTo(before.get("merchants").get("ratings")
                .asLong() + 1);
        assertThat(after.get("merchants").get("averageRating").isNull()).isFalse();
        var pdf = api.as("manager").get("/api/v1/reports/monthly?month=2026-11&format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        var xlsx = api.as("manager").get("/api/v1/reports/monthly?month=2026-11&format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(api.as("hz-manager").get("/api/v1/reports/monthly?month=2026-11").json().get("merchants")
                .get("active").asLong()).as("the other company's report does not count it").isEqualTo(hangzhouBefore);
    }

    @Test
    void aMemberRedeemsPointsForAVoucherOnceAndNotBeyondTheBalance() {
        long id = activeMerchant("agent", "电影院" + tag()).get("id").asLong();
        long cheap = offer(id, 30);
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        int balance = ClubOwners.join(owner).get("balance").asInt();
        long dear = offer(id, balance + 1000);

        String key = "v-" + tag();
        var first = owner.caller().header("Idempotency-Key", key)
                .post("/api/v1/me/club/merchants/offers/" + cheap + "/vouchers", Map.of());
        var retry = owner.caller().header("Idempotency-Key", key)
                .post("/api/v1/me/club/merchants/offers/" + cheap + "/vouchers", Map.of());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("code").asString()).matches("QV-[A-Z2-9]{8}");
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().get("code").asString()).isEqualTo(first.json().get("code").asString());
        assertThat(owner.caller().get("/api/v1/me/club").json().get("member").get("balance").asInt())
                .isEqualTo(balance - 30);
        assertThat(owner.caller().get("/api/v1/me/club/vouchers").json().size()).isEqualTo(1);
        var beyond = owner.caller().header("Idempotency-Key", "v-" + tag())
                .post("/api/v1/me/club/merchants/offers/" + dear + "/vouchers", Map.of());
        assertThat(beyond.status()).as(beyond.body()).isEqualTo(409);
        assertThat(beyond.json().get("balance").asInt()).isEqualTo(balance - 30);
        assertThat(owner.caller().post("/api/v1/me/club/merchants/offers/" + cheap + "/vouchers", Map.of()).status())
                .as("no Idempotency-Key").isEqualTo(400);
        Owner hangzhou = ClubOwners.owner(api, "hz-agent", "2020-06-01");
        ClubOwners.join(hangzhou);
        assertThat(hangzhou.caller().header("Idempotency-Key", "v-" + tag())
                .post("/api/v1/me/club/merchants/offers/" + cheap + "/vouchers", Map.of()).status()).isEqualTo(404);
        assertThat(owner.caller().get("/api/v1/me/club/vouchers").json().size()).isEqualTo(1);
    }

    private long offer(long merchant, int points) {
        var offer = api.as("agent").post("/api/v1/club/merchants/" + merchant + "/offers", Map.of("title", "电影票",
                "terms", "兑换一张电影票", "discountPercent", 100, "validFrom", "2026-11-01", "validTo", "2026-12-31",
                "points", points));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        return offer.json().get("id").asLong();
    }

    private JsonNode report() {
        var report = api.as("manager").get("/api/v1/reports/monthly?month=2026-11");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        return report.json();
    }

    private JsonNode assessment(long id) {
        return api.as("agent").get("/api/v1/club/merchants/" + id + "/assessment").json();
    }

    private int status(long id, String to) {
        return api.as("manager").post("/api/v1/club/merchants/" + id + "/status", Map.of("status", to)).status();
    }

    private JsonNode mine(Owner owner, long merchant) {
        return owner.caller().get("/api/v1/me/club/merchants").json().valueStream()
                .filter(m -> m.get("id").asLong() == merchant).findFirst().orElseThrow();
    }

    static JsonNode onboard(Api api, String agent, String name) {
        var made = api.as(agent).post("/api/v1/club/merchants", Map.of("name", name, "category", "DINING",
                "address", "湖滨路 8 号", "contactName", "王经理", "contactPhone", "139 1234 8000",
                "contractFrom", "2026-01-01", "contractTo", "2027-12-31"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("status").asString()).isEqualTo("APPLIED");
        return made.json();
    }

    private JsonNode onboard(String agent, String name) {
        return onboard(api, agent, name);
    }

    private JsonNode activeMerchant(String agent, String name) {
        return active(api, agent, name);
    }

    /** A merchant onboarded by {@code agent} and taken on by their company's manager. */
    static JsonNode active(Api api, String agent, String name) {
        long id = onboard(api, agent, name).get("id").asLong();
        var active = api.as(agent.startsWith("hz-") ? "hz-manager" : "manager")
                .post("/api/v1/club/merchants/" + id + "/status", Map.of("status", "ACTIVE"));
        assertThat(active.status()).as(active.body()).isEqualTo(200);
        return active.json();
    }

    private static List<String> fields(Api.Response response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
