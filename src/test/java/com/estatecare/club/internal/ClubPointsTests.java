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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.club.ActivityAttended;
import com.estatecare.club.ClubOwners;
import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.club.ReferralSigned;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
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

    @AfterEach
    void clockBack() {
        clock.set(TestClockConfiguration.START);
    }

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
        events(new ReferralSigned(companyOf(member), owner.customerId(), "HT-" + member,
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
