package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import jakarta.servlet.Filter;
import tools.jackson.databind.JsonNode;

/**
 * What a fuzzer or an attacker sends: unbounded ranges and counts, values the
 * columns cannot hold, broken multipart bodies and addresses the container
 * refuses. Each is answered quickly with an RFC 9457 problem (in Chinese by
 * default, in English on request) and changes nothing.
 */
@EstateCareTest
@Import(HostileInputTests.Failing.class)
class HostileInputTests {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    Api api;

    @Autowired
    Fixtures given;

    @Autowired
    Environment environment;

    // ---- item 14: every range and count a client can ask for is bounded ----

    @Test
    void aQueryParameterWhosePercentEncodingCannotBeDecodedIsRefusedNamingIt() {
        for (String list : List.of("requests", "fines", "consultations", "special-reports", "me/inbox")) {
            Raw raw = raw("GET /api/v1/" + list + "?cursor=%%% HTTP/1.0");
            assertThat(raw.status()).as(list + ": " + raw.body()).isEqualTo(400);
            assertThat(raw.contentType()).startsWith(PROBLEM);
            JsonNode problem = Api.parse(raw.body());
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
            assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("is malformed");
        }
    }

    @Test
    void textHoldingANulCharacterIsRefusedNamingItsFieldAndStoresNothing() {
        var body = api.as("agent").english().post("/api/v1/customers", Map.of("name", "甲\u0000乙", "kind",
                "NEW_OWNER", "phone", "13966661234"));
        assertThat(body.status()).as(body.body()).isEqualTo(400);
        assertThat(body.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(body.json().get("errors").get(0).get("reason").asString())
                .isEqualTo("contains a NUL character (U+0000), which cannot be stored");
        assertThat(api.as("agent").get("/api/v1/customers", Map.of("q", "13966661234")).json().get("items"))
                .isEmpty();
        for (String list : List.of("sales/prospects", "club/members", "customers", "requests")) {
            var query = api.as("agent").get("/api/v1/" + list + "?q=%00");
            assertThat(query.status()).as(list + ": " + query.body()).isEqualTo(400);
            assertThat(query.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(query.json().get("errors").get(0).get("reason").asString()).isEqualTo("含有空字符（U+0000），无法保存");
        }
    }

    /**
     * A request line beyond what the server reads (8 KB) is refused by the container before any header is read,
     * so its Accept-Language is unknown: the problem says what happened in both languages.
     */
    @Test
    void aRequestLineLongerThanTheServerReadsIsAProblemInBothLanguages() {
        Raw raw = raw("GET /api/v1/requests?q=" + "a".repeat(10_000) + " HTTP/1.1");

        assertThat(raw.status()).as(raw.body()).isEqualTo(400);
        assertThat(raw.contentType()).startsWith(PROBLEM);
        JsonNode problem = Api.parse(raw.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:estatecare:problem:unreadable-request");
        assertThat(problem.get("detail").asString()).contains("8 KB").contains("请求").contains("request line");
    }

    @Test
    void calendarRangeFromTheBeginningOfTimeIsRefusedBeforeAnyCounting() {
        var response = quick("agent", "/api/v1/calendar/between?from=-999999999-01-01T00:00:00Z"
                + "&to=2026-01-01T00:00:00Z");
        assertProblem(response, 400, "from");
    }

    @Test
    void calendarRangeWiderThanTenYearsIsRefused() {
        var response = quick("agent", "/api/v1/calendar/between?from=2000-01-01T00:00:00Z"
                + "&to=2026-01-01T00:00:00Z");
        assertProblem(response, 400, "to");
        assertThat(reason(response, "to")).contains("3660 days");
        assertThat(quick("agent", "/api/v1/calendar/between?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                .status()).isEqualTo(200);
    }

    @Test
    void workingDaysAndHoursToAddAreBounded() {
        assertProblem(quick("agent", "/api/v1/calendar/add?from=2026-01-05T01:00:00Z&workingDays=100000"),
                400, "workingDays");
        assertProblem(quick("agent", "/api/v1/calendar/add?from=2026-01-05T01:00:00Z&workingHours=10000000"),
                400, "workingHours");
        assertProblem(quick("agent", "/api/v1/calendar/add?from=2026-01-05T01:00:00Z&workingDays=-5"),
                400, "workingDays");
        var withinBound = quick("agent", "/api/v1/calendar/add?from=2026-01-05T01:00:00Z&workingDays=3650");
        assertThat(withinBound.status()).as(withinBound.body()).isEqualTo(200);
    }

    @Test
    void calendarMomentsAndYearsFarFromNowAreRefused() {
        assertProblem(quick("agent", "/api/v1/calendar/check?at=%2B999999999-12-31T23:59:59Z"), 400, "at");
        assertProblem(quick("agent", "/api/v1/calendar/add?from=%2B999999999-12-31T23:59:59Z&workingHours=1"),
                400, "from");
        assertProblem(quick("agent", "/api/v1/calendar/days?year=999999999"), 400, "year");
    }

    @Test
    void listLimitsOfEveryListAreBounded() {
        long customer = api.as("manager").get("/api/v1/customers?limit=1").json().get("items").get(0).get("id").asLong();
        for (String list : List.of("/api/v1/requests", "/api/v1/units", "/api/v1/customers", "/api/v1/me/inbox",
                "/api/v1/special-reports", "/api/v1/customers/" + customer + "/file", "/api/v1/fines",
                "/api/v1/accounts", "/api/v1/policies/calendar/versions", "/api/v1/me/tokens")) {
            assertProblem(api.as("manager").get(list + "?limit=100000"), 400, "limit");
            assertProblem(api.as("manager").get(list + "?limit=0"), 400, "limit");
        }
        assertProblem(api.as("manager").get("/api/v1/requests?cursor=not-a-cursor"), 400, "cursor");
    }

    @Test
    void accountsSpecialReportsAndPolicyVersionsComeInPagesWithACursor() {
        JsonNode calendar = api.as("admin").get("/api/v1/policies/calendar").json().get("policy");
        for (String reason : List.of("第一次确认", "第二次确认")) {
            assertThat(api.as("admin").put("/api/v1/policies/calendar", Map.of("reason", reason, "policy", calendar))
                    .status()).isEqualTo(200);
        }
        for (int i = 0; i < 2; i++) {
            Map<String, Object> hotspot = given.complaintBody(given.unit().get("id").asLong());
            hotspot.put("media", "LIKELY");
            given.register(hotspot);
        }
        for (String list : List.of("/api/v1/accounts", "/api/v1/special-reports",
                "/api/v1/policies/calendar/versions")) {
            JsonNode everything = api.as("admin").get(list + "?limit=200").json();
            assertThat(everything.get("items").isArray()).as(list).isTrue();
            assertThat(everything.get("items").size()).as(list + " holds at least two pages of one").isGreaterThanOrEqualTo(2);
            JsonNode first = api.as("admin").get(list + "?limit=1").json();
            assertThat(first.get("items")).as(list).hasSize(1);
            assertThat(first.get("next").isNull()).as(list).isFalse();
            JsonNode second = api.as("admin").get(list + "?limit=1&cursor=" + first.get("next").asString()).json();
            assertThat(second.get("items")).as(list).hasSize(1);
            assertThat(List.of(first.get("items").get(0), second.get("items").get(0)))
                    .as(list).isEqualTo(List.of(everything.get("items").get(0), everything.get("items").get(1)));
        }
        assertThat(api.as("admin").get("/api/v1/accounts?limit=200").json().get("items").size())
                .as("the demo has more staff than one page of two").isGreaterThan(2);
    }

    @Test
    void importWithMoreRowsThanTheBoundIsRefusedAndImportsNothing() {
        long project = project();
        int before = units(project);
        StringBuilder csv = new StringBuilder("building,unitNo\n");
        for (int i = 0; i <= 20_000; i++) {
            csv.append("88栋,").append(i).append('\n');
        }
        var response = api.as("agent").multipart("/api/v1/projects/" + project + "/imports", "units.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertProblem(response, 400, "file");
        assertThat(units(project)).isEqualTo(before);
    }

    // ---- item 15: values the database cannot hold are 400/409/413 problems, never 500 ----

    @Test
    void unitAreaTheColumnCannotHoldIsRefused() {
        long building = building();
        var response = api.as("agent").post("/api/v1/units",
                Map.of("buildingId", building, "unitNo", "A-1e8", "areaSqm", 1e8));
        assertProblem(response, 400, "areaSqm");
        assertThat(unitNumbers(building)).doesNotContain("A-1e8");
    }

    @Test
    void sameUnitNumberTwiceInOneBuildingIsAConflict() {
        long building = building();
        Map<String, Object> body = Map.of("buildingId", building, "unitNo", "D-101", "areaSqm", 88.5);
        assertThat(api.as("agent").post("/api/v1/units", body).status()).isEqualTo(201);

        var again = api.as("agent").english().post("/api/v1/units", body);

        assertProblem(again, 409, "unitNo");
        assertThat(again.json().get("title").asString()).isEqualTo("Conflicts with existing data");
        assertThat(unitNumbers(building).stream().filter("D-101"::equals)).hasSize(1);
    }

    @Test
    void buildingNameLongerThanItsDerivedCodeAllowsIsRefused() {
        long project = project();
        int before = buildings(project);
        var response = api.as("agent").post("/api/v1/buildings",
                Map.of("projectId", project, "name", "N".repeat(38)));
        assertProblem(response, 400, "name");
        assertThat(buildings(project)).isEqualTo(before);

        Map<String, Object> body = Map.of("projectId", project, "name", "重名楼");
        assertThat(api.as("agent").post("/api/v1/buildings", body).status()).isEqualTo(201);
        assertProblem(api.as("agent").post("/api/v1/buildings", body), 409, "name");
        assertThat(buildings(project)).isEqualTo(before + 1);
    }

    @Test
    void consultationOpinionLongerThanTheTimelineHoldsIsRefused() {
        long id = given.register(given.complaintBody(given.unit().get("id").asLong()));
        var asked = api.as("agent").post("/api/v1/requests/" + id + "/consultations",
                Map.of("field", "LEGAL", "question", "合同条款如何解释？"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String path = "/api/v1/consultations/" + asked.json().get("id").asLong() + "/opinion";

        assertProblem(api.as("consultant").post(path, Map.of("opinion", "意".repeat(4001))), 400, "opinion");

        JsonNode consultation = api.as("agent").get("/api/v1/requests/" + id + "/consultations").json().get(0);
        assertThat(consultation.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(api.as("consultant").post(path, Map.of("opinion", "意".repeat(4000))).status()).isEqualTo(200);
    }

    @Test
    void malformedMultipartBodiesAreBadRequestsThatChangeNothing() {
        long request = given.register(given.repairBody(given.unit().get("id").asLong()));
        long project = project();
        int unitsBefore = units(project);
        String attachments = "/api/v1/requests/" + request + "/attachments";
        for (String path : List.of(attachments, "/api/v1/projects/" + project + "/imports",
                "/api/v1/calendar/ics?reason=test")) {
            String who = path.contains("calendar") ? "admin" : "agent";
            var noBoundary = api.as(who).send(api.as(who).builder(path).header("Content-Type", "multipart/form-data")
                    .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")));
            assertProblem(noBoundary, 400, null);
            var truncated = api.as(who).send(api.as(who).builder(path)
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
                            + "filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nbuilding,unitNo\r\n77栋,1")));
            assertProblem(truncated, 400, null);
            var missingPart = api.as(who).send(api.as(who).builder(path)
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\n"
                            + "x\r\n--xyz--\r\n")));
            assertProblem(missingPart, 400, "file");
        }
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
        assertProblem(api.as("agent").multipart(attachments, "photo\u0000.jpg", jpeg), 400, "file");
        assertThat(api.as("agent").get(attachments).json().size()).isZero();
        assertThat(units(project)).isEqualTo(unitsBefore);
    }

    @Test
    void calendarFileSentAsJsonIsAnUnsupportedMediaType() {
        var response = api.as("admin").english().post("/api/v1/calendar/ics?reason=test", Map.of("file", "BEGIN"));
        assertProblem(response, 415, null);
        assertThat(response.json().get("title").asString()).isEqualTo("Unsupported content type");
    }

    @Test
    void uploadLargerThanTheMultipartLimitIsA413Problem() {
        byte[] big = new byte[20 * 1024 * 1024 + 1024];
        var response = api.as("agent").multipart("/api/v1/projects/" + project() + "/imports", "units.csv", big);
        assertProblem(response, 413, "file");
    }

    @Test
    void calendarRangeToTheEndOfTimeIsRefused() {
        assertProblem(quick("agent", "/api/v1/calendar/between?from=2026-01-01T00:00:00Z"
                + "&to=%2B999999999-12-31T23:59:59Z"), 400, "to");
    }

    // ---- item 16: every error the application or its container sends is a problem ----

    @Test
    void unexpectedFailureIsAProblemThatRevealsNoInternals() {
        var response = api.as("agent").get("/api/v1/test-failure");
        assertProblem(response, 500, null);
        assertThat(response.json().get("title").asString()).isEqualTo("服务器内部错误");
        assertThat(response.body()).doesNotContain("timestamp", "trace", "secret detail", "IllegalStateException");
        assertThat(api.as("agent").english().get("/api/v1/test-failure").json().get("title").asString())
                .isEqualTo("Internal server error");

        var outsideMvc = api.anonymous().english().get("/test-filter-failure");
        assertProblem(outsideMvc, 500, null);
        assertThat(outsideMvc.json().get("title").asString()).isEqualTo("Internal server error");
        assertThat(outsideMvc.body()).doesNotContain("timestamp", "trace", "secret detail", "IllegalStateException");
    }

    @Test
    void unknownPathIsANotFoundProblem() {
        assertProblem(api.as("agent").get("/api/v1/no-such-thing"), 404, null);
        // a path without a file name is a route of the web app, answered with its page (WebAppTests)
        var anonymous = api.anonymous().english().get("/no-such-page.txt");
        assertProblem(anonymous, 404, null);
        assertThat(anonymous.json().get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void wrongMethodIsAMethodNotAllowedProblem() {
        var response = api.as("agent").send(api.as("agent").builder("/api/v1/me").DELETE());
        assertProblem(response, 405, null);
        assertThat(response.json().get("title").asString()).isEqualTo("不支持该请求方法");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void browserWriteWithoutCsrfTokenIsAForbiddenProblem() {
        var response = api.anonymous().english().send(api.anonymous().builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("username=agent&password=demo")));
        assertProblem(response, 403, null);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:estatecare:problem:csrf");
    }

    @Test
    void addressesTheFirewallRefusesAreProblems() {
        assertProblem(api.as("agent").get("/api/v1/me;jsessionid=x"), 400, null);
        assertProblem(api.as("agent").get("/api/v1/requests/1%2F2"), 400, null);
        assertProblem(api.as("agent").get("/api/v1/requests/1%252F2"), 400, null);
        Raw nul = raw("GET /api/v1/requests/%00 HTTP/1.0");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith(PROBLEM);
        assertThat(Api.parse(nul.body()).get("title").asString()).isEqualTo("Bad request");
    }

    @Test
    void rawUtf8InTheQueryIsAProblemNotAnHtmlPage() {
        Raw raw = raw("GET /api/v1/units?q=翠湖 HTTP/1.0");
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.contentType()).startsWith(PROBLEM);
        assertThat(raw.body()).doesNotContain("<html");
        // the request line could not be read, so neither could Accept-Language: both languages answer
        assertThat(Api.parse(raw.body()).get("title").asString())
                .isEqualTo("请求无法读取 / The request could not be read");
    }

    // ---- helpers ----

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).startsWith(PROBLEM);
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asString()).startsWith("urn:estatecare:problem:");
        assertThat(body.get("title").asString()).isNotBlank();
        if (field != null) {
            assertThat(body.get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.body()).contains(field);
        }
    }

    private static String reason(Api.Response response, String field) {
        return response.json().get("errors").valueStream().filter(e -> e.get("field").asString().equals(field))
                .map(e -> e.get("reason").asString()).findFirst().orElseThrow();
    }

    /** A GET that gives up after 20 s: what these tests send once held a CPU core for hours. */
    private Api.Response quick(String who, String path) {
        return api.as(who).send(api.as(who).english().builder(path).timeout(Duration.ofSeconds(20)).GET());
    }

    private long project() {
        return given.unit().get("projectId").asLong();
    }

    private long building() {
        return given.unit().get("buildingId").asLong();
    }

    private int units(long project) {
        int count = 0;
        String cursor = null;
        do {
            JsonNode page = api.as("agent").get("/api/v1/units?limit=200&projectId=" + project
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            count += page.get("items").size();
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        return count;
    }

    private List<String> unitNumbers(long building) {
        List<String> numbers = new ArrayList<>();
        api.as("agent").get("/api/v1/units?limit=200&buildingId=" + building).json().get("items")
                .forEach(u -> numbers.add(u.get("unitNo").asString()));
        return numbers;
    }

    private int buildings(long project) {
        return api.as("agent").get("/api/v1/projects/" + project + "/buildings").json().size();
    }

    record Raw(int status, String contentType, String body) {
    }

    /**
     * Sends a request line the HTTP client would refuse to send, byte for byte, over a plain socket.
     */
    private Raw raw(String requestLine) {
        String token = api.as("agent").authorization();
        byte[] request = (requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: " + token
                + "\r\nAccept-Language: en\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(environment.getProperty("local.server.port")))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            byte[] body = java.util.Arrays.copyOfRange(answer, split + 4, answer.length);
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            String contentType = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
            return new Raw(Integer.parseInt(head.substring(9, 12)), contentType,
                    new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A chunked body (a request line Tomcat cannot parse leaves it not knowing the client speaks HTTP/1.0). */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = i;
            while (chunked[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    /** An endpoint and a servlet filter that fail as an unforeseen bug would. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test-failure")
        String fail() {
            throw new IllegalStateException("secret detail of a bug");
        }

        @Bean
        FilterRegistrationBean<Filter> failingFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                throw new IllegalStateException("secret detail of a filter");
            });
            registration.addUrlPatterns("/test-filter-failure");
            return registration;
        }
    }
}
