package com.estatecare.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.CursorPage;
import com.estatecare.requests.RequestStatus;
import com.estatecare.support.TestPostgres;

/**
 * The list on the real table when a narrow scope's rows are all older than the newest rows of others: the
 * first pass over the newest rows finds none of them, the second finds them through the scope, and every page
 * is complete, newest first, with the cursor on to the next — the same pages a broad scope gets from the
 * first pass alone.
 */
class RequestListPlanTests {

    private static final int OTHERS = RequestQueries.NEWEST_ROWS + 500;
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static int batches;
    private static JdbcClient jdbc;
    private static RequestQueries queries;

    @BeforeAll
    static void database() {
        TestPostgres server = TestPostgres.get();
        String database = server.createDatabase("t_request_list_plan");
        Flyway.configure().dataSource(server.jdbcUrl(database), server.username(), server.password()).load().migrate();
        DataSource single = new SingleConnectionDataSource(server.jdbcUrl(database), server.username(),
                server.password(), true);
        jdbc = JdbcClient.create(single);
        queries = new RequestQueries(JdbcClient.create(counting(single)), List.of());
        rows(60, "/1/2/3/", "RECEIVED");   // the narrow scope: the oldest rows
        rows(10, "/1/2/5/", "ARCHIVED");   // another, to grow broad later
        rows(OTHERS, "/1/2/4/", "ARCHIVED"); // then many more of another branch
    }

    private static void rows(int n, String scope, String status) {
        jdbc.sql("""
                insert into request (company_id, number, kind, channel, status, emergency, scope_path, description,
                                     received_at, read_back_confirmed, handling_round, steps, version, created_at,
                                     updated_at)
                select 1, :scope || :batch || '-' || g, 'REPAIR', 'PHONE', :status, false, :scope, 'test', now(), true, 1, 0, 0, now(),
                       now()
                from generate_series(1, :n) g""").param("scope", scope).param("batch", ++batches).param("status", status).param("n", n)
                .update();
    }

    /** Counts the statements the list prepares. */
    private static DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] { Connection.class }, (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare")) {
                                STATEMENTS.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    private static CurrentUser staff(String scope) {
        return new CurrentUser(1, "engineer", "工程师", Set.of(Role.ENGINEER), 3, scope, 1L, null, null);
    }

    private static RequestQueries.Filter none() {
        return new RequestQueries.Filter(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static List<Long> ids(String scope) {
        return jdbc.sql("select id from request where scope_path = :scope order by id desc").param("scope", scope)
                .query(Long.class).list();
    }

    @Test
    void aNarrowScopeWhoseRowsAreOlderThanTheNewestGetsCompletePages() {
        List<Long> narrow = ids("/1/2/3/");
        CursorPage<RequestQueries.Item> first = queries.list(none(), null, 50, staff("/1/2/3/"));
        assertThat(first.items()).extracting(RequestQueries.Item::id).containsExactlyElementsOf(narrow.subList(0, 50));
        assertThat(first.next()).isNotNull();
        CursorPage<RequestQueries.Item> second = queries.list(none(), first.next(), 50, staff("/1/2/3/"));
        assertThat(second.items()).extracting(RequestQueries.Item::id)
                .containsExactlyElementsOf(narrow.subList(50, 60));
        assertThat(second.next()).isNull();
    }

    @Test
    void aBroadScopeAndAFilterGetTheSamePagesAsBefore() {
        List<Long> all = jdbc.sql("select id from request order by id desc").query(Long.class).list();
        CursorPage<RequestQueries.Item> broad = queries.list(none(), null, 50, staff("/1/"));
        assertThat(broad.items()).extracting(RequestQueries.Item::id).containsExactlyElementsOf(all.subList(0, 50));
        RequestQueries.Filter received = new RequestQueries.Filter(RequestStatus.RECEIVED, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(queries.list(received, null, 50, staff("/1/")).items()).extracting(RequestQueries.Item::id)
                .containsExactlyElementsOf(ids("/1/2/3/").subList(0, 50));
        CursorPage<RequestQueries.Item> deep = queries.list(none(), CursorPage.encode(all.get(all.size() - 20)), 50,
                staff("/1/"));
        assertThat(deep.items()).extracting(RequestQueries.Item::id)
                .containsExactlyElementsOf(all.subList(all.size() - 19, all.size()));
        assertThat(deep.next()).isNull();
    }

    @Test
    void aNarrowScopeIsRememberedAndItsLaterPagesAreOneStatement() {
        List<Long> narrow = ids("/1/2/3/");
        queries.list(none(), null, 50, staff("/1/2/3/"));
        STATEMENTS.set(0);
        CursorPage<RequestQueries.Item> first = queries.list(none(), null, 50, staff("/1/2/3/"));
        CursorPage<RequestQueries.Item> second = queries.list(none(), first.next(), 50, staff("/1/2/3/"));
        assertThat(STATEMENTS).hasValue(2);
        assertThat(first.items()).extracting(RequestQueries.Item::id).containsExactlyElementsOf(narrow.subList(0, 50));
        assertThat(second.items()).extracting(RequestQueries.Item::id)
                .containsExactlyElementsOf(narrow.subList(50, 60));
        assertThat(second.next()).isNull();
        STATEMENTS.set(0);
        queries.list(none(), null, 50, staff("/1/"));
        assertThat(STATEMENTS).as("a broad scope is found among the newest rows, in one statement").hasValue(1);
    }

    @Test
    void aRememberedScopeThatGrewBroadIsReadInTwoPassesAgainAndStaysComplete() {
        assertThat(queries.list(none(), null, 50, staff("/1/2/5/")).items()).hasSize(10);
        rows(RequestQueries.NARROW_ROWS + 1, "/1/2/5/", "ARCHIVED");
        List<Long> grown = ids("/1/2/5/");
        STATEMENTS.set(0);
        CursorPage<RequestQueries.Item> first = queries.list(none(), null, 50, staff("/1/2/5/"));
        assertThat(first.items()).extracting(RequestQueries.Item::id).containsExactlyElementsOf(grown.subList(0, 50));
        assertThat(STATEMENTS).as("the bounded pass, then the newest rows").hasValue(2);
        STATEMENTS.set(0);
        CursorPage<RequestQueries.Item> again = queries.list(none(), null, 50, staff("/1/2/5/"));
        assertThat(again.items()).extracting(RequestQueries.Item::id).containsExactlyElementsOf(grown.subList(0, 50));
        assertThat(STATEMENTS).as("forgotten: the newest rows alone").hasValue(1);
    }
}
