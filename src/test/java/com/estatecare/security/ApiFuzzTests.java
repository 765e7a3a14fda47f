package com.estatecare.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.estatecare.security.ApiOperations.Answer;
import com.estatecare.security.ApiOperations.Operation;
import com.estatecare.security.FuzzCases.Case;
import com.estatecare.support.AfterCommitWork;
import com.estatecare.support.Api;
import com.estatecare.support.EstateCareTest;

import tools.jackson.databind.JsonNode;

/**
 * Every operation of {@code /v3/api-docs}, called with malformed input by an administrator of the group and a
 * manager of a company: bad ids in the path, wrong, huge and odd query values, broken and wrong-typed bodies,
 * wrong content types (see {@link FuzzCases}). No answer may be a 5xx, every refusal is an RFC 9457 problem, and
 * nothing is written: the highest id of every table is the same after each call as before it.
 */
@EstateCareTest
class ApiFuzzTests {

    /**
     * What is written by design: a refused reveal is itself an audit entry, and so is an export of the audit log
     * (odd text is a valid search for a person's name: it answers, and the export is recorded).
     */
    private static final Map<String, String> WRITES_BY_DESIGN = Map.of("/reveal", "audit_entry",
            "/audit-log/export", "audit_entry");

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AfterCommitWork afterCommit;

    @Test
    void malformedInputToEveryOperationIsAProblemAndChangesNothing() {
        JsonNode description = api.anonymous().get("/v3/api-docs").json();
        List<Operation> operations = ApiOperations.of(description);
        warmUp(operations);
        String fingerprint = fingerprintQuery();
        List<String> faults = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations) {
            List<Case> cases = FuzzCases.of(operation, description.get("components"));
            for (String who : List.of("admin", "manager")) {
                // the administrator makes every case, the manager every third one: both roles, within the minute
                List<Case> mine = who.equals("admin") ? cases
                        : IntStream.range(0, cases.size()).filter(i -> i % 3 == 0).mapToObj(cases::get).toList();
                Map<String, Long> before = highestIds(fingerprint);
                for (Case c : mine) {
                    String fault = fault(send(who, operation, c));
                    if (fault != null) {
                        faults.add(operation.key() + " as " + who + ", " + c.what() + ": " + fault);
                    }
                }
                calls += mine.size();
                if (!changed(before, highestIds(fingerprint), operation).isEmpty()) {
                    faults.addAll(whichWrote(who, operation, mine, fingerprint));
                }
            }
        }
        System.out.println("ApiFuzzTests: " + calls + " malformed calls to " + operations.size() + " operations");
        assertThat(faults).as("malformed calls answered with a 5xx, without a problem, naming no field, or that wrote").isEmpty();
        assertThat(calls).isGreaterThan(operations.size() * 10);
    }

    /**
     * Signs both callers in (issuing their tokens) and reads each list once with plausible input, so that what a
     * first call does once — a token, a policy's default version stored on first use — is done before counting.
     */
    private void warmUp(List<Operation> operations) {
        for (String who : List.of("admin", "manager")) {
            api.as(who).get("/api/v1/me");
            operations.stream().filter(o -> o.method().equals("GET") && !o.path().contains("{")
                    && !o.path().endsWith("/export") && !o.path().endsWith("/live"))
                    .forEach(o -> ApiOperations.send(api.as(who), "GET",
                            ApiOperations.withQuery(o.path(), ApiOperations.requiredQuery(o)), null, null));
        }
        afterCommit.awaitDone(Duration.ofSeconds(30));
    }

    /** The cases of an operation that wrote, each made again alone (only when the operation's cases wrote). */
    private List<String> whichWrote(String who, Operation operation, List<Case> cases, String fingerprint) {
        List<String> wrote = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Long> before = highestIds(fingerprint);
            Answer answer = send(who, operation, c);
            Map<String, Long> written = changed(before, highestIds(fingerprint), operation);
            if (!written.isEmpty()) {
                wrote.add(operation.key() + " as " + who + ", " + c.what() + ": " + answer.status() + " and wrote "
                        + written);
            }
        }
        return wrote.isEmpty() ? List.of(operation.key() + " as " + who + ": wrote, but no case alone did") : wrote;
    }

    private Answer send(String who, Operation operation, Case c) {
        return ApiOperations.send(api.as(who), operation.method(), c.path(), c.contentType(), c.body());
    }

    private static String fault(Answer answer) {
        if (answer.status() >= 500) {
            return "answered " + answer;
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "not a problem: " + answer.contentType() + " " + answer;
        }
        if (answer.isProblem() && answer.body().contains("\"urn:estatecare:problem:invalid-input\"")
                && !answer.body().contains("\"field\"")) {
            return "invalid input that names no field: " + answer;
        }
        return null;
    }

    private Map<String, Long> changed(Map<String, Long> before, Map<String, Long> after, Operation operation) {
        Map<String, Long> changed = new LinkedHashMap<>();
        after.forEach((table, id) -> {
            if (!id.equals(before.get(table)) && WRITES_BY_DESIGN.entrySet().stream().noneMatch(
                    e -> operation.path().endsWith(e.getKey()) && e.getValue().equals(table))) {
                changed.put(table, id - before.getOrDefault(table, 0L));
            }
        });
        return changed;
    }

    /** One query for the highest id of every table that has a numeric id. */
    private String fingerprintQuery() {
        List<String> tables = jdbc.sql("""
                select table_name
                  from information_schema.columns
                 where table_schema = current_schema()
                   and column_name = 'id'
                   and data_type in ('bigint', 'integer')
                 order by table_name
                """).query(String.class).list();
        return tables.stream().map(t -> "select '" + t + "' as t, coalesce(max(id), 0) as m from " + t)
                .collect(Collectors.joining("\nunion all\n"));
    }

    private Map<String, Long> highestIds(String query) {
        Map<String, Long> ids = new LinkedHashMap<>();
        jdbc.sql(query).query((rs, n) -> ids.put(rs.getString("t"), rs.getLong("m"))).list();
        return ids;
    }
}
