package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.estatecare.security.ApiOperations.Answer;
import com.estatecare.security.ApiOperations.Operation;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;
import com.estatecare.support.Fixtures;

import tools.jackson.databind.JsonNode;

/**
 * The access matrix of docs/security.md, driven over HTTP: every role against every operation the application
 * describes, and for an operation on a request, customer, unit or project, against one in the caller's own
 * branch, one in another branch of the same company and one of another company — records this class makes
 * itself. An operation of {@code /v3/api-docs} without a row fails, with the row it observed to paste in.
 * <p>
 * Acting calls carry an empty body (or a multipart body without its file): an allowed caller gets a {@code 400}
 * or {@code 409} and nothing changes, a refused one its {@code 403} or {@code 404} before the body is read.
 */
@EstateCareTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    /** The demo login of each role of the matrix, all of the first company (上海城市公司) or the group. */
    static final Map<String, String> LOGINS = logins();
    private static final String UNKNOWN_ID = "999999999";
    /** Not a login: a browser before signing in, which echoes its XSRF-TOKEN cookie as the portal's page does. */
    private static final String BROWSER = "(browser)";

    @Autowired
    Api api;
    @Autowired
    Fixtures given;

    private List<Operation> operations;
    private AccessMatrix matrix;
    /** Per placement: the record in the caller's branch, in another branch of the company, in another company. */
    private final Map<String, List<Long>> targets = new LinkedHashMap<>();
    /** The owner's own record where it is not the staff's first target. */
    private final Map<String, Long> ownersOwn = new LinkedHashMap<>();
    private final List<String> rawStatuses = new ArrayList<>();
    private final Map<String, Answer> answers = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    void makeTheTargets() throws IOException {
        operations = ApiOperations.of(api.anonymous().get("/v3/api-docs").json());
        matrix = AccessMatrix.read();
        long lake = project("agent", "翠湖苑");
        long garden = project("agent", "锦澜园");
        long hangzhou = project("hz-agent", "西溪雅苑");
        targets.put("project", List.of(lake, garden, hangzhou));

        long ownersUnit = api.homeOf("owner");
        long gardenUnit = firstUnit(garden);
        long hangzhouUnit = api.homeOf("hz-owner");
        targets.put("unit", List.of(ownersUnit, gardenUnit, hangzhouUnit));

        long owner = api.as("owner").get("/api/v1/me").json().get("customerId").asLong();
        targets.put("customer", List.of(customer("agent", lake), customer("agent", garden),
                customer("hz-agent", hangzhou)));
        ownersOwn.put("customer", owner);

        Map<String, Object> ownersRepair = given.repairBody(ownersUnit);
        ownersRepair.put("customerId", owner);
        long mine = given.register(ownersRepair);
        given.act(mine, "agent", "note", Map.of("note", "矩阵内部备注：业主情绪激动"));
        long gardens = given.register(given.repairBody(gardenUnit));
        Api.Response other = api.as("hz-agent").post("/api/v1/requests", given.repairBody(hangzhouUnit));
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        targets.put("request", List.of(mine, gardens, other.json().get("id").asLong()));
    }

    @Test
    void everyOperationOfTheApiDescriptionHasARowAndEveryRowAnOperation() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> observed = new ArrayList<>();
        for (Operation operation : operations) {
            AccessMatrix.Row row = matrix.rows().get(operation.key());
            observed.add(observedRow(operation, row == null ? guessPlacement(operation.path()) : row.placed()));
            if (row == null) {
                missing.add(operation.key() + " — observed: " + observed.get(observed.size() - 1));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "access-matrix-observed.md"), String.join("\n", observed) + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "access-matrix-statuses.txt"), String.join("\n", rawStatuses) + "\n",
                StandardCharsets.UTF_8);
        List<String> described = operations.stream().map(Operation::key).toList();
        List<String> stale = matrix.rows().keySet().stream().filter(k -> !described.contains(k)).toList();

        assertThat(missing).as("operations of /v3/api-docs without a row in the access matrix of docs/security.md "
                + "(check each observed row against the spec, then add it; all observed rows are in "
                + "target/access-matrix-observed.md)").isEmpty();
        assertThat(stale).as("rows of the access matrix for operations the application no longer has").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> eachRowOfTheMatrixHoldsOverHttp() {
        return operations.stream().filter(o -> matrix.rows().containsKey(o.key()))
                .map(o -> DynamicTest.dynamicTest(o.key(), () -> check(o, matrix.rows().get(o.key()))));
    }

    @Test
    void anOwnerReadsOnlyTheCustomersViewOfTheirOwnRequest() {
        long mine = targets.get("request").get(0);
        JsonNode staff = given.get(mine);
        JsonNode view = api.as("owner").get("/api/v1/requests/" + mine).json();
        assertThat(view.get("number").asString()).isEqualTo(staff.get("number").asString());
        for (String internal : List.of("grade", "escalation", "timeLimits", "assignee", "readBackConfirmed")) {
            assertThat(view.has(internal)).as(internal).isFalse();
        }
        String timeline = api.as("owner").get("/api/v1/requests/" + mine + "/timeline").body();
        assertThat(api.as("agent").get("/api/v1/requests/" + mine + "/timeline").body()).contains("矩阵内部备注");
        assertThat(timeline).contains("REGISTER").doesNotContain("矩阵内部备注").doesNotContain("INTERNAL");
        assertThat(api.as("owner").get("/api/v1/requests?limit=200").json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).contains(mine).doesNotContain(targets.get("request").get(1));
    }

    @Test
    void aRoleThatAnOperationRefusesIsRefusedBeforeItsBodyIsRead() {
        String broken = "{\"username\": ";
        Api.Response agent = api.as("agent").post("/api/v1/accounts", broken);
        assertThat(agent.status()).as(agent.body()).isEqualTo(403);
        assertThat(agent.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agent.body()).doesNotContain("username");
        assertThat(api.as("admin").post("/api/v1/accounts", broken).status()).isEqualTo(400);

        Api.Response owner = api.as("owner").post("/api/v1/org-nodes", Map.of("name", "长".repeat(400_000)));
        assertThat(owner.status()).as(owner.body()).isEqualTo(403);
        assertThat(api.as("manager").get("/api/v1/reports/monthly?org=x&month=never").status()).isEqualTo(400);
        assertThat(api.as("agent").get("/api/v1/reports/monthly?org=x&month=never").status()).isEqualTo(403);
    }

    private void check(Operation operation, AccessMatrix.Row row) {
        List<String> wrong = new ArrayList<>();
        if (row.cells().values().stream().allMatch(c -> c.equals(List.of("open")))) {
            Answer answer = call(BROWSER, operation, row.placed(), 0);
            if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
                wrong.add("before signing in: " + answer);
            }
        } else {
            row.cells().forEach((role, expected) -> {
                for (int where = 0; where < expected.size(); where++) {
                    Answer answer = answer(role, operation, row.placed(), where);
                    if (!holds(expected.get(where), answer)) {
                        wrong.add(role + " " + WHERE.get(row.isPlaced() ? where : 3) + ": expected "
                                + expected.get(where) + ", got " + answer);
                    }
                }
            });
        }
        assertThat(wrong).as(operation.key()).isEmpty();
    }

    private static final List<String> WHERE = List.of("(own branch)", "(other branch)", "(other company)", "");

    /** Whether an answer is the outcome a cell names; no outcome is a 5xx, and every refusal is a problem. */
    private static boolean holds(String expected, Answer answer) {
        if (answer.status() >= 400 && !answer.isProblem()) {
            return false;
        }
        return expected.equals(outcome(answer));
    }

    private Answer call(String login, Operation operation, String placed, int where) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.parameters("path")) {
            String name = parameter.get("name").asString();
            values.put(name, "integer".equals(parameter.path("schema").path("type").asString()) ? UNKNOWN_ID
                    : "not-a-" + name);
        }
        values.put("action", "note");
        if (!"—".equals(placed)) {
            String first = operation.parameters("path").get(0).get("name").asString();
            Long target = where == 0 && "OWNER".equals(role(login)) && ownersOwn.containsKey(placed)
                    ? ownersOwn.get(placed) : targets.get(placed).get(where);
            values.put(first, String.valueOf(target));
        }
        String path = ApiOperations.withQuery(ApiOperations.concrete(operation.path(), values, UNKNOWN_ID),
                ApiOperations.requiredQuery(operation));
        Api.Caller caller = BROWSER.equals(login) ? browserBeforeSignIn() : api.as(login);
        String type = operation.bodyType();
        if (type == null) {
            return ApiOperations.send(caller, operation.method(), path, null, null);
        }
        if (type.startsWith("multipart/")) {
            return ApiOperations.send(caller, operation.method(), path, "multipart/form-data; boundary=matrix",
                    ApiOperations.multipartWithoutTheFile("matrix"));
        }
        return ApiOperations.send(caller, operation.method(), path, "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
    }

    private String observedRow(Operation operation, String placed) {
        List<List<String>> cells = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        boolean open = ApiOperations.OPEN.contains(operation.key());
        for (String role : LOGINS.keySet()) {
            List<String> outcomes = new ArrayList<>();
            for (int where = 0; where < ("—".equals(placed) ? 1 : 3); where++) {
                Answer answer = open ? null : answer(role, operation, placed, where);
                statuses.add(answer == null ? "open" : String.valueOf(answer.status()));
                outcomes.add(open ? "open" : outcome(answer));
            }
            cells.add(outcomes);
        }
        rawStatuses.add(operation.key() + " " + statuses);
        return AccessMatrix.format(operation.key(), operation.tag(), operation.action(), placed, cells);
    }

    private Api.Caller browserBeforeSignIn() {
        String xsrf = api.anonymous().get("/actuator/health").headers().getOrDefault("set-cookie", List.of()).stream()
                .map(c -> c.split(";", 2)[0]).filter(c -> c.startsWith("XSRF-TOKEN=") && c.length() > 11)
                .map(c -> c.substring(11)).findFirst().orElseThrow();
        return api.anonymous().header("Cookie", "XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf);
    }

    /** Each cell is called once: the row's check and the observed table share the answer. */
    private Answer answer(String role, Operation operation, String placed, int where) {
        return answers.computeIfAbsent(role + " " + operation.key() + " " + placed + " " + where,
                k -> call(LOGINS.get(role), operation, placed, where));
    }

    /** The outcome a cell names: the refusals by their status, anything else (done, a conflict) as ✓. */
    static String outcome(Answer answer) {
        return switch (answer.status()) {
            case 400, 401, 403, 404 -> String.valueOf(answer.status());
            default -> answer.status() >= 500 ? "5xx" : "✓";
        };
    }

    /** Where a new operation most likely belongs, by its path; the lead checks it when adding the row. */
    static String guessPlacement(String path) {
        if (path.matches("/api/v1/requests/\\{id}(/[a-z-]+)*(/\\{action})?")) {
            return "request";
        } else if (path.matches("/api/v1/customers/\\{id}(/[a-z-]+)*")) {
            return "customer";
        } else if (path.matches("/api/v1/units/\\{id}(/[a-z-]+)*")) {
            return "unit";
        } else if (path.matches("/api/v1/(delivery/)?projects/\\{(id|projectId)}(/[a-z-]+)*")) {
            return "project";
        }
        return "—";
    }

    private static String role(String login) {
        return LOGINS.entrySet().stream().filter(e -> Objects.equals(e.getValue(), login)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private long project(String who, String name) {
        JsonNode list = api.as(who).get("/api/v1/projects").json();
        return (list.has("items") ? list.get("items") : list).valueStream().filter(p -> p.get("name").asString()
                .equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    /** A unit of the project that the demo owner does not own. */
    private long firstUnit(long project) {
        List<Long> owners = api.as("owner").get("/api/v1/units?limit=200").json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).toList();
        return api.as("agent").get("/api/v1/units?limit=50&projectId=" + project).json().get("items").valueStream()
                .map(u -> u.get("id").asLong()).filter(id -> !owners.contains(id)).findFirst().orElseThrow();
    }

    private long customer(String who, long project) {
        Api.Response created = api.as(who).post("/api/v1/customers", Map.of("name", "矩阵客户",
                "kind", "NEW_OWNER", "projectId", project));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, String> logins() {
        Map<String, String> logins = new LinkedHashMap<>();
        logins.put("AGENT", "agent");
        logins.put("MANAGER", "manager");
        logins.put("HANDLER", "handler");
        logins.put("ENGINEER", "engineer");
        logins.put("CONSULTANT", "consultant");
        logins.put("PROJECT_COMPANY", "projectco");
        logins.put("HQ", "hq");
        logins.put("ADMIN", "admin");
        logins.put("AUDITOR", "auditor");
        logins.put("OWNER", "owner");
        return logins;
    }
}
