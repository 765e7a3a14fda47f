package com.estatecare.club;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.club.ClubOwners.Owner;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * A member's merchant voucher checked and used up at the shop by club staff on the merchant's behalf (decision 051),
 * over HTTP against PostgreSQL: valid, then used once with the time and who used it (two uses at once: one wins, the
 * other 409), another merchant's, expired; another company's staff and the owner cannot; hostile codes are refused
 * naming {@code code} and change nothing.
 */
@EstateCareTest
class ClubVoucherShopTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void aVoucherIsCheckedAndUsedOnceAtItsOwnMerchantAndTwoUsesAtOnceGiveOneWinner() throws Exception {
        long merchant = ClubMerchantTests.active(api, "agent", "面包房" + tag()).get("id").asLong();
        long other = ClubMerchantTests.active(api, "agent", "花店" + tag()).get("id").asLong();
        String code = voucher(merchant);

        JsonNode valid = check("agent", merchant, code.toLowerCase());
        assertThat(valid.get("status").asString()).isEqualTo("VALID");
        assertThat(valid.get("memberNumber").asString()).startsWith("HY-");
        assertThat(valid.toString()).doesNotContain("139").doesNotContain("customerId");
        assertThat(check("agent", other, code).get("status").asString()).isEqualTo("OTHER_MERCHANT");
        Api.Response elsewhere = api.as("agent").post(uses(other), Map.of("code", code));
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(409);
        assertThat(elsewhere.json().get("type").asString()).endsWith("club-voucher-other-merchant");

        List<Api.Response> both = atOnce(() -> api.as("agent").post(uses(merchant), Map.of("code", code)),
                () -> api.as("manager").post(uses(merchant), Map.of("code", code)));
        assertThat(both.stream().map(Api.Response::status)).containsExactlyInAnyOrder(200, 409);
        Api.Response loser = both.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
        assertThat(loser.json().get("type").asString()).endsWith("club-voucher-used");
        assertThat(loser.json().get("usedBy").asString()).isNotBlank();
        assertThat(loser.json().get("usedAt").asString()).isNotBlank();
        JsonNode used = check("agent", merchant, code);
        assertThat(used.get("status").asString()).isEqualTo("USED");
        assertThat(Instant.parse(used.get("usedAt").asString())).isEqualTo(Instant.now(clock));
        assertThat(used.get("usedBy").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from club_voucher where code = :c and used_at is not null")
                .param("c", code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredVoucherIsToldAndCannotBeUsed() {
        long merchant = ClubMerchantTests.active(api, "agent", "洗衣店" + tag()).get("id").asLong();
        String code = voucher(merchant);
        clock.set(Instant.parse("2027-01-01T02:00:00Z")); // the offer ran to 2026-12-31
        assertThat(check("agent", merchant, code).get("status").asString()).isEqualTo("EXPIRED");
        Api.Response expired = api.as("agent").english().post(uses(merchant), Map.of("code", code));
        assertThat(expired.status()).as(expired.body()).isEqualTo(409);
        assertThat(expired.json().get("type").asString()).endsWith("club-voucher-expired");
        assertThat(expired.body()).doesNotContainPattern("\\p{IsHan}");
        assertThat(jdbc.sql("select count(*) from club_voucher where code = :c and used_at is null").param("c", code)
                .query(Long.class).single()).as("not used").isEqualTo(1);
    }

    @Test
    void anotherCompanyAndTheOwnerCannotCheckOrUseAVoucherAndHostileCodesChangeNothing() {
        long merchant = ClubMerchantTests.active(api, "agent", "茶社" + tag()).get("id").asLong();
        long hangzhou = ClubMerchantTests.active(api, "hz-agent", "茶社" + tag()).get("id").asLong();
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        String code = voucher(merchant, owner);

        assertThat(api.as("hz-agent").post(checks(merchant), Map.of("code", code)).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post(uses(merchant), Map.of("code", code)).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post(checks(hangzhou), Map.of("code", code)).status())
                .as("a code of another company is unknown there").isEqualTo(404);
        assertThat(owner.caller().post(uses(merchant), Map.of("code", code)).status()).isEqualTo(403);
        assertThat(owner.caller().post(checks(merchant), Map.of("code", code)).status()).isEqualTo(403);
        assertThat(api.as("engineer").post(uses(merchant), Map.of("code", code)).status()).isEqualTo(403);

        for (String hostile : List.of("QV-" + "A".repeat(200_000), "QV-AB'--", "%00", "")) {
            Api.Response refused = api.as("agent").post(uses(merchant), Map.of("code", hostile));
            assertThat(refused.status()).as(refused.body()).isIn(400, 413);
            if (refused.status() == 400) {
                assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
            }
        }
        Api.Response english = api.as("agent").english().post(checks(merchant), Map.of("code", "not a code"));
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("QV-").doesNotContainPattern("\\p{IsHan}");
        assertThat(api.as("agent").post(checks(merchant), Map.of()).status()).isEqualTo(400);
        assertThat(api.as("agent").post(checks(merchant), Map.of("code", "QV-ZZZZZZZZ")).status()).isEqualTo(404);
        assertThat(api.as("agent").post("/api/v1/club/merchants/-1/voucher-uses", Map.of("code", code)).status())
                .isEqualTo(404);
        assertThat(check("agent", merchant, code).get("status").asString()).as("nothing changed").isEqualTo("VALID");
    }

    private String voucher(long merchant) {
        Owner owner = ClubOwners.owner(api, "agent", "2020-06-01");
        ClubOwners.join(owner);
        return voucher(merchant, owner);
    }

    /** The owner redeems 10 points for a voucher of a new offer of the merchant, valid through 2026. */
    private String voucher(long merchant, Owner owner) {
        var offer = api.as("agent").post("/api/v1/club/merchants/" + merchant + "/offers", Map.of("title", "面包券",
                "terms", "凭券领取面包一份", "discountPercent", 100, "validFrom", "2026-11-01", "validTo", "2026-12-31",
                "points", 10));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        var voucher = owner.caller().header("Idempotency-Key", "shop-" + tag())
                .post("/api/v1/me/club/merchants/offers/" + offer.json().get("id").asLong() + "/vouchers", Map.of());
        assertThat(voucher.status()).as(voucher.body()).isEqualTo(201);
        return voucher.json().get("code").asString();
    }

    private JsonNode check(String who, long merchant, String code) {
        Api.Response answer = api.as(who).post(checks(merchant), Map.of("code", code));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static String checks(long merchant) {
        return "/api/v1/club/merchants/" + merchant + "/voucher-checks";
    }

    private static String uses(long merchant) {
        return "/api/v1/club/merchants/" + merchant + "/voucher-uses";
    }

    @SafeVarargs
    private static List<Api.Response> atOnce(java.util.concurrent.Callable<Api.Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Response> results = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
