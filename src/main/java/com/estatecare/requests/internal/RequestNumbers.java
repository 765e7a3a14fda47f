package com.estatecare.requests.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

import com.estatecare.requests.RequestKind;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Human-readable numbers per company, kind and day: {@code BX-20261123-0007}.
 * Numbers come from blocks of {@code estatecare.intake.number-block} reserved
 * on the day's counter row in a transaction of their own (one statement, on a
 * small pool of its own, so a reservation never waits for a connection held by
 * an intake); an intake never holds the counter row's lock. Unique per company,
 * kind and day across instances, restarts and kill -9; unused numbers of a
 * block are skipped (docs/decisions/005-request-numbers.md).
 */
@Component
public class RequestNumbers implements DisposableBean {

    private static final String RESERVE = """
            insert into request_number_counter (company_id, prefix, on_day, last_value) values (?, ?, ?, ?)
            on conflict (company_id, prefix, on_day)
            do update set last_value = request_number_counter.last_value + excluded.last_value
            returning last_value""";

    private final DataSource dataSource;
    private final NumberBlocks blocks;
    private HikariDataSource pool;

    RequestNumbers(DataSource dataSource, @Value("${estatecare.intake.number-block:10}") int blockSize) {
        this.dataSource = dataSource;
        this.blocks = new NumberBlocks(this::reserve, blockSize);
    }

    public String next(long companyId, RequestKind kind, LocalDate day) {
        return format(kind, day, blocks.next(new NumberBlocks.Key(companyId, kind.prefix(), day)));
    }

    static String format(RequestKind kind, LocalDate day, int value) {
        return "%s-%04d%02d%02d-%04d".formatted(kind.prefix(), day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
                value);
    }

    private int reserve(NumberBlocks.Key key, int size) {
        try (Connection c = pool().getConnection(); PreparedStatement s = c.prepareStatement(RESERVE)) {
            s.setLong(1, key.companyId());
            s.setString(2, key.prefix());
            s.setObject(3, key.day());
            s.setInt(4, size);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not reserve request numbers", e);
        }
    }

    /** Two connections, auto-commit, otherwise configured like the application's pool. */
    private synchronized DataSource pool() throws SQLException {
        if (pool == null) {
            HikariConfig config = new HikariConfig();
            dataSource.unwrap(HikariDataSource.class).copyStateTo(config);
            config.setPoolName("request-numbers");
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setAutoCommit(true);
            config.setRegisterMbeans(false);
            config.setMetricsTrackerFactory(null);
            config.setMetricRegistry(null);
            config.setHealthCheckRegistry(null);
            pool = new HikariDataSource(config);
        }
        return pool;
    }

    @Override
    public synchronized void destroy() {
        if (pool != null) {
            pool.close();
        }
    }
}
