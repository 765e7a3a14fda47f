package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.club.ActivityAttended;
import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.sales.ASale;
import com.estatecare.sales.ReferralSigned;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.support.TestClockConfiguration;
import com.estatecare.surveys.SurveyAnswered;

import tools.jackson.databind.JsonNode;

/**
 * The points ledger over HTTP against PostgreSQL: concurrent retries of the same redemption or earning write one
 * entry; a redemption beyond what may be spent is refused with the balance and writes nothing; points past their
 * last day cannot be spent and the sweep writes their expiry once; the events of other modules earn points once.
 */
@EstateCareTest
class ClubPointsTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PointsExpiry expiry;
    @Autowired
    Fixtures given;

    @Test
    void concurrentRetriesOfOneRedemptionAndOneEarningWriteOneEntryEach() throws Exception {
        Owner owner = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();
        long gift = gift("manager", 30);
        int before = balance(owner);

        List<Integer> redeemed = eightAtOnce(() -> owner.caller().header("Idempotency-Key", "gift-" + member)
                .post("/api/v1/me/club/redemptions", Map.of("giftId", gift)).status());
        List<Integer> earned = eightAtOnce(() -> api.as("manager").post("/api/v1/club/members/" + member + "/points",
                Map.of("rule", "REFERRAL", "reference", "HT-" + member)).status());

        assertThat(redeemed).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(earned).containsOnly(200, 201).containsOnlyOnce(201);
        int referral = api.as("admin").get("/api/v1/policies/club-points").json().get("policy").get("referral").asInt();
        assertThat(entries(member)).containsExactly("EARN JOIN", "REDEEM null", "EARN REFERRAL");
        assertThat(balance(owner)).isEqualTo(before - 30 + referral);
        var reused = owner.caller().header("Idempotency-Key", "gift-" + member)
                .post("/api/v1/me/club/redemptions", Map.of("giftId", gift("manager", 10)));
        assertThat(reused.status()).as("the same key for another gift").isEqualTo(422);
        events(new ReferralSigned(companyOf(member), owner.customerId(), owner.customerId() + 1, "HT-" + member,
                Instant.now(clock)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> entries(member).size() == 3);
    }

    @Test
    void aRedemptionBeyondTheBalanceIsRefusedWithTheBalanceAndWritesNothing() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();
        int balance = balance(owner);
        long gift = gift("manager", balance + 1);

        var refused = api.as("agent").header("Idempotency-Key", "too-much")
                .post("/api/v1/club/members/" + member + "/redemptions", Map.of("giftId", gift));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("club-points-insufficient");
        assertThat(refused.json().get("balance").asInt()).isEqualTo(balance);
        assertThat(refused.json().get("available").asInt()).isEqualTo(balance);
        assertThat(refused.json().get("detail").asString()).contains(String.valueOf(balance + 1));
        assertThat(entries(member)).containsExactly("EARN JOIN");
        var english = owner.caller().english().header("Idempotency-Key", "too-much-2")
                .post("/api/v1/me/club/redemptions", Map.of("giftId", gift));
        assertThat(english.json().get("title").asString()).isEqualTo("Not enough points");
    }

    @Test
    void pointsPastTheirLastDayCannotBeSpentAndTheSweepExpiresThemOnce() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-01-01");
        clock.set(Instant.parse("2024-06-01T02:00:00Z"));
        long member = ClubOwners.join(owner).get("id").asLong();
        int earned = balance(owner);
        clock.set(TestClockConfiguration.START); // valid until 2025-12-31 by default
        long gift = gift("manager", 1);

        var refused = owner.caller().header("Idempotency-Key", "late").post("/api/v1/me/club/redemptions",
                Map.of("giftId", gift));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("club-points-expired");
        assertThat(refused.json().get("balance").asInt()).isEqualTo(earned);
        assertThat(refused.json().get("available").asInt()).isZero();

        expiry.sweep();
        expiry.sweep();

        assertThat(entries(member)).containsExactly("EARN JOIN", "EXPIRE null");
        JsonNode card = owner.caller().get("/api/v1/me/club").json().get("member");
        assertThat(card.get("balance").asInt()).isZero();
        assertThat(jdbc.sql("select earned_year from club_points_entry where member_id = :m and kind = 'EXPIRE'")
                .param("m", member).query(Integer.class).single()).isEqualTo(2024);
    }

    @Test
    void aSurveyAnsweredAndAnActivityAttendedEarnTheirPointsOnce() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();
        long company = companyOf(member);
        long target = 900_000_000L + member;

        events(new SurveyAnswered(target, 1, company, owner.customerId(), Instant.now(clock)));
        events(new SurveyAnswered(target, 1, company, owner.customerId(), Instant.now(clock)));
        events(new ActivityAttended(company, owner.customerId(), 77, Instant.now(clock)));
        events(new ActivityAttended(company, owner.customerId(), 77, Instant.now(clock)));

        await().atMost(Duration.ofSeconds(20)).until(() -> entries(member).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> entries(member).size() == 3);
        assertThat(entries(member)).containsExactlyInAnyOrder("EARN JOIN", "EARN SURVEY", "EARN ACTIVITY");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CLUB_POINTS' and record_id = :m")
                .param("m", member).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aMemberWhoAnswersASurveyInThePortalEarnsTheSurveyPointsOnce() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();
        long project = owner.caller().get("/api/v1/units?limit=200").json().get("items").valueStream()
                .filter(u -> u.get("id").asLong() == owner.unitId()).findFirst().orElseThrow().get("projectId")
                .asLong();
        long template = api.as("manager").get("/api/v1/survey-templates").json().valueStream()
                .filter(t -> t.get("code").asString().equals("delivery")).findFirst().orElseThrow().get("id").asLong();
        var campaign = api.as("manager").post("/api/v1/survey-campaigns", Map.of("name", "会员调查 " + member,
                "templateId", template, "milestone", "YEARLY", "audience", "ALL_OWNERS", "projectIds",
                List.of(project), "sampling", "ALL", "dueOn", "2026-12-24"));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        long target = owner.caller().get("/api/v1/me/surveys").json().valueStream()
                .filter(t -> t.get("campaignId").asLong() == campaign.json().get("id").asLong()).findFirst()
                .orElseThrow().get("id").asLong();
        Map<String, Object> answers = Map.of("answers", Map.of("satisfaction", 5, "quality", 4, "recommend", "yes"));

        assertThat(owner.caller().post("/api/v1/me/surveys/" + target + "/answer", answers).status()).isEqualTo(200);
        assertThat(owner.caller().post("/api/v1/me/surveys/" + target + "/answer", answers).status())
                .as("the same answer again").isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> entries(member).contains("EARN SURVEY"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> entries(member).equals(List.of("EARN JOIN", "EARN SURVEY")));
        assertThat(jdbc.sql("select idem_key from club_points_entry where member_id = :m and rule = 'SURVEY'")
                .param("m", member).query(String.class).single()).isEqualTo("survey:" + target);
    }

    /** 老带新 over HTTP: the contract of a visitor a member referred earns the member the referral points, once. */
    @Test
    void aReferredVisitorsContractEarnsTheReferringMemberTheReferralPointsOnce() {
        Owner referrer = ClubOwners.owner(api, "agent", "2020-01-01");
        long member = ClubOwners.join(referrer).get("id").asLong();
        int before = balance(referrer);
        int referral = api.as("admin").get("/api/v1/policies/club-points").json().get("policy").get("referral").asInt();
        ASale sale = new ASale(api, given);
        long project = sale.project("agent", "翠湖苑");
        long unit = sale.unitForSale("manager", project);

        Api.Response visit = api.as("agent").post("/api/v1/sales/prospects", Map.of("projectId", project,
                "name", "访客 老带新" + member, "phone", ASale.phone(), "source", "REFERRAL",
                "consultantId", given.staffId("agent"), "visitedOn", "2026-11-01",
                "referrerCustomerId", referrer.customerId()));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        JsonNode deal = sale.subscribe("agent", visit.json().get("customerId").asLong(), unit);
        sale.contract("agent", deal, "HT-R" + member);

        await().atMost(Duration.ofSeconds(20)).until(() -> balance(referrer) == before + referral);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> entries(member).stream().filter(e -> e.endsWith("REFERRAL")).count() == 1);
    }

    @Test
    void aReferrerMustBeAVisibleCustomerOfTheProjectsCompanyAndOnlyForAReferral() {
        ASale sale = new ASale(api, given);
        long project = sale.project("agent", "翠湖苑");
        long hzCustomer = api.as("hz-agent").get("/api/v1/customers?limit=1").json().get("items").get(0).get("id")
                .asLong();
        long customer = api.as("agent").get("/api/v1/customers?limit=1").json().get("items").get(0).get("id").asLong();
        Map<String, Object> visit = Map.of("projectId", project, "name", "访客 推荐人", "phone", ASale.phone(),
                "source", "REFERRAL", "consultantId", given.staffId("agent"), "visitedOn", "2026-11-01");
        Map<Object, Integer> expected = Map.of(hzCustomer, 422, 999_999_999_999L, 422, -3, 400, "x", 400);
        for (Object referrer : expected.keySet()) {
            Map<String, Object> body = new java.util.HashMap<>(visit);
            body.put("referrerCustomerId", referrer);
            Api.Response refused = api.as("agent").post("/api/v1/sales/prospects", body);
            assertThat(refused.status()).as(referrer + ": " + refused.body()).isEqualTo(expected.get(referrer));
            assertThat(refused.body()).as(String.valueOf(referrer)).contains("referrerCustomerId");
        }
        Map<String, Object> walkIn = new java.util.HashMap<>(visit);
        walkIn.put("source", "WALK_IN");
        walkIn.put("referrerCustomerId", customer);
        Api.Response refused = api.as("agent").header("Accept-Language", "en").post("/api/v1/sales/prospects", walkIn);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("referrerCustomerId");
        assertThat(api.as("agent").get("/api/v1/sales/prospects", Map.of("q", "推荐人")).json().get("items"))
                .as("nothing registered").isEmpty();
    }

    private void events(Object event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    private long gift(String who, int points) {
        var added = api.as(who).post("/api/v1/club/gifts", Map.of("nameZh", "保温杯" + points, "nameEn",
                "Vacuum flask " + points, "points", points));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private int balance(Owner owner) {
        return owner.caller().get("/api/v1/me/club").json().get("member").get("balance").asInt();
    }

    private long companyOf(long member) {
        return jdbc.sql("select company_id from club_member where id = :m").param("m", member).query(Long.class)
                .single();
    }

    private List<String> entries(long member) {
        return jdbc.sql("select kind || ' ' || coalesce(rule, 'null') from club_points_entry where member_id = :m"
                + " order by id").param("m", member).query(String.class).list();
    }

    private static List<Integer> eightAtOnce(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : calls) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
