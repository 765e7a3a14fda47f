package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The club's members over HTTP against PostgreSQL: an owner joins from the portal with the club's consent text and
 * gets a member number of their company, a card and a level from the policy, and the joining points; staff join a
 * customer on their behalf; the consent is recorded and audited; leaving withdraws it and keeps number and points;
 * another owner and another company see nothing of it; hostile input changes nothing.
 */
@EstateCareTest
class ClubMembershipTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOwnerJoinsFromThePortalWithConsentAndGetsANumberALevelAndTheJoiningPoints() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        JsonNode page = owner.caller().get("/api/v1/me/club").json();
        assertThat(page.get("member").isNull()).isTrue();
        assertThat(page.get("consent").get("text").asString()).contains("客户会");
        int joining = api.as("admin").get("/api/v1/policies/club-points").json().get("policy").get("joining").asInt();

        JsonNode member = ClubOwners.join(owner);

        assertThat(member.get("number").asString()).matches("HY-\\d{6}");
        assertThat(member.get("level").get("code").asString()).as("one unit, six years: 银卡 by default")
                .isEqualTo("SILVER");
        assertThat(member.get("yearsOwned").asInt()).isEqualTo(6);
        assertThat(member.get("balance").asInt()).isEqualTo(joining);
        var again = owner.caller().post("/api/v1/me/club/membership",
                Map.of("consentTextVersion", page.get("consent").get("version").asString()));
        assertThat(again.status()).as("a member already").isEqualTo(200);
        assertThat(again.json().get("number").asString()).isEqualTo(member.get("number").asString());
        assertThat(owner.caller().get("/api/v1/me/club/ledger").json().get("items").valueStream()
                .map(e -> e.get("rule").asString() + " " + e.get("points").asInt()))
                .containsExactly("JOIN " + joining);
        JsonNode club = owner.caller().get("/api/v1/customers/" + owner.customerId() + "/consents").json().get("current")
                .valueStream().filter(c -> c.get("purpose").asString().equals("CLUB")).findFirst().orElseThrow();
        assertThat(club.get("granted").asBoolean()).isTrue();
        assertThat(club.get("channel").asString()).isEqualTo("PORTAL");
        assertThat(club.get("textVersion").asString()).isEqualTo(page.get("consent").get("version").asString());
        assertThat(audit(owner.customerId(), "CLUB_MEMBERSHIP")).containsExactly("JOINED");
        assertThat(audit(member.get("id").asLong(), "CLUB_POINTS")).containsExactly("EARN");
    }

    @Test
    void staffJoinACustomerOnTheirBehalfAndNumbersAreTheirCompanysOwn() {
        Owner shanghai = ClubOwners.owner(api, "agent", "2025-01-10");
        Owner hangzhou = ClubOwners.owner(api, "hz-agent", "2025-01-10");
        Map<String, Object> body = Map.of("customerId", shanghai.customerId(), "consentChannel", "PAPER",
                "consentTextVersion", version(shanghai), "birthday", "1980-03-15");

        var joined = api.as("agent").post("/api/v1/club/members", body);
        var theirs = api.as("hz-agent").post("/api/v1/club/members", Map.of("customerId", hangzhou.customerId(),
                "consentChannel", "ON_SITE", "consentTextVersion", version(hangzhou)));

        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(joined.json().get("level").get("code").asString()).isEqualTo("STANDARD");
        assertThat(joined.json().get("birthday").asString()).isEqualTo("1980-03-15");
        assertThat(shanghai.caller().get("/api/v1/me/club").json().get("member").get("number").asString())
                .isEqualTo(joined.json().get("number").asString());
        assertThat(jdbc.sql("select count(*) from club_member where company_id = (select company_id from club_member"
                + " where id = :id) and number = :n").param("id", joined.json().get("id").asLong())
                .param("n", joined.json().get("number").asString()).query(Long.class).single()).isEqualTo(1);
        JsonNode consent = api.as("agent").get("/api/v1/customers/" + shanghai.customerId() + "/consents").json()
                .get("current").valueStream().filter(c -> c.get("purpose").asString().equals("CLUB")).findFirst()
                .orElseThrow();
        assertThat(consent.get("channel").asString()).isEqualTo("PAPER");
        assertThat(api.as("agent").get("/api/v1/club/members", Map.of("q", joined.json().get("number").asString()))
                .json().get("items").valueStream().map(m -> m.get("id").asLong()))
                .containsExactly(joined.json().get("id").asLong());
        assertThat(api.as("engineer").post("/api/v1/club/members", body).status()).as("engineers do not").isEqualTo(403);
    }

    @Test
    void leavingWithdrawsTheConsentAndKeepsNumberAndPointsForAReturn() {
        Owner owner = ClubOwners.owner(api, "agent", "2022-05-01");
        JsonNode member = ClubOwners.join(owner);

        var left = owner.caller().delete("/api/v1/me/club/membership");
        assertThat(left.status()).as(left.body()).isEqualTo(200);
        assertThat(left.json().get("status").asString()).isEqualTo("LEFT");
        assertThat(owner.caller().get("/api/v1/customers/" + owner.customerId() + "/consents").json().get("current")
                .valueStream().filter(c -> c.get("purpose").asString().equals("CLUB")).findFirst().orElseThrow()
                .get("granted").asBoolean()).isFalse();
        var back = owner.caller().post("/api/v1/me/club/membership", Map.of("consentTextVersion", version(owner)));

        assertThat(back.status()).as(back.body()).isEqualTo(201);
        assertThat(back.json().get("number").asString()).isEqualTo(member.get("number").asString());
        assertThat(back.json().get("balance").asInt()).as("joining again earns nothing more")
                .isEqualTo(member.get("balance").asInt());
        assertThat(audit(owner.customerId(), "CLUB_MEMBERSHIP")).containsExactly("JOINED", "LEFT", "JOINED");
    }

    @Test
    void anotherOwnerAndAnotherCompanySeeNothingOfAMembership() {
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        Owner other = ClubOwners.owner(api, "agent", "2021-01-01");
        long member = ClubOwners.join(owner).get("id").asLong();

        assertThat(api.as("hz-agent").get("/api/v1/club/members/" + member).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/members/" + member + "/ledger").status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post("/api/v1/club/members/" + member + "/points",
                Map.of("rule", "REFERRAL", "reference", "HT-1")).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").header("Idempotency-Key", "k1")
                .post("/api/v1/club/members/" + member + "/redemptions", Map.of("giftId", 1)).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").get("/api/v1/club/members?limit=200").json().get("items").valueStream()
                .map(m -> m.get("id").asLong())).doesNotContain(member);
        assertThat(other.caller().get("/api/v1/club/members/" + member).status()).as("staff only").isEqualTo(403);
        assertThat(other.caller().get("/api/v1/me/club").json().get("member").isNull()).isTrue();
        assertThat(other.caller().get("/api/v1/me/club/ledger").status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post("/api/v1/club/members", Map.of("customerId", owner.customerId(),
                "consentChannel", "PAPER", "consentTextVersion", version(owner))).status()).isEqualTo(404);
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldInTheCallersLanguageAndChangesNothing() {
        Owner owner = ClubOwners.owner(api, "agent", "2021-01-01");
        var wrongText = owner.caller().post("/api/v1/me/club/membership",
                Map.of("consentTextVersion", "x".repeat(100_000), "birthday", "1800-01-01"));
        assertThat(wrongText.status()).as(wrongText.body()).isEqualTo(400);
        assertThat(wrongText.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("consentTextVersion", "birthday");
        assertThat(wrongText.json().get("title").asString()).isEqualTo("输入有误");
        var english = owner.caller().english().post("/api/v1/me/club/membership", Map.of("birthday", "not a day"));
        assertThat(english.status()).as(english.body()).isEqualTo(400);
        assertThat(english.body()).doesNotContainPattern("\\p{IsHan}");
        assertThat(owner.caller().get("/api/v1/me/club").json().get("member").isNull()).isTrue();

        ClubOwners.join(owner);
        var noKey = owner.caller().post("/api/v1/me/club/redemptions", Map.of("giftId", -5));
        assertThat(noKey.status()).as(noKey.body()).isEqualTo(400);
        assertThat(noKey.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("giftId", "Idempotency-Key");
        assertThat(api.as("agent").get("/api/v1/club/members", Map.of("q", "长".repeat(5000))).status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/members", Map.of("limit", 99_999_999)).status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/club/members", Map.of("cursor", "%%%")).status()).isEqualTo(400);
        assertThat(owner.caller().put("/api/v1/me/club/data", Map.of("birthday", "2999-01-01", "greetings", true))
                .status()).isEqualTo(400);
        assertThat(owner.caller().get("/api/v1/me/club/ledger").json().get("items").size()).isEqualTo(1);
    }

    private String version(Owner owner) {
        return owner.caller().get("/api/v1/me/club").json().get("consent").get("version").asString();
    }

    private java.util.List<String> audit(long recordId, String action) {
        return jdbc.sql("select reason from audit_entry where action = :a and record_id = :r order by id")
                .param("a", action).param("r", recordId).query(String.class).list();
    }
}
