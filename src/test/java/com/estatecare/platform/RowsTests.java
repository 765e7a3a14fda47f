package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
/**
 * The shared record mapper reads an {@link Instant} column with {@code getTimestamp}: it never asks the
 * driver for {@code getObject(i, Instant.class)}, which PostgreSQL's driver answers with an exception.
 */
class RowsTests {

    enum Visibility { INTERNAL, CUSTOMER }

    record Item(long id, String name, Instant at, Instant missing, Visibility visibility, Long none) {
    }

    private static final Instant AT = Instant.parse("2026-11-25T08:00:00.123456Z");

    /** A one-row result whose getObject(i, Class) fails as PostgreSQL's driver does for Instant. */
    private static ResultSet row(Map<String, Object> values) {
        List<String> columns = List.copyOf(values.keySet());
        ResultSetMetaData meta = (ResultSetMetaData) Proxy.newProxyInstance(RowsTests.class.getClassLoader(),
                new Class<?>[] { ResultSetMetaData.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getColumnCount" -> columns.size();
                    case "getColumnLabel", "getColumnName" -> columns.get((int) args[0] - 1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        boolean[] wasNull = new boolean[1];
        return (ResultSet) Proxy.newProxyInstance(RowsTests.class.getClassLoader(), new Class<?>[] { ResultSet.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return meta;
                    }
                    if (method.getName().equals("wasNull")) {
                        return wasNull[0];
                    }
                    if (method.getName().equals("getObject") && args.length == 2) {
                        throw new SQLFeatureNotSupportedException("conversion to " + args[1] + " not supported");
                    }
                    if (method.getName().equals("findColumn")) {
                        return columns.indexOf((String) args[0]) + 1;
                    }
                    String column = args[0] instanceof String label ? label : columns.get((int) args[0] - 1);
                    Object value = values.get(column);
                    wasNull[0] = value == null;
                    return switch (method.getName()) {
                        case "getLong" -> value == null ? 0L : ((Number) value).longValue();
                        case "getString" -> value == null ? null : value.toString();
                        case "getTimestamp" -> value == null ? null : Timestamp.from((Instant) value);
                        case "getObject" -> value;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    @Test
    void instantColumnsAreReadAsTimestampsNeverThroughTheDriversGetObject() throws Exception {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put("id", 7L);
        values.put("name", "x");
        values.put("at", AT);
        values.put("missing", null);
        values.put("visibility", "CUSTOMER");
        values.put("none", null);
        Item item = Rows.of(Item.class).mapRow(row(values), 0);
        assertThat(item).isEqualTo(new Item(7, "x", AT, null, Visibility.CUSTOMER, null));
    }

    @Test
    void oneMapperPerType() {
        assertThat(Rows.of(Item.class)).isSameAs(Rows.of(Item.class));
    }
}
