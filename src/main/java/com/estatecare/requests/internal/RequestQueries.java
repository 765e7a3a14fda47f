package com.estatecare.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.requests.Action;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.OwnerSteps;
import com.estatecare.requests.RecordFilters;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestListCriterion;
import com.estatecare.requests.RequestListFilters;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.WaitingOn;

/**
 * The request list: filters on indexed columns and keyset pagination on the
 * id, so that page 1000 costs what page 1 costs, at millions of rows. One
 * query per page, no joins: the labels a list shows were copied at intake.
 */
@Component
class RequestQueries {

    /**
     * The list's filters. The workbench's queues are filters too: {@code assignee} ME (mine), TEAM (my department's) or NONE
     * (unassigned: neither a person nor a department took it), {@code open} (not archived or cancelled),
     * {@code waitingOn} CUSTOMER, and {@code ids} — the rows of a page of clocks, at most 100.
     */
    record Filter(RequestStatus status, RequestKind kind, Category category, Long projectId, Long buildingId,
            Long unitId, Long customerId, Long assigneeId, Instant createdFrom, Instant createdTo, String q,
            RequestListFilters.Assignee assignee, Boolean open, WaitingOn waitingOn, List<Long> ids, Channel channel,
            String branchPath, Instant receivedFrom, Instant receivedTo, RecordFilters recorded, Boolean awaitingMe) {

        Filter {
            recorded = recorded == null ? RecordFilters.NONE : recorded;
            ids = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
            if (ids.size() > RequestListFilters.MAX_IDS) {
                throw DomainException.invalidField("ids", "max-items", RequestListFilters.MAX_IDS);
            }
            if (q != null && q.length() > RequestListFilters.MAX_Q) {
                throw DomainException.invalidField("q", "length", 0, RequestListFilters.MAX_Q);
            }
        }
    }


    record Item(long id, String number, RequestKind kind, RequestStatus status, Category category, Channel channel,
            boolean emergency, Long projectId, Long buildingId, Long unitId, String unit, Long customerId,
            String customerName, String reporterName, String reporterPhone, Long assigneeId, String assigneeName,
            String department, String firstContactName, int handlingRound, Instant receivedAt, Instant createdAt,
            Instant updatedAt, @JsonIgnore Instant planConfirmedAt) {
    }

    /**
     * A list row as the customer reads it: no assignee, department or first contact; with the steps the owner
     * may take on it now ({@link OwnerSteps}, as on the request itself), so the portal knows what waits on them.
     */
    record CustomerItem(long id, String number, RequestKind kind, RequestStatus status, Category category,
            Channel channel, boolean emergency, Long projectId, Long buildingId, Long unitId, String unit,
            Long customerId, String customerName, String reporterName, String reporterPhone, int handlingRound,
            Instant receivedAt, Instant createdAt, Instant updatedAt, List<String> allowedActions) {

        static CustomerItem of(Item i) {
            return new CustomerItem(i.id(), i.number(), i.kind(), i.status(), i.category(), i.channel(),
                    i.emergency(), i.projectId(), i.buildingId(), i.unitId(), i.unit(), i.customerId(),
                    i.customerName(), i.reporterName(), i.reporterPhone(), i.handlingRound(), i.receivedAt(),
                    i.createdAt(), i.updatedAt(), OwnerSteps.now(i.kind(), i.status(), i.planConfirmedAt() != null)
                            .stream().map(Action::pathName).toList());
        }
    }

    private final JdbcClient jdbc;
    private final List<RequestListCriterion> criteria;

    RequestQueries(JdbcClient jdbc, List<RequestListCriterion> criteria) {
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /** The columns of a list row. */
    private static final String COLUMNS = """
            id, number, kind, status, category, channel, emergency, project_id, building_id, unit_id,
            unit_label as unit, customer_id, customer_name, reporter_name, reporter_phone, assignee_id,
            assignee_name, department, first_contact_name, handling_round, received_at, created_at, updated_at,
            plan_confirmed_at""";
    /** How many of the newest rows (before the cursor) the first pass reads at most. */
    static final int NEWEST_ROWS = 2000;
    /** The most rows a filter may match and still be remembered as narrow (see {@link #list}). */
    static final int NARROW_ROWS = 5000;
    /** How many narrow filters are remembered at most; when full, the memory starts afresh. */
    private static final int REMEMBERED = 1024;

    /**
     * Filters (the statement's conditions and their values, the cursor left out) whose first page the newest rows
     * did not fill and whose matching rows were few: their pages skip the first pass.
     */
    private final Set<String> narrow = ConcurrentHashMap.newKeySet();

    /**
     * At most two statements, so no transaction: no entity manager, no {@code BEGIN} and {@code COMMIT}.
     * The first reads the newest {@link #NEWEST_ROWS} rows before the cursor, newest first, and keeps those the
     * filters let through: a page of a broad scope is found there at once. Only when that does not fill the page
     * does the second find the matching rows through the filters' own indexes (the scope's pattern index, a
     * customer's, a status's) and sorts them — also on the last pages, where it is cheap. One statement with {@code order by id desc limit} left that choice to
     * the planner, which assumes the matching rows are spread evenly over the ids: for an engineer whose 1,180
     * rows were all older than a million others it walked the primary key backwards through 956,776 rows
     * (620 ms, docs/performance.md, round 5).
     * <p>
     * A narrow filter's first pass reads its 2,000 rows for nothing, on every page (most of the narrow page's
     * time at 1,000,000 rows, docs/performance.md, round 6). So a filter whose
     * first page needed the second pass, and matched at most {@link #NARROW_ROWS} rows, is remembered, and its
     * later pages are read by the second pass alone, bounded to {@link #NARROW_ROWS} + 1 matching rows: fewer
     * means they were all of them and the page is exact; more means the filter has grown broad, and it is
     * forgotten and read in two passes again. The answer is the same either way; only the work differs.
     */
    CursorPage<Item> list(Filter f, String cursor, int limit, CurrentUser user) {
        StringBuilder where = new StringBuilder(" where r.id < :after");
        Map<String, Object> p = new HashMap<>();
        p.put("after", CursorPage.decode(cursor));
        conditions(where, p, f, user);
        recorded(where, p, f.recorded(), user);
        String key = key(where, p);
        if (narrow.contains(key)) {
            Pass bounded = matching(where, p, limit, NARROW_ROWS + 1);
            if (bounded.matched() <= NARROW_ROWS) {
                return page(bounded.rows(), limit);
            }
            narrow.remove(key);
        }
        String newest = "select " + COLUMNS + " from (select * from request r where r.id < :after order by r.id desc"
                + " limit " + NEWEST_ROWS + ") r" + where + " order by r.id desc limit " + (limit + 1);
        List<Item> rows = jdbc.sql(newest).params(p).query(RequestQueries::item).list();
        if (rows.size() > limit) {
            return page(rows, limit);
        }
        Pass all = matching(where, p, limit, null);
        if (cursor == null && all.matched() <= NARROW_ROWS) {
            remember(key);
        }
        return page(all.rows(), limit);
    }

    private static CursorPage<Item> page(List<Item> rows, int limit) {
        return CursorPage.of(rows.stream().map(RequestQueries::masked).toList(), limit, Item::id);
    }

    /** The newest rows of the second pass, and how many rows matched (up to its bound, if it has one). */
    private record Pass(List<Item> rows, long matched) {
    }

    /**
     * The second pass: the matching rows found through the filters' own indexes, the newest {@code limit + 1},
     * and how many matched; with a {@code bound}, no more than that many matching rows are read.
     */
    private Pass matching(CharSequence where, Map<String, Object> p, int limit, Integer bound) {
        record Counted(Item item, long matched) {
        }
        List<Counted> rows = jdbc.sql("with matching as materialized (select r.id from request r" + where
                + (bound == null ? "" : " limit " + bound) + ")"
                + " select " + COLUMNS + ", (select count(*) from matching) as matched from request r"
                + " where r.id in (select id from matching order by id desc limit " + (limit + 1) + ")"
                + " order by r.id desc").params(p)
                .query((rs, n) -> new Counted(item(rs, n), rs.getLong("matched"))).list();
        return new Pass(rows.stream().map(Counted::item).toList(), rows.isEmpty() ? 0 : rows.get(0).matched());
    }

    private void remember(String key) {
        if (narrow.size() >= REMEMBERED) {
            narrow.clear();
        }
        narrow.add(key);
    }

    /** What identifies a filter: its conditions and their values, not the cursor. */
    private static String key(CharSequence where, Map<String, Object> p) {
        Map<String, Object> values = new TreeMap<>(p);
        values.remove("after");
        return where + " " + values;
    }

    private static Item masked(Item i) {
        return new Item(i.id(), i.number(), i.kind(), i.status(), i.category(), i.channel(), i.emergency(),
                i.projectId(), i.buildingId(), i.unitId(), i.unit(), i.customerId(), i.customerName(), i.reporterName(),
                PhoneNumber.mask(i.reporterPhone()), i.assigneeId(), i.assigneeName(), i.department(),
                i.firstContactName(), i.handlingRound(), i.receivedAt(), i.createdAt(), i.updatedAt(),
                i.planConfirmedAt());
    }

    /** The caller's scope and the list's filters, appended to {@code sql} as {@code and …} conditions on r. */
    private static void conditions(StringBuilder sql, Map<String, Object> p, Filter f, CurrentUser user) {
        if (user.isOwner()) {
            sql.append(" and r.customer_id = :me");
            p.put("me", user.customerId() == null ? -1 : user.customerId());
        } else {
            // an org node's branch (checked to lie in the caller's) narrows the caller's own
            VisibleTo visible = f.branchPath() != null ? VisibleTo.branch(f.branchPath(), "r.scope_path")
                    : VisibleTo.sql(user, "r.scope_path");
            sql.append(" and ").append(visible.sql());
            p.putAll(visible.params());
        }
        eq(sql, p, "status", f.status() == null ? null : f.status().name());
        eq(sql, p, "kind", f.kind() == null ? null : f.kind().name());
        eq(sql, p, "category", f.category() == null ? null : f.category().name());
        eq(sql, p, "channel", f.channel() == null ? null : f.channel().name());
        eq(sql, p, "project_id", f.projectId());
        eq(sql, p, "building_id", f.buildingId());
        eq(sql, p, "unit_id", f.unitId());
        eq(sql, p, "customer_id", f.customerId());
        eq(sql, p, "assignee_id", f.assigneeId());
        if (f.createdFrom() != null) {
            sql.append(" and r.created_at >= :createdFrom");
            p.put("createdFrom", Timestamp.from(f.createdFrom()));
        }
        if (f.createdTo() != null) {
            sql.append(" and r.created_at < :createdTo");
            p.put("createdTo", Timestamp.from(f.createdTo()));
        }
        range(sql, p, "received_at", f.receivedFrom(), f.receivedTo());
        queueFilters(sql, p, f, user);
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().trim();
            sql.append(" and (r.number = :qExact or r.description like :q or r.reporter_name like :q"
                    + " or r.unit_label like :q or r.customer_name like :q)");
            p.put("qExact", q.toUpperCase(java.util.Locale.ROOT));
            p.put("q", "%" + q.replace("%", "").replace("_", "") + "%");
        }
    }

    /** What other modules record of the requests (grade, clocks, escalation steps): staff's records only. */
    private void recorded(StringBuilder sql, Map<String, Object> p, RecordFilters recorded, CurrentUser user) {
        if (!recorded.any()) {
            return;
        }
        if (user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        for (RequestListCriterion criterion : criteria) {
            criterion.condition(recorded, "r.id").ifPresent(c -> {
                sql.append(" and ").append(c.sql());
                p.putAll(c.params());
            });
        }
    }

    /** {@code from <= column < to}, each bound only when given. */
    private static void range(StringBuilder sql, Map<String, Object> p, String column, Instant from, Instant to) {
        if (from != null) {
            sql.append(" and r.").append(column).append(" >= :").append(column).append("From");
            p.put(column + "From", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and r.").append(column).append(" < :").append(column).append("To");
            p.put(column + "To", Timestamp.from(to));
        }
    }

    /**
     * Written out: mapped by name, every Instant column cost PostgreSQL's driver an exception (getObject with
     * Instant.class is not supported) before the fallback — 150 exceptions per page of 50.
     */
    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(rs.getLong("id"), rs.getString("number"), RequestKind.valueOf(rs.getString("kind")),
                RequestStatus.valueOf(rs.getString("status")), enumOrNull(Category.class, rs.getString("category")),
                enumOrNull(Channel.class, rs.getString("channel")), rs.getBoolean("emergency"),
                rs.getObject("project_id", Long.class), rs.getObject("building_id", Long.class),
                rs.getObject("unit_id", Long.class), rs.getString("unit"), rs.getObject("customer_id", Long.class),
                rs.getString("customer_name"), rs.getString("reporter_name"), rs.getString("reporter_phone"),
                rs.getObject("assignee_id", Long.class), rs.getString("assignee_name"), rs.getString("department"),
                rs.getString("first_contact_name"), rs.getInt("handling_round"), instant(rs, "received_at"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "plan_confirmed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static void queueFilters(StringBuilder sql, Map<String, Object> p, Filter f, CurrentUser user) {
        if (f.assignee() != null && user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        if (f.assignee() == RequestListFilters.Assignee.ME) {
            sql.append(" and r.assignee_id = :assigneeMe");
            p.put("assigneeMe", user.accountId());
        } else if (f.assignee() == RequestListFilters.Assignee.TEAM) {
            // a person without a department has no team: the queue is empty, not the whole branch
            sql.append(user.department() == null ? " and false" : " and r.department = :myDepartment");
            p.put("myDepartment", user.department());
        } else if (f.assignee() == RequestListFilters.Assignee.NONE) {
            sql.append(" and r.assignee_id is null and r.department is null");
        }
        if (f.open() != null) {
            sql.append(f.open() ? " and r.status in (:openStatuses)" : " and r.status not in (:openStatuses)");
            p.put("openStatuses", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
                    .map(Enum::name).toList());
        }
        if (f.waitingOn() != null) {
            List<String> byKind = new ArrayList<>();
            for (RequestKind kind : RequestKind.values()) {
                List<String> statuses = f.waitingOn().statuses(kind).stream().map(Enum::name).toList();
                if (!statuses.isEmpty()) {
                    byKind.add("(r.kind = :waitKind" + kind.ordinal() + " and r.status in (:waitStatus"
                            + kind.ordinal() + "))");
                    p.put("waitKind" + kind.ordinal(), kind.name());
                    p.put("waitStatus" + kind.ordinal(), statuses);
                }
            }
            sql.append(byKind.isEmpty() ? " and false" : " and (" + String.join(" or ", byKind) + ")");
        }
        if (f.awaitingMe() != null) {
            awaitingMe(sql, p, f.awaitingMe(), user);
        }
        if (!f.ids().isEmpty()) {
            sql.append(" and r.id in (:ids)");
            p.put("ids", f.ids());
        }
    }

    /**
     * The owner's requests on which they have a step to take now ({@link OwnerSteps}): by kind and state, a
     * plan's answer only while it is not given. Staff have no such list (their queues are the workbench's).
     */
    private static void awaitingMe(StringBuilder sql, Map<String, Object> p, boolean awaiting, CurrentUser user) {
        if (!user.isOwner()) {
            throw DomainException.forbidden("forbidden");
        }
        List<String> states = new ArrayList<>();
        for (RequestKind kind : RequestKind.values()) {
            for (RequestStatus status : RequestStatus.values()) {
                if (!OwnerSteps.now(kind, status, false).isEmpty()) {
                    String name = "await" + kind.ordinal() + "_" + status.ordinal();
                    states.add("(r.kind = :" + name + "k and r.status = :" + name + "s"
                            + (OwnerSteps.now(kind, status, true).isEmpty() ? " and r.plan_confirmed_at is null)" : ")"));
                    p.put(name + "k", kind.name());
                    p.put(name + "s", status.name());
                }
            }
        }
        String any = states.isEmpty() ? "false" : "(" + String.join(" or ", states) + ")";
        sql.append(awaiting ? " and " + any : " and not " + any);
    }

    private static void eq(StringBuilder sql, Map<String, Object> p, String column, Object value) {
        if (value != null) {
            sql.append(" and r.").append(column).append(" = :").append(column);
            p.put(column, value);
        }
    }
}
