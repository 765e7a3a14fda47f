package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.platform.IdentityDocument;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.MutableClock;

import tools.jackson.databind.JsonNode;

/**
 * Identity numbers (证件号码, sensitive personal information, PIPL art. 28) over HTTP against PostgreSQL: validated,
 * stored sealed, masked in every answer, found by exact match within the caller's scope, shown in full only by the
 * audited reveal to a manager or HQ, and never written to the log or the audit log in full.
 */
@EstateCareTest
@ExtendWith(OutputCaptureExtension.class)
class IdentityNumberTests {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void anIdNumberIsStoredSealedShownMaskedAndFoundByExactMatchOnlyInTheCallersCompany() {
        String number = randomIdNumber();
        var created = api.as("agent").post("/api/v1/customers", Map.of("name", "证件先生", "kind", "NEW_OWNER",
                "idNumber", number.substring(0, 6) + " " + number.substring(6, 14) + " " + number.substring(14).toLowerCase()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String masked = number.substring(0, 4) + "**********" + number.substring(14);

        assertThat(created.json().get("idType").asString()).isEqualTo("ID_CARD");
        assertThat(created.json().get("idNumber").asString()).isEqualTo(masked);
        var read = api.as("agent").get("/api/v1/customers/" + id);
        assertThat(read.json().get("idNumber").asString()).isEqualTo(masked);
        assertThat(api.as("agent").get("/api/v1/customers", Map.of("q", "证件先生")).body()).doesNotContain(number);
        Map<String, Object> row = jdbc.sql("select id_key, id_sealed, id_index, id_masked from customer where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("id_key")).isEqualTo("demo1");
        assertThat(new String((byte[]) row.get("id_sealed"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(number.substring(6, 14));
        assertThat(row.get("id_index").toString()).doesNotContain(number);

        var found = api.as("manager").post("/api/v1/customers/identity-search", Map.of("idNumber", number));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().valueStream().map(c -> c.get("id").asLong()).toList()).containsExactly(id);
        assertThat(found.body()).doesNotContain(number);
        var otherCompany = api.as("hz-manager").post("/api/v1/customers/identity-search", Map.of("idNumber", number));
        assertThat(otherCompany.status()).isEqualTo(200);
        assertThat(otherCompany.json().size()).isZero();
        assertThat(api.as("owner").post("/api/v1/customers/identity-search", Map.of("idNumber", number)).status())
                .isEqualTo(403);
        assertThat(api.as("hz-manager").get("/api/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void onlyAManagerOrHeadquartersIsShownTheFullNumberAndEveryRevealIsAudited() {
        String number = randomIdNumber();
        long id = customer("证件揭示", number);

        var shown = reveal(api.as("manager"), id, Map.of("field", "ID_NUMBER", "reason", "LEGAL"));
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().get("field").asString()).isEqualTo("idNumber");
        assertThat(shown.json().get("value").asString()).isEqualTo(number);
        assertThat(shown.header("Cache-Control")).contains("no-store");
        assertThat(reveal(api.as("hq"), id, Map.of("field", "idNumber", "reason", "LEGAL")).status()).isEqualTo(200);

        for (String refused : List.of("agent", "engineer", "handler", "admin", "auditor")) {
            var no = reveal(api.as(refused), id, Map.of("field", "idNumber", "reason", "LEGAL"));
            assertThat(no.status()).as(refused + ": " + no.body()).isEqualTo(403);
            assertThat(no.body()).doesNotContain(number);
        }
        assertThat(reveal(api.as("hz-manager"), id, Map.of("field", "idNumber", "reason", "LEGAL")).status())
                .isEqualTo(404);
        long none = customer("无证件", null);
        var nothing = reveal(api.as("manager"), none, Map.of("field", "idNumber", "reason", "LEGAL"));
        assertThat(nothing.status()).as(nothing.body()).isEqualTo(404);

        List<JsonNode> entries = entries(id);
        assertThat(entries).extracting(e -> e.get("actorUsername").asString() + " " + e.get("outcome").asString())
                .contains("manager DONE", "hq DONE", "agent REFUSED", "engineer REFUSED", "hz-manager REFUSED");
        assertThat(entries).allSatisfy(e -> assertThat(e.at("/detail/field").asString()).isEqualTo("idNumber"));
        assertThat(entries.toString()).doesNotContain(number);
    }

    @Test
    void aChangedIdNumberIsAuditedMaskedAndAnEmptyOneRemovesIt() {
        String first = randomIdNumber();
        String passport = "E" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        long id = customer("换证先生", first);
        long version = api.as("agent").get("/api/v1/customers/" + id).json().get("version").asLong();

        var changed = api.as("agent").patch("/api/v1/customers/" + id, Map.of("idType", "PASSPORT",
                "idNumber", passport, "version", version));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("idType").asString()).isEqualTo("PASSPORT");
        assertThat(changed.json().get("idNumber").asString()).isEqualTo(IdentityDocument.mask(
                IdentityDocument.Type.PASSPORT, passport));
        String audit = jdbc.sql("""
                select detail::text from audit_entry
                where record_type = 'CUSTOMER' and record_id = :id and action = 'CUSTOMER_CHANGED'
                order by id desc
                limit 1""").param("id", id).query(String.class).single();
        assertThat(audit).contains("PASSPORT", first.substring(0, 4) + "**********").doesNotContain(first, passport);

        var removed = api.as("agent").patch("/api/v1/customers/" + id, Map.of("idNumber", "",
                "version", changed.json().get("version").asLong()));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("idNumber").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from customer where id = :id and id_sealed is null and id_index is null")
                .param("id", id).query(Long.class).single()).isOne();
    }

    @Test
    void aWrongCheckDigitOrAnUnknownTypeIsRefusedNamingTheFieldAndChangesNothing() {
        String number = randomIdNumber();
        long id = customer("校验先生", number);
        long version = api.as("agent").get("/api/v1/customers/" + id).json().get("version").asLong();
        char wrong = number.charAt(17) == '0' ? '1' : '0';
        Map<String, Map<String, Object>> bodies = Map.of(
                "idNumber", Map.of("idNumber", number.substring(0, 17) + wrong, "version", version),
                "idType", Map.of("idType", "DRIVING_LICENCE", "idNumber", "E12345678", "version", version));
        bodies.forEach((field, body) -> {
            var zh = api.as("agent").patch("/api/v1/customers/" + id, body);
            assertThat(zh.status()).as(zh.body()).isEqualTo(400);
            assertThat(zh.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
            assertThat(zh.json().get("errors").toString()).containsPattern("[\\u4e00-\\u9fff]");
            var en = api.as("agent").english().patch("/api/v1/customers/" + id, body);
            assertThat(en.json().get("errors").toString()).doesNotContainPattern("[\\u4e00-\\u9fff]");
        });
        var checkDigit = api.as("agent").english().post("/api/v1/customers", Map.of("name", "x", "kind", "PROSPECT",
                "idNumber", number.substring(0, 17) + wrong));
        assertThat(checkDigit.json().get("errors").get(0).get("reason").asString()).contains("check digit");
        assertThat(api.as("agent").patch("/api/v1/customers/" + id, Map.of("idNumber", "9".repeat(100_000),
                "version", version)).status()).isEqualTo(400);
        assertThat(api.as("agent").post("/api/v1/customers/identity-search", Map.of("idNumber", "123")).status())
                .isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/customers/" + id).json().get("version").asLong()).isEqualTo(version);
    }

    @Test
    void noFullIdNumberReachesTheLog(CapturedOutput output) {
        String number = randomIdNumber();
        long id = customer("日志证件", number);
        reveal(api.as("manager"), id, Map.of("field", "idNumber", "reason", "LEGAL"));
        reveal(api.as("agent"), id, Map.of("field", "idNumber", "reason", "LEGAL"));
        api.as("manager").post("/api/v1/customers/identity-search", Map.of("idNumber", number));
        api.basic(number, "wrong").get("/api/v1/me");

        assertThat(output.getAll()).doesNotContain(number);
        assertThat(jdbc.sql("select count(*) from audit_entry where detail::text like :n or actor_username like :n")
                .param("n", "%" + number + "%").query(Long.class).single()).isZero();
    }

    /** A valid ID card number, random enough that no other test has it. */
    static String randomIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
        String first17 = "310101" + born.toString().replace("-", "") + (100 + random.nextInt(900));
        return first17 + IdentityDocument.checkDigit(first17);
    }

    private long customer(String name, String number) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "NEW_OWNER"));
        if (number != null) {
            body.put("idNumber", number);
        }
        var created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Api.Response reveal(Api.Caller caller, long id, Object body) {
        return caller.post("/api/v1/customers/" + id + "/reveal", body);
    }

    private List<JsonNode> entries(long customerId) {
        String today = LocalDate.ofInstant(clock.instant(), ReportPeriod.ZONE).toString();
        var page = api.as("admin").get("/api/v1/audit-log", Map.of("from", today, "to", today, "recordType", "CUSTOMER",
                "recordId", customerId, "action", "REVEAL"));
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items").valueStream().toList();
    }
}
