package com.estatecare.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;
import com.estatecare.support.SignInTraces;

/**
 * The portal's sign-in in front of hostile callers: malformed, huge and
 * nested input is a 400 problem in the caller's language that changes nothing;
 * codes are rate-limited per phone and per address with a 429 that names the
 * wait; a write without the browser's XSRF token is refused.
 */
@EstateCareTest
class PortalSignInDefenceTests {

    @Autowired
    Api api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final SignInTraces traces = SignInTraces.forgetting("portal_code", "login_throttle");

    @Test
    void malformedCodeRequestsAreProblemsNamingTheFieldInChineseAndEnglish() {
        assertInvalid("/api/v1/portal/codes", Map.of(), "phone", "不能为空", "must not be blank");
        assertInvalid("/api/v1/portal/codes", Map.of("phone", "not a phone"), "phone", "不是有效的电话号码",
                "not a valid phone number");
        assertInvalid("/api/v1/portal/codes", Map.of("phone", "021-6888-1234"), "phone", "不是手机号码",
                "not a mobile number");
        assertInvalid("/api/v1/portal/codes", Map.of("phone", "1".repeat(1000)), "phone", "", "");
        assertInvalid("/api/v1/portal/codes", "{\"phone\": [\"13800138000\"]}", "phone", "格式不正确", "malformed");
        assertInvalid("/api/v1/portal/codes", "{\"phone\": \"138001", "phone", "格式不正确", "malformed");
        assertInvalid("/api/v1/portal/codes", "not json", "body", "格式不正确", "malformed");
        assertThat(count()).as("nothing was stored").isZero();
    }

    @Test
    void malformedSignInsAreProblemsNamingTheField() {
        assertInvalid("/api/v1/portal/session", Map.of("phone", "13800138000"), "code", "不能为空", "must not be blank");
        assertInvalid("/api/v1/portal/session", Map.of("phone", "13800138000", "code", "12a456"), "code", "", "");
        assertInvalid("/api/v1/portal/session", Map.of("phone", "13800138000", "code", "1234567"), "code", "", "");
        assertInvalid("/api/v1/portal/session", Map.of("code", "123456"), "phone", "不能为空", "must not be blank");
        assertInvalid("/api/v1/portal/session", Map.of("phone", "13800138000", "code", "123456", "company", -1),
                "company", "", "");
        assertInvalid("/api/v1/portal/session", Map.of("phone", "13800138000", "code", "123456", "company", "x"),
                "company", "格式不正确", "malformed");
        assertThat(jdbc.sql("select count(*) from login_throttle").query(Long.class).single())
                .as("input refused before any attempt counts").isZero();
    }

    @Test
    void jsonBombsAreRefusedAtBoundedCost() {
        String nested = "{\"phone\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThat(post("/api/v1/portal/codes", nested, "en").status()).isIn(400, 413);
        String deep = "[".repeat(900) + "]".repeat(900);
        Api.Response array = post("/api/v1/portal/codes", deep, "en");
        assertThat(array.status()).as(array.body()).isEqualTo(400);
        assertThat(array.header("Content-Type")).startsWith("application/problem+json");

        Api.Response huge = post("/api/v1/portal/codes", "{\"phone\":\"" + "1".repeat(5_000_000) + "\"}", "en");
        assertThat(huge.status()).as(huge.body()).isEqualTo(413);
        assertThat(huge.json().get("type").asString()).isEqualTo("urn:estatecare:problem:payload-too-large");
        assertThat(post("/api/v1/portal/codes", "{\"phone\":\"" + "1".repeat(5_000_000) + "\"}", "zh-CN")
                .json().get("title").asString()).isEqualTo("请求体过大");

        PortalBrowser browser = new PortalBrowser(api, "en");
        Api.Response chunked = browser.send(browser.withCookies(api.anonymous().builder("/api/v1/portal/codes")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream("{\"phone\":\"".getBytes()),
                        new java.io.ByteArrayInputStream("1".repeat(3_000_000).getBytes())))), true));
        assertThat(chunked.status()).as("a body without its length is cut at the bound: " + chunked.body())
                .isEqualTo(400);
        assertThat(count()).isZero();
    }

    @Test
    void secondCodeWithinAMinuteIsRefusedNamingTheWait() {
        PortalBrowser browser = new PortalBrowser(api, "en");
        assertThat(browser.requestCode("19900000002").status()).isEqualTo(202);
        clock.advance(Duration.ofSeconds(20));

        Api.Response refused = browser.requestCode("19900000002");

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("40");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:estatecare:problem:code-resend-too-soon");
        assertThat(refused.json().get("retryAfterSeconds").asLong()).isEqualTo(40);
        assertThat(refused.json().get("detail").asString()).contains("in 40 seconds");
        assertThat(new PortalBrowser(api).requestCode("19900000002").json().get("detail").asString())
                .contains("40 秒后");

        clock.advance(Duration.ofSeconds(40));
        assertThat(browser.requestCode("19900000002").status()).isEqualTo(202);
    }

    @Test
    void sixthCodeWithinAnHourIsRefusedForOwnersAndStrangersAlike() {
        String owner = jdbc.sql("select c.phone from customer c join account a on a.customer_id = c.id "
                + "where a.username = 'owner'").query(String.class).single();
        for (String phone : new String[] { owner, "19900000003" }) {
            PortalBrowser browser = new PortalBrowser(api);
            for (int i = 0; i < 5; i++) {
                assertThat(browser.requestCode(phone).status()).isEqualTo(202);
                clock.advance(Duration.ofMinutes(1));
            }
            Api.Response refused = browser.requestCode(phone);
            assertThat(refused.status()).as(refused.body()).isEqualTo(429);
            assertThat(refused.json().get("type").asString())
                    .isEqualTo("urn:estatecare:problem:too-many-codes-for-phone");
            assertThat(refused.header("Retry-After")).isEqualTo("3300");
            clock.set(traces.started());
            jdbc.sql("delete from portal_code").update();
        }
    }

    @Test
    void clientAddressIsRefusedAfterTwentyCodesAnHour() {
        PortalBrowser browser = new PortalBrowser(api);
        for (int i = 0; i < 20; i++) {
            assertThat(browser.requestCode("1990000%04d".formatted(100 + i)).status()).isEqualTo(202);
        }
        Api.Response refused = browser.requestCode("19900000200");
        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:estatecare:problem:too-many-codes-from-address");
        assertThat(refused.header("Retry-After")).isEqualTo("3600");
        assertThat(refused.json().get("detail").asString()).contains("3600 秒后");
    }

    @Test
    void codeRequestWithoutTheXsrfTokenIsRefused() {
        PortalBrowser browser = new PortalBrowser(api);
        Api.Response forged = browser.post("/api/v1/portal/codes", Map.of("phone", "19900000004"), false);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Content-Type")).startsWith("application/problem+json");
        assertThat(count()).isZero();
    }

    private void assertInvalid(String path, Object body, String field, String zhReason, String enReason) {
        Api.Response zh = post(path, body, "zh-CN");
        Api.Response en = post(path, body, "en");
        for (Api.Response response : new Api.Response[] { zh, en }) {
            assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.body())
                    .isEqualTo(field);
        }
        assertThat(zh.json().get("errors").get(0).get("reason").asString()).contains(zhReason);
        assertThat(en.json().get("errors").get(0).get("reason").asString()).contains(enReason);
        assertThat(zh.json().get("title").asString()).isNotEqualTo(en.json().get("title").asString());
    }

    private Api.Response post(String path, Object body, String language) {
        return new PortalBrowser(api, language).post(path, body);
    }

    private long count() {
        return jdbc.sql("select count(*) from portal_code").query(Long.class).single();
    }
}
