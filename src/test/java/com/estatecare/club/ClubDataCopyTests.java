package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * The owner's copy of their personal data (PIPL art. 45) holds what the club keeps of them: the membership with its
 * care data and magazine choice, the points ledger and their ratings of partner merchants with the comments — in
 * the JSON, the CSV and the workbook — and an owner who never joined gets an empty club part.
 */
@EstateCareTest
class ClubDataCopyTests {

    @Autowired
    Api api;

    @Test
    void theDataCopyHoldsTheMembershipThePointsTheMagazineChoiceAndTheMerchantRatings() {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        JsonNode member = ClubOwners.join(owner);
        String version = owner.caller().get("/api/v1/me/club/magazine").json().get("consentVersion").asString();
        assertThat(owner.caller().put("/api/v1/me/club/magazine", Map.of("wanted", true, "consentTextVersion",
                version)).status()).isEqualTo(200);
        long merchant = ClubMerchantTests.active(api, "agent", "副本茶室" + System.nanoTime() % 10_000).get("id")
                .asLong();
        assertThat(owner.caller().put("/api/v1/me/club/merchants/" + merchant + "/rating", Map.of("score", 4,
                "comment", "环境安静")).status()).isEqualTo(201);

        var copy = owner.caller().get("/api/v1/me/personal-data");
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        JsonNode club = copy.json().get("club");
        assertThat(club.get("membership").get("number").asString()).isEqualTo(member.get("number").asString());
        assertThat(club.get("membership").get("magazine").asBoolean()).isTrue();
        assertThat(club.get("points").valueStream().map(e -> e.get("rule").asString())).containsExactly("JOIN");
        assertThat(club.get("merchantRatings").get(0).get("score").asInt()).isEqualTo(4);
        assertThat(club.get("merchantRatings").get(0).get("comment").asString()).isEqualTo("环境安静");
        assertThat(copy.json().get("consents").valueStream().map(c -> c.get("purpose").asString()))
                .contains("CLUB", "MAGAZINE");
        String csv = owner.caller().get("/api/v1/me/personal-data?format=csv").body();
        assertThat(csv).contains("club-member,1,number," + member.get("number").asString(), "club-rating,1,",
                "环境安静", "club-points,1,EARN JOIN");
        assertThat(owner.caller().get("/api/v1/me/personal-data?format=xlsx").status()).isEqualTo(200);

        Owner never = ClubOwners.owner(api, "agent", "2020-06-01");
        JsonNode none = never.caller().get("/api/v1/me/personal-data").json().get("club");
        assertThat(none.get("membership").isNull()).isTrue();
        assertThat(none.get("points").size()).isZero();
    }
}
