package com.estatecare.requests.internal;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes a new request's row with one prepared {@code insert}, in the caller's transaction. */
@Component
public class RequestRows {

    private final JdbcClient jdbc;
    /** The statement per set of columns (intake always gives the same set): built once. */
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    RequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the row ({@code columns}: column name to value in the order of the map, the names fixed by the
     * caller) and returns its id. The values are bound by position: on every intake, named parameters cost a
     * parse of the statement and a look-up per column.
     */
    public long insert(Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        String sql = statements.computeIfAbsent(names, n -> "insert into request (" + n + ") values ("
                + columns.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ") returning id");
        return jdbc.sql(sql).params(new ArrayList<>(columns.values())).query(Long.class).single();
    }
}
