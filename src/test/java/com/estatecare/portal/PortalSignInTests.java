package com.estatecare.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.CustomerPhones;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * An owner signs in to the portal with their phone number and a one-time code
 * read from the development outbox, over HTTP against the running application
 * (issue 9, item 8).
 */
@EstateCareTest
@ExtendWith(OutputCaptureExtension.class)
class PortalSignInTests {

    @Autowired
    Api api;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    private Instant started;
    private long outboxBefore;

    @BeforeEach
    void rememberTheClockAndTheOutbox() {
        started = clock.instant();
        outboxBefore = 0;
        outboxBefore = outbox(null).stream().mapToLong(m -> m.get("id").asLong()).max().orElse(0);
    }

    /** Other test classes share this application and its address. */
    @AfterEach
    void forgetCodesAndFailures() {
        jdbc.sql("delete from portal_code").update();
        jdbc.sql("delete from login_throttle").update();
        clock.set(started);
    }

    @Test
    void ownerSignsInWithACodeAndSeesOnlyTheirOwnRequests(CapturedOutput output) {
        String phone = phoneOf("owner");
        PortalBrowser browser = new PortalBrowser(api);

        Api.Response requested = browser.requestCode(phone);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        assertThat(requested.json().get("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(requested.json().get("expiresInSeconds").asLong()).isEqualTo(300);
        assertThat(requested.json().get("resendAfterSeconds").asLong()).isEqualTo(60);
        String code = codeSentTo(phone);

        Api.Response signedIn = browser.signIn(phone, code);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(204);
        assertThat(browser.session()).isNotNull();

        JsonNode me = browser.get("/api/v1/me").json();
        assertThat(me.get("username").asString()).isEqualTo("owner");
        assertThat(me.get("roles")).hasSize(1);
        assertThat(me.get("roles").get(0).asString()).isEqualTo("OWNER");
        long customer = me.get("customerId").asLong();
        List<Long> mine = ids(browser.get("/api/v1/requests?limit=200"));
        assertThat(mine).isNotEmpty().isEqualTo(ids(api.as("owner").get("/api/v1/requests?limit=200")));
        assertThat(mine).allMatch(id -> customerOf(id) == customer);
        long theirs = jdbc.sql("select id from request where customer_id <> :c order by id limit 1")
                .param("c", customer).query(Long.class).single();
        assertThat(browser.get("/api/v1/requests/" + theirs).status()).isEqualTo(404);
        assertThat(browser.get("/api/v1/requests/" + mine.get(0)).status()).isEqualTo(200);

        Api.Response write = browser.post("/api/v1/me/tokens", Map.of("name", "portal"));
        assertThat(write.status()).as("the session writes with the XSRF token: " + write.body()).isEqualTo(201);
        assertThat(browser.post("/api/v1/me/tokens", Map.of("name", "forged"), false).status())
                .as("and not without it").isEqualTo(403);
        assertThat(new PortalBrowser(api).signIn(phone, code).status()).as("a code signs in once").isEqualTo(401);

        assertThat(output.getOut()).contains("Signed in: user 'owner' from 127.0.0.1 by one-time code")
                .doesNotContain(phone).doesNotContain(code);
    }

    @Test
    void signInRenewsTheSessionIdAndTheXsrfToken() {
        String phone = phoneOf("owner");
        PortalBrowser browser = new PortalBrowser(api);
        browser.get("/api/v1/me");
        String session = browser.session();
        String xsrf = browser.xsrf();
        browser.requestCode(phone);

        assertThat(browser.signIn(phone, codeSentTo(phone)).status()).isEqualTo(204);
        browser.get("/api/v1/me");

        assertThat(browser.session()).isNotNull().isNotEqualTo(session);
        assertThat(browser.xsrf()).isNotNull().isNotEqualTo(xsrf);
    }

    @Test
    void ownerWhoseAccountIsDisabledDoesNotSignIn() {
        String phone = phoneOf("owner");
        jdbc.sql("update account set enabled = false where username = 'owner'").update();
        try {
            PortalBrowser browser = new PortalBrowser(api);
            browser.requestCode(phone);
            Api.Response refused = browser.signIn(phone, codeSentTo(phone));
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(jdbc.sql("select count(*) from account where customer_id = (select customer_id from account "
                    + "where username = 'owner')").query(Long.class).single()).as("no second account").isEqualTo(1);
        } finally {
            jdbc.sql("update account set enabled = true where username = 'owner'").update();
        }
    }

    @Test
    void unknownPhoneGetsTheSameAnswerAndNoMessage() {
        String owner = phoneOf("owner");
        Api.Response known = new PortalBrowser(api).requestCode(owner);
        Api.Response unknown = new PortalBrowser(api).requestCode("19900000001");

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(List.copyOf(unknown.json().propertyNames())).isEqualTo(List.copyOf(known.json().propertyNames()));
        assertThat(unknown.json().get("expiresInSeconds")).isEqualTo(known.json().get("expiresInSeconds"));
        assertThat(unknown.json().get("phone").asString()).isEqualTo("199****0001");
        assertThat(outbox("19900000001")).isEmpty();
        assertThat(outbox(owner)).isNotEmpty();
        Api.Response guess = new PortalBrowser(api).signIn("19900000001", "123456");
        assertThat(guess.status()).isEqualTo(401);
        assertThat(guess.json().get("type").asString()).isEqualTo("urn:estatecare:problem:code-invalid");
    }

    @Test
    void customerWithoutAnAccountGetsAnOwnerAccountAtTheFirstSignIn() {
        Map<String, Object> customer = jdbc.sql("""
                select c.id, c.phone from customer c
                where c.phone like '1%' and length(c.phone) = 11
                  and exists (select 1 from ownership o where o.customer_id = c.id)
                  and not exists (select 1 from account a where a.customer_id = c.id)
                  and (select count(*) from customer d where d.phone = c.phone) = 1
                order by c.id limit 1""").query().singleRow();
        String phone = (String) customer.get("phone");
        long id = ((Number) customer.get("id")).longValue();

        JsonNode first = signedInAs(phone);
        assertThat(first.get("username").asString()).isEqualTo("owner-" + id);
        assertThat(first.get("customerId").asLong()).isEqualTo(id);
        assertThat(first.get("roles").toString()).isEqualTo("[\"OWNER\"]");

        clock.advance(Duration.ofMinutes(1));
        JsonNode again = signedInAs(phone);
        assertThat(again.get("accountId").asLong()).isEqualTo(first.get("accountId").asLong());
        assertThat(jdbc.sql("select count(*) from account where customer_id = :c").param("c", id).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void phoneOfAnOwnerInTwoCompaniesChoosesTheCompanyWithTheSameCode() {
        String shared = "19912340001";
        Map<String, String> before = Map.of("owner", phoneOf("owner"), "hz-owner", phoneOf("hz-owner"));
        try {
            before.keySet().forEach(user -> setPhoneOf(user, shared));
            long hangzhou = api.as("hz-owner").get("/api/v1/me").json().get("companyId").asLong();
            long shanghai = api.as("owner").get("/api/v1/me").json().get("companyId").asLong();
            PortalBrowser browser = new PortalBrowser(api);
            browser.requestCode(shared);
            String code = codeSentTo(shared);

            Api.Response choose = browser.signIn(shared, code);
            assertThat(choose.status()).as(choose.body()).isEqualTo(409);
            assertThat(choose.json().get("type").asString()).isEqualTo("urn:estatecare:problem:choose-company");
            assertThat(choose.json().get("companies").findValues("id")).extracting(JsonNode::asLong)
                    .containsExactly(shanghai, hangzhou);
            assertThat(choose.json().get("companies").findValues("name")).allMatch(n -> !n.asString().isBlank());
            assertThat(browser.signIn(shared, code, 999_999).status()).as("not one of the phone's companies")
                    .isEqualTo(422);

            assertThat(browser.signIn(shared, code, hangzhou).status()).isEqualTo(204);
            JsonNode me = browser.get("/api/v1/me").json();
            assertThat(me.get("username").asString()).isEqualTo("hz-owner");
            assertThat(me.get("companyId").asLong()).isEqualTo(hangzhou);
            assertThat(ids(browser.get("/api/v1/requests?limit=200")))
                    .isEqualTo(ids(api.as("hz-owner").get("/api/v1/requests?limit=200")))
                    .allMatch(id -> companyOf(id) == hangzhou);
            assertThat(browser.signIn(shared, code, shanghai).status()).as("the code signed in once").isEqualTo(401);
        } finally {
            before.forEach(this::setPhoneOf);
        }
    }

    @Test
    void fifthWrongCodeVoidsItAndTheThrottleLocksThePhone(CapturedOutput output) {
        String phone = phoneOf("owner");
        PortalBrowser browser = new PortalBrowser(api);
        browser.requestCode(phone);
        String code = codeSentTo(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";

        for (int i = 0; i < 5; i++) {
            Api.Response refused = browser.signIn(phone, wrong);
            assertThat(refused.status()).as(refused.body()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        Api.Response locked = browser.signIn(phone, code);
        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
        assertThat(locked.json().get("type").asString()).isEqualTo("urn:estatecare:problem:too-many-sign-in-failures");
        assertThat(locked.header("Retry-After")).isEqualTo("900");
        assertThat(jdbc.sql("select voided_at is not null from portal_code order by id desc limit 1")
                .query(Boolean.class).single()).as("the fifth wrong guess voided the code").isTrue();
        assertThat(output.getOut()).contains("Failed sign-in: " + phone.substring(0, 3) + "****")
                .doesNotContain(phone);

        clock.advance(Duration.ofMinutes(15));
        assertThat(browser.signIn(phone, code).status()).as("the voided code stays void").isEqualTo(401);
    }

    @Test
    void expiredCodeDoesNotSignIn() {
        String phone = phoneOf("owner");
        PortalBrowser browser = new PortalBrowser(api);
        browser.requestCode(phone);
        String code = codeSentTo(phone);

        clock.advance(Duration.ofMinutes(5));

        assertThat(browser.signIn(phone, code).status()).isEqualTo(401);
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void newCodeReplacesTheEarlierOne() {
        String phone = phoneOf("owner");
        PortalBrowser browser = new PortalBrowser(api);
        browser.requestCode(phone);
        String first = codeSentTo(phone);
        clock.advance(Duration.ofSeconds(60));
        browser.requestCode(phone);
        String second = codeSentTo(phone);

        if (!first.equals(second)) {
            assertThat(browser.signIn(phone, first).status()).isEqualTo(401);
        }
        assertThat(browser.signIn(phone, second).status()).isEqualTo(204);
    }

    @Test
    void developmentOutboxIsForStaffOnly() {
        assertThat(api.anonymous().get("/api/v1/dev/outbox").status()).isEqualTo(401);
        Api.Response owner = api.as("owner").get("/api/v1/dev/outbox");
        assertThat(owner.status()).isEqualTo(403);
        assertThat(owner.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.as("hz-agent").get("/api/v1/dev/outbox").status()).isEqualTo(200);
        Api.Response malformed = api.as("agent").english().get("/api/v1/dev/outbox?phone=abc");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("phone");
    }

    @Test
    void storedCodeIsAHashAndThePhoneAKey() {
        String phone = phoneOf("owner");
        new PortalBrowser(api).requestCode(phone);
        String code = codeSentTo(phone);

        Map<String, Object> row = jdbc.sql("select phone_key, code_hash from portal_code").query().singleRow();
        assertThat(row.values().toString()).doesNotContain(code).doesNotContain(phone);
    }

    private JsonNode signedInAs(String phone) {
        PortalBrowser browser = new PortalBrowser(api);
        Api.Response requested = browser.requestCode(phone);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        Api.Response signedIn = browser.signIn(phone, codeSentTo(phone));
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(204);
        return browser.get("/api/v1/me").json();
    }

    private String codeSentTo(String phone) {
        List<JsonNode> messages = outbox(phone);
        assertThat(messages).as("a message to " + phone).isNotEmpty();
        return PortalBrowser.codeIn(messages.get(0).get("text").asString());
    }

    private List<JsonNode> outbox(String phone) {
        Api.Response outbox = phone == null ? api.as("agent").get("/api/v1/dev/outbox")
                : api.as("agent").get("/api/v1/dev/outbox", Map.of("phone", phone));
        assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
        List<JsonNode> messages = new ArrayList<>();
        outbox.json().forEach(messages::add);
        return messages.stream().filter(m -> m.get("id").asLong() > outboxBefore).toList();
    }

    private String phoneOf(String username) {
        return CustomerPhones.phoneOf(jdbc, username);
    }

    private void setPhoneOf(String username, String phone) {
        CustomerPhones.setPhoneOf(jdbc, username, phone);
    }

    private long customerOf(long requestId) {
        return jdbc.sql("select customer_id from request where id = :id").param("id", requestId).query(Long.class)
                .single();
    }

    private long companyOf(long requestId) {
        return jdbc.sql("select company_id from request where id = :id").param("id", requestId).query(Long.class)
                .single();
    }

    private static List<Long> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
