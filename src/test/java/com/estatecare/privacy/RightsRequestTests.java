package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.registry.CustomerRecords;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.TestClockConfiguration;

import tools.jackson.databind.JsonNode;

/**
 * The owner's rights requests (PIPL art. 44–47) over HTTP against PostgreSQL: a correction applied only once a
 * manager approves it, an erasure that anonymises the customer and says what it kept, refused while a request is
 * open; the owner's own from the portal, nobody else's; hostile input refused naming the field, nothing changed;
 * every request made and decided audited, and what it applied audited as a customer change.
 */
@EstateCareTest
class RightsRequestTests {

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCorrectionIsAppliedOnlyOnceAManagerApprovesItAndEveryStepIsAudited() {
        String oldPhone = phone();
        String newPhone = phone();
        long customer = customer("更正测试", oldPhone, Map.of());
        long lastEntry = lastEntry();

        var made = api.as("agent").post(rights(customer), Map.of("kind", "CORRECTION", "field", "phone",
                "value", newPhone, "note", "业主来电说换了号码"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode request = made.json();
        assertThat(request.get("state").asString()).isEqualTo("OPEN");
        assertThat(request.get("proposedValue").asString()).contains("****").doesNotContain(newPhone);
        assertThat(request.get("channel").asString()).isEqualTo("STAFF");
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI)); // the application's today, not the host's
        assertThat(LocalDate.parse(request.get("dueOn").asString()))
                .as("15 working days span at least three weekends").isAfterOrEqualTo(today.plusDays(19))
                .isBefore(today.plusDays(45));
        assertThat(made.body()).doesNotContain(newPhone);
        assertThat(phoneOf(customer)).endsWith(oldPhone.substring(7));
        assertThat(request.get("decidable").asBoolean()).as("an agent makes, a manager decides").isFalse();
        assertThat(api.as("agent").post(decision(request), Map.of("approve", true)).status()).isEqualTo(403);
        assertThat(phoneOf(customer)).endsWith(oldPhone.substring(7));

        var approved = api.as("manager").post(decision(request), Map.of("approve", true));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("DONE");
        assertThat(approved.json().get("answer").asString()).isEqualTo("CORRECTED");
        assertThat(phoneOf(customer)).endsWith(newPhone.substring(7));
        assertThat(api.as("manager").post(decision(request), Map.of("approve", false, "reason", "再次")).status())
                .isEqualTo(409);
        assertThat(jdbc.sql("select proposed_value from rights_request where id = :id")
                .param("id", request.get("id").asLong()).query(String.class).optional()).isEmpty();

        assertThat(jdbc.sql("""
                select action || ' ' || reason from audit_entry
                where id > :last and ((record_type = 'RIGHTS_REQUEST' and record_id = :request)
                                      or (record_type = 'CUSTOMER' and record_id = :customer))
                order by id""").param("last", lastEntry).param("request", request.get("id").asLong())
                .param("customer", customer).query(String.class).list())
                .containsExactly("RIGHTS_REQUEST MADE", "CUSTOMER_CHANGED CORRECTED", "RIGHTS_REQUEST DECIDED");
        assertThat(jdbc.sql("select detail::text from audit_entry where id > :last").param("last", lastEntry)
                .query(String.class).list()).noneMatch(d -> d.contains(newPhone) || d.contains(oldPhone));
    }

    @Test
    void erasureAnonymisesTheCustomerKeepsTheirHomeAndWarrantyAndSaysSo() {
        String phone = phone();
        long customer = customer("删除测试", phone, Map.of("email", "erase" + phone + "@example.com",
                "wechat", "wx" + phone));
        long lastEntry = lastEntry();
        JsonNode request = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json();

        var erased = api.as("manager").post(decision(request), Map.of("approve", true, "reason", "业主已出售房屋"));
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("answer").asString()).isEqualTo("ERASED");
        assertThat(erased.json().get("kept").valueStream().map(k -> k.get("what").asString() + " "
                + k.get("count").asString() + " " + k.get("basis").asString()).toList())
                .contains("OWNERSHIP 1 CONTRACT", "WARRANTY 1 WARRANTY_LAW");

        JsonNode after = api.as("manager").get("/api/v1/customers/" + customer).json();
        assertThat(after.get("name").asString()).isEqualTo(CustomerRecords.ANONYMISED_NAME);
        assertThat(after.get("phone").isNull()).isTrue();
        assertThat(after.get("email").isNull()).isTrue();
        assertThat(after.get("wechat").isNull()).isTrue();
        assertThat(after.get("units").size()).as("the home stays, with its warranty").isEqualTo(1);
        assertThat(jdbc.sql("select detail::text from audit_entry where id > :last").param("last", lastEntry)
                .query(String.class).list()).noneMatch(d -> d.contains(phone) || d.contains("删除测试"));
        assertThat(jdbc.sql("""
                select reason from audit_entry where id > :last and record_type = 'CUSTOMER' and record_id = :c""")
                .param("last", lastEntry).param("c", customer).query(String.class).list()).contains("ANONYMISED");
    }

    @Test
    void erasureIsRefusedWithTheReasonWhileTheCustomerHasAnOpenRequest() {
        String phone = phone();
        long customer = customer("未结测试", phone, Map.of());
        var repair = api.as("agent").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PHONE",
                "unitId", unit().get("id").asLong(), "customerId", customer, "category", "HOUSING_QUALITY",
                "description", "厨房水龙头漏水", "readBackConfirmed", true));
        assertThat(repair.status()).as(repair.body()).isEqualTo(201);
        JsonNode request = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json();

        var held = api.as("manager").post(decision(request), Map.of("approve", true));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().get("state").asString()).isEqualTo("REFUSED");
        assertThat(held.json().get("answer").asString()).isEqualTo("OPEN_REQUESTS");
        assertThat(api.as("manager").get("/api/v1/customers/" + customer).json().get("name").asString())
                .isEqualTo("未结测试");

        // once the request is over, the erasure goes through and the request forgets the name it kept
        long repairId = repair.json().get("id").asLong();
        var cancelled = api.as("agent").post("/api/v1/requests/" + repairId + "/actions/cancel",
                Map.of("version", repair.json().get("version").asLong(), "note", "业主撤回"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        JsonNode again = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json();
        assertThat(api.as("manager").post(decision(again), Map.of("approve", true)).json().get("answer").asString())
                .isEqualTo("ERASED");
        assertThat(jdbc.sql("select customer_name from request where id = :id").param("id", repairId)
                .query(String.class).single()).isEqualTo(CustomerRecords.ANONYMISED_NAME);
    }

    @Test
    void erasureOfACustomerUnderLegalHoldIsAnsweredWithTheReasonAndDeletesNothing() {
        String phone = phone();
        long customer = customer("冻结测试", phone, Map.of());
        var hold = api.as("manager").post("/api/v1/customers/" + customer + "/legal-hold", Map.of("reason", "诉讼中"));
        assertThat(hold.status()).as(hold.body()).isEqualTo(200);
        JsonNode request = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json();

        var refused = api.as("manager").post(decision(request), Map.of("approve", true));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("state").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("answer").asString()).isEqualTo("LEGAL_HOLD");
        assertThat(jdbc.sql("select name, phone, anonymised_at is null from customer where id = :id")
                .param("id", customer).query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|"
                        + rs.getBoolean(3)).single()).isEqualTo("冻结测试|" + phone + "|true");
    }

    @Test
    void anOwnerMakesAndFollowsTheirOwnAndNobodyOutsideSeesOrDecidesThem() {
        long me = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        long theirs = api.as("hz-owner").get("/api/v1/me").json().get("customerId").asLong();
        Map<String, Object> body = Map.of("kind", "CORRECTION", "field", "wechat", "value", "owner_wx_new");
        api.as("owner").get("/api/v1/rights-requests?state=OPEN").json().get("items").valueStream()
                .forEach(r -> api.as("manager").post(decision(r), Map.of("approve", false, "reason", "另一测试留下的")));
        var made = api.as("owner").post(rights(me), body);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        JsonNode request = made.json();
        assertThat(request.get("channel").asString()).isEqualTo("PORTAL");
        long id = request.get("id").asLong();

        assertThat(api.as("owner").get("/api/v1/rights-requests").json().get("items").valueStream()
                .map(r -> r.get("id").asLong()).toList()).contains(id);
        assertThat(api.as("owner").get("/api/v1/rights-requests/" + id).status()).isEqualTo(200);
        assertThat(api.as("hz-owner").get("/api/v1/rights-requests/" + id).status()).isEqualTo(404);
        assertThat(api.as("hz-owner").get("/api/v1/rights-requests").json().get("items").valueStream()
                .map(r -> r.get("id").asLong()).toList()).doesNotContain(id);
        assertThat(api.as("hz-manager").get("/api/v1/rights-requests/" + id).status()).isEqualTo(404);
        assertThat(api.as("hz-manager").post("/api/v1/rights-requests/" + id + "/decision",
                Map.of("approve", true)).status()).isEqualTo(404);
        assertThat(api.as("hz-agent").post(rights(me), body).status()).isEqualTo(404);
        assertThat(api.as("owner").post(rights(theirs), body).status()).isEqualTo(404);
        assertThat(api.as("engineer").get("/api/v1/rights-requests").status()).isEqualTo(403);
        assertThat(api.as("owner").post("/api/v1/rights-requests/" + id + "/decision",
                Map.of("approve", true)).status()).isEqualTo(403);
        assertThat(api.as("owner").post(rights(me), body).status()).as("one open of a kind").isEqualTo(409);

        var refused = api.as("manager").post("/api/v1/rights-requests/" + id + "/decision",
                Map.of("approve", false, "reason", "请到物业前台核对身份后再更正"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        JsonNode seen = api.as("owner").get("/api/v1/rights-requests/" + id).json();
        assertThat(seen.get("state").asString()).isEqualTo("REFUSED");
        assertThat(seen.get("answerText").asString()).isEqualTo("请到物业前台核对身份后再更正");
        assertThat(api.as("manager").get("/api/v1/customers/" + me).json().get("wechat").asString())
                .isNotEqualTo("owner_wx_new");
    }

    @Test
    void hostileInputIsRefusedNamingTheFieldInTheCallersLanguageAndChangesNothing() {
        long customer = customer("恶意输入", phone(), Map.of());
        long before = rows(customer);
        var unknownField = api.as("agent").post(rights(customer), Map.of("kind", "CORRECTION", "field", "idNumber",
                "value", "310101199001011234"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("errors").get(0).get("field").asString()).isEqualTo("field");
        assertThat(unknownField.json().get("errors").toString()).containsPattern("[\\u4e00-\\u9fff]");
        var huge = api.as("agent").english().post(rights(customer), Map.of("kind", "CORRECTION", "field", "name",
                "value", "名".repeat(200_000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(huge.json().get("errors").get(0).get("reason").asString()).doesNotContainPattern("[\\u4e00-\\u9fff]");
        var malformed = api.as("manager").english().post("/api/v1/rights-requests/12abc/decision",
                Map.of("approve", true));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(api.as("manager").get("/api/v1/rights-requests/" + Long.MAX_VALUE).status()).isEqualTo(404);
        assertThat(api.as("manager").get("/api/v1/rights-requests?state=" + "X".repeat(5000)).status())
                .isEqualTo(400);
        assertThat(api.as("manager").get("/api/v1/rights-requests?limit=-1").status()).isEqualTo(400);
        JsonNode open = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json();
        var noReason = api.as("manager").post(decision(open), Map.of("approve", false));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(rows(customer)).isEqualTo(before + 1);
        assertThat(api.as("manager").get("/api/v1/rights-requests/" + open.get("id").asLong()).json()
                .get("state").asString()).isEqualTo("OPEN");
        api.as("manager").post(decision(open), Map.of("approve", false, "reason", "测试结束"));
    }

    @Test
    void staffSeeTheOverdueOnesOfTheirBranch() {
        long customer = customer("逾期测试", phone(), Map.of());
        long id = api.as("agent").post(rights(customer), Map.of("kind", "ERASURE")).json().get("id").asLong();
        jdbc.sql("update rights_request set due_on = :due where id = :id") // days before the test clock's today
                .param("due", java.sql.Date.valueOf(TestClockConfiguration.START.atZone(SHANGHAI).toLocalDate()
                        .minusDays(3))).param("id", id).update();
        var overdue = api.as("manager").get("/api/v1/rights-requests?overdue=true&limit=200").json();
        JsonNode mine = overdue.get("items").valueStream().filter(r -> r.get("id").asLong() == id).findFirst()
                .orElseThrow();
        assertThat(mine.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("items").valueStream().allMatch(r -> r.get("overdue").asBoolean())).isTrue();
        assertThat(api.as("hz-manager").get("/api/v1/rights-requests?overdue=true&limit=200").json().get("items")
                .valueStream().map(r -> r.get("id").asLong()).toList()).doesNotContain(id);
        api.as("manager").post("/api/v1/rights-requests/" + id + "/decision",
                Map.of("approve", false, "reason", "测试结束"));
    }

    private long customer(String name, String phone, Map<String, String> extra) {
        JsonNode unit = unit();
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "NEW_OWNER", "grade", "STANDARD",
                "phone", phone, "projectId", unit.get("projectId").asLong()));
        body.putAll(extra);
        Api.Response created = api.as("agent").post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response owned = api.as("agent").post("/api/v1/customers/" + id + "/ownerships",
                Map.of("unitId", unit.get("id").asLong(), "role", "OWNER"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(201);
        return id;
    }

    /** A delivered unit of the agent's company (its warranty runs). */
    private JsonNode unit() {
        List<JsonNode> units = api.as("agent").get("/api/v1/units", Map.of("limit", 200)).json().get("items")
                .valueStream().filter(u -> !u.get("deliveredOn").isNull()).toList();
        return units.get(ThreadLocalRandom.current().nextInt(units.size()));
    }

    private String phoneOf(long customer) {
        return api.as("manager").get("/api/v1/customers/" + customer).json().get("phone").asString();
    }

    private static String rights(long customer) {
        return "/api/v1/customers/" + customer + "/rights-requests";
    }

    private static String decision(JsonNode request) {
        return "/api/v1/rights-requests/" + request.get("id").asLong() + "/decision";
    }

    private long lastEntry() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    private long rows(long customer) {
        return jdbc.sql("select count(*) from rights_request where customer_id = :c").param("c", customer)
                .query(Long.class).single();
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
