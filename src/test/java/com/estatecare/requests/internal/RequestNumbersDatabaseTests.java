package com.estatecare.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.estatecare.requests.RequestKind;
import com.estatecare.support.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;

/** Request numbers on the real counter table: several instances at once, and one started after another stopped. */
class RequestNumbersDatabaseTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void instancesRegisteringAtOnceGetUniqueNumbersAndALaterInstanceNeverRepeatsOne() throws Exception {
        TestPostgres server = TestPostgres.get();
        String database = server.createDatabase("t_request_numbers");
        Flyway.configure().dataSource(server.jdbcUrl(database), server.username(), server.password()).load().migrate();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(server.jdbcUrl(database));
            pool.setUsername(server.username());
            pool.setPassword(server.password());
            pool.setMaximumPoolSize(2);
            List<RequestNumbers> instances = List.of(new RequestNumbers(pool, 5), new RequestNumbers(pool, 5));
            Set<String> given = ConcurrentHashMap.newKeySet();
            List<String> repeated = new ArrayList<>();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    RequestNumbers numbers = instances.get(t % 2);
                    done.add(threads.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            String number = numbers.next(1, RequestKind.REPAIR, DAY);
                            if (!given.add(number)) {
                                synchronized (repeated) {
                                    repeated.add(number);
                                }
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdown();
                instances.forEach(RequestNumbers::destroy);
            }
            RequestNumbers restarted = new RequestNumbers(pool, 5);
            String afterRestart = restarted.next(1, RequestKind.REPAIR, DAY);
            restarted.destroy();

            assertThat(repeated).isEmpty();
            assertThat(given).hasSize(800).allMatch(n -> n.matches("BX-20261124-\\d{4}"));
            assertThat(given).doesNotContain(afterRestart);
            assertThat(afterRestart).isGreaterThan(given.stream().max(String::compareTo).orElseThrow());
        }
    }
}
