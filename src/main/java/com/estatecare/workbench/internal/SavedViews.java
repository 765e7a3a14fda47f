package com.estatecare.workbench.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.workbench.ViewFilters;
import com.estatecare.workbench.ViewFilters.ViewList;

/**
 * Each staff member's saved views (named filters of the request list or a
 * clock queue), at most {@value #MAX_PER_PERSON} per person and company. A
 * view marked {@code shared} is offered, read-only, to the author's branch of
 * the organisation (their node and everything under it) in the same company;
 * only its author changes or deletes it. A view holds filters, never data: the
 * list it opens is scoped to whoever opens it.
 */
@Service
class SavedViews {

    static final int MAX_PER_PERSON = 50;
    /** The most views of colleagues one read offers, newest first. */
    static final int MAX_SHARED = 100;

    /** A saved view as its reader sees it; {@code mine} when the reader wrote it. */
    record SavedView(long id, String name, ViewList list, Map<String, String> filters, String query, boolean shared,
            boolean mine, String author, long version, Instant createdAt, Instant updatedAt) {
    }

    /** What a view is: its name, list, filters and whether the author's team sees it. */
    record ViewContent(String name, ViewList list, Map<String, String> filters, boolean shared) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Mine (at most 50), then my colleagues' shared views offered to me (at most 100), newest first. */
    @Transactional(readOnly = true)
    List<SavedView> visibleTo(CurrentUser user) {
        List<SavedView> views = new ArrayList<>(jdbc.sql("""
                select * from saved_view where account_id = :me and company_id = :company
                order by id desc limit :max""")
                .param("me", user.accountId()).param("company", company(user)).param("max", MAX_PER_PERSON)
                .query((rs, n) -> view(rs, user)).list());
        views.addAll(jdbc.sql("""
                select * from saved_view v
                where v.company_id = :company and v.shared and v.account_id <> :me and %s
                order by v.id desc limit :max""".formatted(VisibleTo.covering("v.scope_path", ":myPath")))
                .param("company", company(user)).param("me", user.accountId()).param("myPath", user.scopePath())
                .param("max", MAX_SHARED).query((rs, n) -> view(rs, user)).list());
        return views;
    }

    @Transactional
    SavedView create(ViewContent content, CurrentUser user) {
        Map<String, String> filters = ViewFilters.check(content.list(), content.filters());
        long mine = jdbc.sql("select count(*) from saved_view where account_id = :me and company_id = :company")
                .param("me", user.accountId()).param("company", company(user)).query(Long.class).single();
        if (mine >= MAX_PER_PERSON) {
            throw DomainException.conflict("too-many-views", MAX_PER_PERSON);
        }
        refuseDuplicate(content.name(), null, user);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into saved_view (company_id, account_id, scope_path, author_name, name, list, filters, shared,
                    version, created_at, updated_at)
                values (:company, :me, :path, :author, :name, :list, :filters, :shared, 0, :now, :now)
                returning id""")
                .param("company", company(user)).param("me", user.accountId()).param("path", user.scopePath())
                .param("author", user.displayName()).param("name", content.name().trim())
                .param("list", content.list().name()).param("filters", ViewFilters.toQuery(filters))
                .param("shared", content.shared()).param("now", Timestamp.from(now)).query(Long.class).single();
        return own(id, user);
    }

    @Transactional
    SavedView update(long id, long version, ViewContent content, CurrentUser user) {
        SavedView current = own(id, user);
        if (current.version() != version) {
            throw DomainException.staleVersion(version, current.version());
        }
        Map<String, String> filters = ViewFilters.check(content.list(), content.filters());
        refuseDuplicate(content.name(), id, user);
        jdbc.sql("""
                update saved_view set name = :name, list = :list, filters = :filters, shared = :shared,
                    version = version + 1, updated_at = :now
                where id = :id and account_id = :me and version = :version""")
                .param("name", content.name().trim()).param("list", content.list().name())
                .param("filters", ViewFilters.toQuery(filters)).param("shared", content.shared())
                .param("now", Timestamp.from(clock.instant())).param("id", id).param("me", user.accountId())
                .param("version", version).update();
        return own(id, user);
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        own(id, user);
        jdbc.sql("delete from saved_view where id = :id and account_id = :me").param("id", id)
                .param("me", user.accountId()).update();
    }

    /** One of the caller's own views, or 404: another person's view cannot be changed, nor shown to exist. */
    private SavedView own(long id, CurrentUser user) {
        return jdbc.sql("select * from saved_view where id = :id and account_id = :me and company_id = :company")
                .param("id", id).param("me", user.accountId()).param("company", company(user))
                .query((rs, n) -> view(rs, user)).optional()
                .orElseThrow(() -> DomainException.notFound("view"));
    }

    private void refuseDuplicate(String name, Long except, CurrentUser user) {
        long same = jdbc.sql("""
                select count(*) from saved_view
                where account_id = :me and company_id = :company and name = :name and id <> :except""")
                .param("me", user.accountId()).param("company", company(user)).param("name", name.trim())
                .param("except", except == null ? -1L : except).query(Long.class).single();
        if (same > 0) {
            throw DomainException.duplicate("name");
        }
    }

    /** Group-wide staff keep their views under the group (company 0), as group-wide policies are. */
    private static long company(CurrentUser user) {
        return user.companyId() == null ? Policies.GROUP : user.companyId();
    }

    private static SavedView view(ResultSet rs, CurrentUser user) throws SQLException {
        String query = rs.getString("filters");
        return new SavedView(rs.getLong("id"), rs.getString("name"), ViewList.valueOf(rs.getString("list")),
                ViewFilters.fromQuery(query), query, rs.getBoolean("shared"),
                rs.getLong("account_id") == user.accountId(), rs.getString("author_name"), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
