package com.estatecare.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * What the workbench's registry screen reads: projects → buildings → units with their owners, each company only
 * its own (SPEC §1, §2, §13).
 */
@EstateCareTest
class RegistryBrowsingTests {

    @Autowired
    Api api;

    @Test
    void ownersOfAPageOfUnitsComeInOneCallWithTheirPhonesMasked() {
        long project = shanghaiProject();
        var imported = api.as("agent").multipart("/api/v1/projects/" + project + "/imports", "owners.csv", csv(
                "building,unitNo,deliveredOn,ownerName,ownerPhone,ownershipRole",
                "浏览12栋,301,2026-10-01,卫一,13966660001,CO_OWNER",
                "浏览12栋,302,2026-10-01,,,"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        List<JsonNode> units = api.as("agent").get("/api/v1/units", Map.of("projectId", project, "q", "浏览12栋")).json()
                .get("items").valueStream().toList();
        long withOwner = units.stream().filter(u -> u.get("unitNo").asString().equals("301")).findFirst().orElseThrow()
                .get("id").asLong();
        var second = api.as("agent").post("/api/v1/customers", Map.of("name", "蒋二", "kind", "NEW_OWNER",
                "phone", "13966660002", "projectId", project));
        api.as("agent").post("/api/v1/customers/" + second.json().get("id").asLong() + "/ownerships",
                Map.of("unitId", withOwner, "role", "OWNER"));

        String ids = units.stream().map(u -> u.get("id").asString()).collect(Collectors.joining(","));
        List<JsonNode> owners = api.as("manager").get("/api/v1/ownerships?unitIds=" + ids).json().valueStream().toList();

        assertThat(owners).extracting(o -> o.get("unitId").asLong() + " " + o.get("name").asString() + " "
                + o.get("phone").asString() + " " + o.get("role").asString())
                .containsExactly(withOwner + " 蒋二 139****0002 OWNER", withOwner + " 卫一 139****0001 CO_OWNER");
        assertThat(owners.get(1).get("since").asString()).isEqualTo("2026-10-01");
    }

    @Test
    void secondCompanysManagerNeitherSeesNorImportsIntoAShanghaiProject() {
        long project = shanghaiProject();
        long unit = api.as("agent").get("/api/v1/units?limit=1&projectId=" + project).json().get("items").get(0)
                .get("id").asLong();
        long building = api.as("agent").get("/api/v1/projects/" + project + "/buildings").json().get(0).get("id")
                .asLong();
        Api.Caller stranger = api.as("hz-manager");
        byte[] file = csv("building,unitNo", "13栋,101");

        assertThat(stranger.get("/api/v1/projects").json().valueStream().map(p -> p.get("id").asLong()))
                .isNotEmpty().doesNotContain(project);
        assertThat(stranger.get("/api/v1/projects/" + project + "/buildings").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/units?projectId=" + project).json().get("items")).isEmpty();
        assertThat(stranger.get("/api/v1/ownerships?unitIds=" + unit).json()).isEmpty();
        assertThat(stranger.multipart("/api/v1/projects/" + project + "/imports?dryRun=true", "u.csv", file).status())
                .isEqualTo(404);
        assertThat(stranger.multipart("/api/v1/projects/" + project + "/imports", "u.csv", file).status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/units", Map.of("buildingId", building, "unitNo", "9999")).status())
                .isEqualTo(422);
        assertThat(stranger.post("/api/v1/buildings", Map.of("projectId", project, "name", "13栋")).status())
                .isEqualTo(422);
        assertThat(api.as("agent").get("/api/v1/units", Map.of("projectId", project, "q", "13栋")).json().get("items"))
                .isEmpty();
    }

    @Test
    void ownersOfUnitsAreForStaffAndForAPageAtATime() {
        String tooMany = LongStream.rangeClosed(1, 201).mapToObj(Long::toString).collect(Collectors.joining(","));

        var refused = api.as("agent").get("/api/v1/ownerships?unitIds=" + tooMany);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("unitIds");
        assertThat(refused.json().get("errors").get(0).get("reason").asString()).isEqualTo("最多 200 个");
        long myUnit = api.homeOf("owner");
        assertThat(api.as("owner").get("/api/v1/ownerships?unitIds=" + myUnit).status()).isEqualTo(403);
        assertThat(api.as("agent").get("/api/v1/ownerships").json()).isEmpty();
    }

    private long shanghaiProject() {
        return api.as("agent").get("/api/v1/projects").json().get(0).get("id").asLong();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
