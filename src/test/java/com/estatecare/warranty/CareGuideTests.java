package com.estatecare.warranty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Staff write the care guide (养护指南) over HTTP against PostgreSQL: over the group's text from version 0, a stale
 * version refused, the other company still reading the group's text, hostile texts refused with nothing stored.
 */
@EstateCareTest
class CareGuideTests {

    @Autowired
    Api api;

    @Test
    void anAgentWritesTheCompanysOwnGuideOverTheGroupsAndTheOtherCompanyKeepsReadingTheGroups() {
        JsonNode before = guide("agent", "ELECTRICAL");
        long version = before.get("version").asLong();
        String care = "不要超负荷用电；测试 " + System.nanoTime();

        Api.Response written = api.as("agent").put("/api/v1/care-guides/ELECTRICAL",
                Map.of("checks", before.get("checks").asString(), "care", care, "version", version));
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().get("version").asLong()).isEqualTo(version + 1);
        assertThat(guide("agent", "ELECTRICAL").get("care").asString()).isEqualTo(care);
        assertThat(api.as("agent").put("/api/v1/care-guides/ELECTRICAL",
                Map.of("checks", "x", "care", "y", "version", version)).status()).as("stale").isEqualTo(409);

        JsonNode other = guide("hz-agent", "ELECTRICAL");
        assertThat(other.get("care").asString()).isNotEqualTo(care);
        assertThat(guide("hz-agent", "ROOF").get("version").asLong()).as("the group's text is edited from 0")
                .isZero();
        assertThat(api.as("owner").put("/api/v1/care-guides/ELECTRICAL",
                Map.of("checks", "x", "care", "y", "version", 0)).status()).isEqualTo(403);
    }

    @Test
    void hostileGuidesAreProblemsAndStoreNothing() {
        JsonNode before = guide("agent", "LAMPS_SWITCHES");
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("checks", " ", "care", "y", "version", 0),
                Map.of("checks", "x", "care", "长".repeat(2001), "version", 0),
                Map.of("checks", "x", "care", "y", "version", -1),
                Map.of("checks", "x", "care", "y", "version", "latest"))) {
            Api.Response refused = api.as("agent").put("/api/v1/care-guides/LAMPS_SWITCHES", body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        }
        assertThat(api.as("agent").put("/api/v1/care-guides/NO_SUCH_PART",
                Map.of("checks", "x", "care", "y", "version", 0)).status()).isEqualTo(404);
        assertThat(guide("agent", "LAMPS_SWITCHES")).as("nothing stored").isEqualTo(before);
    }

    private JsonNode guide(String who, String component) {
        return StreamSupport.stream(api.as(who).get("/api/v1/care-guides").json().spliterator(), false)
                .filter(g -> g.get("componentCode").asString().equals(component)).findFirst().orElseThrow();
    }
}
