package com.estatecare.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * The one row mapper for reading rows into records by column name:
 * {@code jdbc.sql(…).query(Rows.of(Item.class))} instead of {@code query(Item.class)}.
 * <p>
 * Two costs of Spring's own mapping go: an {@link Instant} component is read with
 * {@code getTimestamp} (Spring asks PostgreSQL's driver for {@code getObject(i, Instant.class)}, which
 * the driver refuses by building an exception, stack trace and all, before Spring falls back — per
 * column and row), and the record's constructor and components are introspected once per type instead
 * of on every query.
 */
public final class Rows {

    private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> of(Class<T> type) {
        return (RowMapper<T>) MAPPERS.computeIfAbsent(type, RecordMapper::new);
    }

    private static final class RecordMapper<T> extends DataClassRowMapper<T> {

        RecordMapper(Class<T> type) {
            super(type);
        }

        @Override
        protected Object getColumnValue(ResultSet rs, int index, Class<?> paramType) throws SQLException {
            if (paramType == Instant.class) {
                Timestamp at = rs.getTimestamp(index);
                return at == null ? null : at.toInstant();
            }
            return super.getColumnValue(rs, index, paramType);
        }
    }
}
