package com.estatecare.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.OwnDatabase;
import com.estatecare.support.Fixtures;
import com.estatecare.support.MutableClock;
import com.estatecare.timelimits.TimeLimits;

import tools.jackson.databind.JsonNode;

/**
 * The manager's dashboard over HTTP, with two companies: each caller counts
 * only their branch, each cell names the list behind it, and hostile periods
 * are refused. The data sits in June 2031, a month no other test writes in.
 */
@EstateCareTest
@OwnDatabase
class DashboardTests {

    /** Monday 2031-06-16, 10:00 in Shanghai. */
    private static final Instant MONDAY = Instant.parse("2031-06-16T02:00:00Z");
    private static final String PERIOD = "from=2031-06-09&to=2031-06-22";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;
    @Autowired
    MutableClock clock;
    @Autowired
    TimeLimits timeLimits;
    @Autowired
    AfterCommitWork afterCommit;

    /** The month's data, written once for the class (the tests share its database). */
    private static Data june;
    private Instant before;

    @BeforeEach
    void remember() {
        before = clock.instant();
    }

    @AfterEach
    void restore() {
        afterCommit.awaitDone(Duration.ofSeconds(60));
        clock.set(before);
    }

    @Test
    void eachCallerCountsOnlyTheirBranchAndEachCellNamesTheListBehindIt() {
        Data data = june2031();


        JsonNode shanghai = chart("manager", "volumes", PERIOD + "&bucket=WEEK&groupBy=KIND");
        assertThat(shanghai.get("buckets").valueStream().map(b -> b.get("start").asString()))
                .containsExactly("2031-06-09", "2031-06-16");
        assertThat(counts(shanghai, "REPAIR")).containsExactly(0L, 2L);
        assertThat(counts(shanghai, "COMPLAINT")).containsExactly(0L, 2L);
        assertThat(shanghai.get("total").asLong()).isEqualTo(4);

        JsonNode hangzhou = chart("hz-manager", "volumes", PERIOD + "&bucket=WEEK&groupBy=KIND");
        assertThat(keys(hangzhou)).containsExactly("REPAIR");
        assertThat(counts(hangzhou, "REPAIR")).containsExactly(0L, 1L);
        assertThat(hangzhou.get("scope").get("orgNodeName").asString()).isEqualTo("杭州城市公司");

        JsonNode group = chart("hq", "volumes", PERIOD + "&bucket=WEEK&groupBy=KIND&kind=REPAIR");
        assertThat(counts(group, "REPAIR")).containsExactly(0L, 3L);
        JsonNode hzFromHq = chart("hq", "volumes", PERIOD + "&bucket=WEEK&groupBy=CHANNEL&orgNodeId=" + data.hz());
        assertThat(counts(hzFromHq, "PHONE")).containsExactly(0L, 1L);

        // the list behind a cell lists exactly what the cell counts
        JsonNode drill = shanghai.get("drillDown");
        assertThat(drill.get("path").asString()).isEqualTo("/api/v1/requests");
        Map<String, Object> query = new LinkedHashMap<>();
        drill.get("params").properties().forEach(p -> query.put(p.getKey(), p.getValue().asString()));
        JsonNode bucket = shanghai.get("buckets").get(1);
        query.put(drill.get("fromParam").asString(), bucket.get("from").asString());
        query.put(drill.get("toParam").asString(), bucket.get("to").asString());
        query.put(drill.get("keyParam").asString(), "REPAIR");
        Api.Response list = api.as("manager").get("/api/v1/requests", query);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("items").valueStream().map(i -> i.get("id").asLong()))
                .containsExactlyInAnyOrder(data.repairs().toArray(Long[]::new));

        // another company's branch does not exist for the caller, in the chart and in the list behind it
        assertThat(api.as("hz-manager").get("/api/v1/dashboard/volumes?" + PERIOD + "&orgNodeId=" + data.sh())
                .status()).isEqualTo(404);
        assertThat(api.as("hz-manager").get("/api/v1/requests?orgNodeId=" + data.sh()).status()).isEqualTo(422);
    }

    @Test
    void onTimeGradesHotspotsAndEscalationsComeFromTheirModules() {
        Data data = june2031();


        JsonNode escalations = chart("manager", "escalations", "from=2031-06-16&to=2031-06-16&bucket=DAY");
        assertThat(counts(escalations, "PROJECT_COMPANY")).containsExactly(1L);
        assertThat(chart("hz-manager", "escalations", "from=2031-06-16&to=2031-06-16&bucket=DAY").get("total")
                .asLong()).isZero();

        JsonNode grades = chart("manager", "grades", PERIOD + "&bucket=WEEK");
        assertThat(counts(grades, "2")).containsExactly(0L, 1L);
        assertThat(counts(grades, "4")).containsExactly(0L, 1L);
        assertThat(chart("hz-manager", "grades", PERIOD + "&bucket=WEEK").get("total").asLong()).isZero();

        JsonNode hotspots = chart("manager", "hotspots", "");
        assertThat(hotspots.get("newest").valueStream().map(h -> h.get("requestId").asLong()))
                .contains(data.hotspot()).doesNotContain(data.ordinary());
        assertThat(chart("hz-manager", "hotspots", "").get("newest").valueStream()
                .map(h -> h.get("requestId").asLong())).doesNotContain(data.hotspot());

        // the ordinary complaint was dispatched within its working hour, the hotspot never was
        clock.set(MONDAY.plus(Duration.ofDays(2)));
        timeLimits.sweep();
        afterCommit.awaitDone(Duration.ofSeconds(60));
        JsonNode onTime = chart("manager", "on-time", PERIOD + "&bucket=WEEK&limit=COMPLAINT_DISPATCH");
        JsonNode dispatch = onTime.get("series").get(0);
        assertThat(dispatch.get("key").asString()).isEqualTo("COMPLAINT_DISPATCH");
        assertThat(dispatch.get("met").valueStream().map(JsonNode::asLong)).containsExactly(0L, 1L);
        assertThat(dispatch.get("breached").valueStream().map(JsonNode::asLong)).containsExactly(0L, 1L);
        assertThat(onTime.get("totalRate").asDouble()).isEqualTo(0.5);
        JsonNode none = chart("hz-manager", "on-time", PERIOD + "&bucket=WEEK&limit=COMPLAINT_DISPATCH");
        assertThat(none.get("series")).isEmpty();
        assertThat(none.get("totalRate").isNull()).isTrue();

        JsonNode fines = chart("hz-manager", "fines", PERIOD);
        assertThat(fines.get("count").asLong()).isZero();
        assertThat(fines.get("drillDown").get("path").asString()).isEqualTo("/api/v1/fines");
    }

    @Test
    void finesAreCountedAndSummedPerStatusAndPartyInTheCallersBranch() {
        clock.set(Instant.parse("2031-07-14T02:00:00Z"));
        long unit = api.as("engineer").get("/api/v1/units?limit=200").json().get("items").get(150).get("id").asLong();
        long first = given.register(given.complaintBody(unit));
        Map<String, Object> again = given.complaintBody(unit);
        again.put("relatedRequestId", first);
        long second = given.register(again);
        afterCommit.awaitDone(Duration.ofSeconds(60));

        JsonNode july = chart("manager", "fines", "from=2031-07-01&to=2031-07-31");
        assertThat(july.get("cells")).hasSize(1);
        JsonNode cell = july.get("cells").get(0);
        assertThat(cell.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(cell.get("party").asString()).isEqualTo("RESPONSIBLE_SPECIALIST");
        assertThat(cell.get("count").asLong()).isEqualTo(1);
        assertThat(july.get("openCount").asLong()).isEqualTo(1);
        assertThat(july.get("amountFen").asLong()).isPositive().isEqualTo(july.get("openAmountFen").asLong())
                .isEqualTo(cell.get("amountFen").asLong());
        JsonNode listed = api.as("manager").get("/api/v1/fines?status=PROPOSED&limit=200").json().get("items");
        assertThat(listed.valueStream().filter(f -> f.get("requestId").asLong() == second)
                .map(f -> f.get("amountFen").asLong())).containsExactly(cell.get("amountFen").asLong());

        assertThat(chart("hz-manager", "fines", "from=2031-07-01&to=2031-07-31").get("count").asLong()).isZero();
        assertThat(chart("manager", "fines", "from=2031-08-01&to=2031-08-31").get("count").asLong()).isZero();
    }

    @Test
    void theListBehindEveryCellOfEveryChartCountsWhatTheCellCounts() {
        Data data = june2031();
        clock.set(MONDAY.plus(Duration.ofDays(2)));
        timeLimits.sweep();
        clock.set(Instant.parse("2031-09-15T02:00:00Z")); // a fine, in a month no other test counts
        long unit = api.as("engineer").get("/api/v1/units?limit=200").json().get("items").get(160).get("id").asLong();
        Map<String, Object> again = given.complaintBody(unit);
        again.put("relatedRequestId", given.register(given.complaintBody(unit)));
        given.register(again);
        afterCommit.awaitDone(Duration.ofSeconds(60));

        for (String who : List.of("manager", "hq", "hz-manager")) {
            Map<String, List<DrillDowns.Cell>> charts = new LinkedHashMap<>();
            charts.put("volumes", DrillDowns.bucketed(chart(who, "volumes", PERIOD + "&bucket=WEEK&groupBy=CATEGORY")));
            charts.put("on-time", DrillDowns.onTime(chart(who, "on-time", PERIOD + "&bucket=WEEK")));
            charts.put("grades", DrillDowns.bucketed(chart(who, "grades", PERIOD + "&bucket=WEEK")));
            charts.put("grade slices", DrillDowns.slices(chart(who, "grades", PERIOD + "&bucket=WEEK")));
            charts.put("hotspots", DrillDowns.hotspots(chart(who, "hotspots", "")));
            charts.put("escalations", DrillDowns.bucketed(chart(who, "escalations", PERIOD + "&bucket=DAY")));
            charts.put("fines", DrillDowns.fines(chart(who, "fines", "from=2031-06-01&to=2031-09-30")));
            charts.forEach((name, cells) -> {
                if (!who.equals("hz-manager")) {
                    assertThat(cells).as(who + " has cells in " + name).isNotEmpty();
                }
                for (DrillDowns.Cell cell : cells) {
                    assertThat(DrillDowns.listed(api.as(who), cell.path(), cell.query()))
                            .as(who + " " + name + " " + cell.where() + " " + cell.query()).isEqualTo(cell.count());
                }
            });
        }
        // the other company's records are not in the lists behind them
        assertThat(DrillDowns.listed(api.as("hz-manager"), "/api/v1/requests", Map.of("grade", 2)))
                .isLessThan(DrillDowns.listed(api.as("hq"), "/api/v1/requests", Map.of("grade", 2)));
        assertThat(api.as("hz-manager").get("/api/v1/requests?grade=2&limit=200").json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(data.hotspot());
        assertThat(api.as("hz-manager").get("/api/v1/fines?orgNodeId=" + data.sh()).status()).isEqualTo(422);
    }

    @Test
    void hostileDrillDownFiltersAreRefusedNamingTheFieldAndOwnersMayNotFilterOnStaffRecords() {
        assertListRefused("/api/v1/requests?grade=0", "grade", "必须在 1 到 4 之间", "between 1 and 4");
        assertListRefused("/api/v1/requests?grade=99999999999", "grade", "格式不正确", "is malformed");
        assertListRefused("/api/v1/requests?clock=" + "A".repeat(5000), "clock", "格式不正确", "is malformed");
        assertListRefused("/api/v1/requests?clock=x'%20or%201=1--", "clock", "格式不正确", "is malformed");
        assertListRefused("/api/v1/requests?clockOutcome=MAYBE", "clockOutcome", "格式不正确", "is malformed");
        assertListRefused("/api/v1/requests?decidedFrom=yesterday", "decidedFrom", "格式不正确", "is malformed");
        assertListRefused("/api/v1/requests?escalationLevel=MOON", "escalationLevel", "必须是", "must be one of");
        assertListRefused("/api/v1/requests?receivedTo=soon", "receivedTo", "格式不正确", "is malformed");
        assertListRefused("/api/v1/fines?party=NOBODY", "party", "格式不正确", "is malformed");
        assertListRefused("/api/v1/fines?proposedFrom=2031-13-45T00:00:00Z", "proposedFrom", "格式不正确",
                "is malformed");
        for (String staffRecord : List.of("grade=2", "clockOutcome=BREACHED", "escalationLevel=HEADQUARTERS")) {
            assertThat(api.as("owner").get("/api/v1/requests?" + staffRecord).status()).as(staffRecord).isEqualTo(403);
        }
        assertThat(api.as("owner").get("/api/v1/fines?party=CONTRACTOR").status()).isEqualTo(403);
    }

    private void assertListRefused(String list, String field, String chinese, String english) {
        Api.Response zh = api.as("manager").get(list);
        Api.Response en = api.as("manager").english().get(list);
        assertThat(zh.status()).as(list + " " + zh.body()).isEqualTo(400);
        assertThat(zh.body()).as(list).contains(chinese);
        assertThat(en.body()).as(list).contains(english);
        assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(list).contains(field);
    }

    @Test
    void ownersAreRefusedTheDashboard() {
        for (String chart : List.of("volumes?" + PERIOD, "on-time?" + PERIOD, "grades?" + PERIOD, "hotspots",
                "escalations?" + PERIOD, "fines?" + PERIOD)) {
            assertThat(api.as("owner").get("/api/v1/dashboard/" + chart).status()).as(chart).isEqualTo(403);
            assertThat(api.as("hz-owner").get("/api/v1/dashboard/" + chart).status()).as(chart).isEqualTo(403);
        }
    }

    @Test
    void hostilePeriodsAndGroupsAreRefusedNamingTheFieldInChineseAndEnglish() {
        assertRefused("volumes?from=2031-06-22&to=2031-06-09", "to", "结束时间必须晚于开始时间", "must end after it starts");
        assertRefused("volumes?from=2020-01-01&to=2031-01-01", "to", "统计期间不能超过 2 年",
                "the period may be at most 2 years long");
        assertRefused("on-time?from=2030-01-01&to=2031-06-01&bucket=DAY", "bucket", "分段数不能超过 400",
                "at most 400 buckets");
        assertRefused("volumes?" + PERIOD + "&groupBy=UNIT_OWNER_PHONE", "groupBy", "格式不正确", "is malformed");
        assertRefused("grades?from=2031-13-45&to=2031-06-09", "from", "格式不正确", "is malformed");
        assertRefused("escalations?from=yesterday&to=2031-06-09", "from", "格式不正确", "is malformed");
        assertRefused("fines?to=2031-06-09", "from", "必填", "is required");
        assertRefused("volumes?" + PERIOD + "&orgNodeId=-1", null, "未找到", "Not found");
        assertRefused("volumes?" + PERIOD + "&orgNodeId=99999999999999999999", "orgNodeId", "格式不正确",
                "is malformed");
    }

    private void assertRefused(String chart, String field, String chinese, String english) {
        Api.Response zh = api.as("manager").get("/api/v1/dashboard/" + chart);
        Api.Response en = api.as("manager").english().get("/api/v1/dashboard/" + chart);
        assertThat(zh.status()).as(chart + " " + zh.body()).isEqualTo(field == null ? 404 : 400);
        assertThat(zh.header("Content-Type")).startsWith("application/problem+json");
        assertThat(zh.body()).as(chart).contains(chinese);
        assertThat(en.body()).as(chart).contains(english);
        if (field != null) {
            assertThat(zh.json().get("errors").valueStream().map(e -> e.get("field").asString())).as(chart)
                    .contains(field);
        }
    }

    private record Data(long sh, long hz, List<Long> repairs, long ordinary, long hotspot) {
    }

    /** On Monday 2031-06-16: two repairs and two complaints in 上海, one repair in 杭州; one repair escalated. */
    private Data june2031() {
        if (june != null) {
            return june;
        }
        clock.set(MONDAY.minus(Duration.ofDays(14)));
        timeLimits.sweep(); // what the demo data left running is decided now, two weeks before the period
        afterCommit.awaitDone(Duration.ofSeconds(60));
        clock.set(MONDAY);
        long unit = given.unit().get("id").asLong();
        List<Long> repairs = List.of(given.register(given.repairBody(unit)), given.register(given.repairBody(unit)));
        long ordinary = given.register(given.complaintBody(unit));
        Map<String, Object> exposed = given.complaintBody(unit);
        exposed.put("media", "LIKELY");
        long hotspot = given.register(exposed);
        long hzUnit = api.as("hz-agent").get("/api/v1/units?limit=1").json().get("items").get(0).get("id").asLong();
        Api.Response hz = api.as("hz-agent").post("/api/v1/requests", given.repairBody(hzUnit));
        assertThat(hz.status()).as(hz.body()).isEqualTo(201);
        assertThat(api.as("agent").post("/api/v1/requests/" + repairs.get(0) + "/escalate",
                Map.of("reason", "业主情绪激动，超出权限")).status()).isEqualTo(200);
        clock.set(MONDAY.plus(Duration.ofMinutes(30)));
        given.walk(ordinary, "COMPLAINT", 2);
        afterCommit.awaitDone(Duration.ofSeconds(60));
        june = new Data(node("SH"), node("HZ"), repairs, ordinary, hotspot);
        return june;
    }

    private long node(String code) {
        return api.as("hq").get("/api/v1/org-nodes").json().valueStream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode chart(String who, String chart, String query) {
        Api.Response response = api.as(who).get("/api/v1/dashboard/" + chart + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> keys(JsonNode chart) {
        return chart.get("series").valueStream().map(s -> s.get("key").asString()).toList();
    }

    private static List<Long> counts(JsonNode chart, String key) {
        return chart.get("series").valueStream().filter(s -> key.equals(s.get("key").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key + " in " + chart)).get("counts")
                .valueStream().map(JsonNode::asLong).toList();
    }
}
