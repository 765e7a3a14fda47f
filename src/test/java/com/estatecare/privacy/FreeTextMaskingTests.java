package com.estatecare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

/**
 * Phone and ID numbers typed into free text (a request's description, a timeline note, the customer file) are
 * masked in every answer, to staff and owners alike, while the stored text stays as typed; agents, managers and HQ
 * read it whole through the audited reveal.
 */
@EstateCareTest
class FreeTextMaskingTests {

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    JdbcClient jdbc;

    @Test
    void numbersTypedIntoARequestAreMaskedForStaffAndOwnersButStoredAsTyped() {
        String mobile = "1390000" + (1000 + (int) (Math.random() * 9000));
        String idNumber = IdentityNumberTests.randomIdNumber();
        long myUnit = api.homeOf("owner");
        var created = api.as("owner").post("/api/v1/requests", Map.of("kind", "REPAIR", "channel", "PORTAL",
                "unitId", myUnit, "category", "FACILITY_FAILURE",
                "description", "厨房漏水，请打我电话" + mobile + "，身份证" + idNumber + "，见BX-20261123-0007"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String maskedMobile = mobile.substring(0, 3) + "****" + mobile.substring(7);

        String own = api.as("owner").get("/api/v1/requests/" + id).json().get("description").asString();
        assertThat(own).contains(maskedMobile, idNumber.substring(0, 4) + "**********" + idNumber.substring(14),
                "BX-20261123-0007").doesNotContain(mobile, idNumber);
        String staff = api.as("agent").get("/api/v1/requests/" + id).body();
        assertThat(staff).contains(maskedMobile).doesNotContain(mobile, idNumber);
        given.act(id, "agent", "classify", Map.of("note", "已电话联系 " + mobile));
        assertThat(api.as("agent").get("/api/v1/requests/" + id + "/timeline").body()).contains(maskedMobile)
                .doesNotContain(mobile);
        long customer = api.as("owner").get("/api/v1/requests/" + id).json().get("customerId").asLong();
        assertThat(api.as("agent").get("/api/v1/customers/" + customer + "/file").body()).doesNotContain(mobile);
        assertThat(jdbc.sql("select description from request where id = :id").param("id", id).query(String.class)
                .single()).as("stored as typed").contains(mobile, idNumber);
    }

    @Test
    void anAgentReadsTheTextWholeThroughTheAuditedRevealAndOthersAreRefused() {
        String mobile = "1390001" + (1000 + (int) (Math.random() * 9000));
        Map<String, Object> body = given.repairBody(given.unit().get("id").asLong());
        body.put("description", "楼上漏水，邻居电话" + mobile);
        long id = given.register(body);

        var shown = api.as("agent").post("/api/v1/requests/" + id + "/reveal",
                Map.of("field", "description", "reason", "CALL_BACK"));
        assertThat(shown.status()).as(shown.body()).isEqualTo(200);
        assertThat(shown.json().get("value").asString()).isEqualTo("楼上漏水，邻居电话" + mobile);
        assertThat(shown.header("Cache-Control")).contains("no-store");

        for (String refused : List.of("handler", "engineer", "auditor", "owner")) {
            var no = api.as(refused).post("/api/v1/requests/" + id + "/reveal",
                    Map.of("field", "description", "reason", "CALL_BACK"));
            assertThat(no.status()).as(refused + ": " + no.body()).isEqualTo(403);
        }
        var otherCompany = api.as("hz-agent").post("/api/v1/requests/" + id + "/reveal",
                Map.of("field", "description", "reason", "CALL_BACK"));
        assertThat(otherCompany.status()).isEqualTo(404);
        var bad = api.as("agent").english().post("/api/v1/requests/" + id + "/reveal",
                Map.of("field", "reporterPhone", "reason", "CALL_BACK"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("field");
        assertThat(bad.json().get("errors").get(0).get("reason").asString()).contains("description");

        List<Map<String, Object>> entries = jdbc.sql("""
                select actor_username, outcome, reason from audit_entry
                where action = 'REVEAL' and record_type = 'REQUEST' and record_id = :id
                order by id""").param("id", id).query().listOfRows();
        assertThat(entries).as("an auditor is refused at the door, before any endpoint, as everywhere")
                .extracting(e -> e.get("actor_username") + " " + e.get("outcome")).containsExactly(
                "agent DONE", "handler REFUSED", "engineer REFUSED", "owner REFUSED", "hz-agent REFUSED",
                "agent REFUSED");
        assertThat(jdbc.sql("select count(*) from audit_entry where detail::text like :m").param("m", "%" + mobile + "%")
                .query(Long.class).single()).isZero();
    }
}
