package com.estatecare.sales.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.sales.DealStatus;
import com.estatecare.sales.FollowUpChannel;
import com.estatecare.sales.ProgressStep;
import com.estatecare.sales.ProspectSource;
import com.estatecare.sales.SalesViews;

/** The sales module's reads: deals with their schedule and steps, follow-ups, prospects. */
@Component
public class SalesRows {

    /** A deal's row as stored. */
    public record DealRow(long id, long companyId, long customerId, long unitId, String scopePath, DealStatus status,
            LocalDate subscribedOn, long depositFen, long priceFen, LocalDate contractedOn, String contractNo,
            LocalDate handedOverOn, LocalDate checkedOutOn, long version) {
    }

    private static final String DEAL = """
            select id, company_id, customer_id, unit_id, scope_path, status, subscribed_on, deposit_fen, price_fen,
                   contracted_on, contract_no, handed_over_on, checked_out_on, version from sales_deal d
            """;
    private static final String FOLLOW_UP = """
            select f.id, f.customer_id, c.name as customer_name, f.consultant_id, a.display_name as consultant,
                   f.followed_on, f.channel, f.note, f.next_step, f.next_on
            from sales_follow_up f join customer c on c.id = f.customer_id join account a on a.id = f.consultant_id
            """;

    private final JdbcClient jdbc;

    SalesRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DealRow> deal(long id) {
        return jdbc.sql(DEAL + " where d.id = :id").param("id", id).query(SalesRows::deal).optional();
    }

    /** The deal, locked for a change of its schedule, steps or status. */
    public Optional<DealRow> dealForUpdate(long id) {
        return jdbc.sql(DEAL + " where d.id = :id for update").param("id", id).query(SalesRows::deal).optional();
    }

    public Optional<DealRow> dealVisibleTo(long id, CurrentUser user) {
        if (user.isOwner()) {
            return jdbc.sql(DEAL + " where d.id = :id and d.customer_id = :customer").param("id", id)
                    .param("customer", user.customerId() == null ? -1 : user.customerId()).query(SalesRows::deal)
                    .optional();
        }
        VisibleTo visible = VisibleTo.sql(user, "d.scope_path");
        return jdbc.sql(DEAL + " where d.id = :id and " + visible.sql()).param("id", id).params(visible.params())
                .query(SalesRows::deal).optional();
    }

    public List<DealRow> dealsOf(long customerId) {
        return jdbc.sql(DEAL + " where d.customer_id = :customer order by d.id").param("customer", customerId)
                .query(SalesRows::deal).list();
    }

    public Optional<DealRow> liveDealOf(long unitId) {
        return jdbc.sql(DEAL + " where d.unit_id = :unit and d.status <> 'CHECKED_OUT'").param("unit", unitId)
                .query(SalesRows::deal).optional();
    }

    public List<SalesViews.Instalment> instalments(long dealId, LocalDate today) {
        return jdbc.sql("""
                select seq, due_on, amount_fen, paid_fen, paid_on from sales_instalment
                where deal_id = :deal order by seq""").param("deal", dealId)
                .query((rs, n) -> {
                    LocalDate due = rs.getDate("due_on").toLocalDate();
                    long amount = rs.getLong("amount_fen");
                    long paid = rs.getLong("paid_fen");
                    Date paidOn = rs.getDate("paid_on");
                    SalesViews.InstalmentState state = paid >= amount ? SalesViews.InstalmentState.PAID
                            : due.isBefore(today) ? SalesViews.InstalmentState.OVERDUE
                            : paid > 0 ? SalesViews.InstalmentState.PARTLY_PAID : SalesViews.InstalmentState.DUE;
                    return new SalesViews.Instalment(rs.getInt("seq"), due, amount, paid,
                            paidOn == null ? null : paidOn.toLocalDate(), state);
                }).list();
    }

    /** The steps done on a deal, by step. */
    public Map<ProgressStep, StepDone> stepsDone(long dealId) {
        Map<ProgressStep, StepDone> done = new EnumMap<>(ProgressStep.class);
        jdbc.sql("select step, done_on, note from sales_progress_step where deal_id = :deal").param("deal", dealId)
                .query((rs, n) -> Map.entry(ProgressStep.valueOf(rs.getString("step")),
                        new StepDone(rs.getDate("done_on").toLocalDate(), rs.getString("note"))))
                .list().forEach(e -> done.put(e.getKey(), e.getValue()));
        return done;
    }

    /** A step recorded on a day, with its note. */
    public record StepDone(LocalDate on, String note) {
    }

    /** Every step of both tracks in order, done or still ahead. */
    public List<SalesViews.PurchaseStep> steps(long dealId) {
        Map<ProgressStep, StepDone> done = stepsDone(dealId);
        List<SalesViews.PurchaseStep> steps = new ArrayList<>();
        for (ProgressStep.Track track : ProgressStep.Track.values()) {
            List<ProgressStep> ordered = ProgressStep.of(track);
            for (int i = 0; i < ordered.size(); i++) {
                StepDone d = done.get(ordered.get(i));
                steps.add(new SalesViews.PurchaseStep(track, ordered.get(i), i + 1, d == null ? null : d.on(),
                        d == null ? null : d.note()));
            }
        }
        return steps;
    }

    public List<SalesViews.CheckOut> checkOuts(long dealId) {
        return jdbc.sql("""
                select request_id, request_number, request_status, outcome, created_at from sales_check_out
                where deal_id = :deal order by id""").param("deal", dealId)
                .query((rs, n) -> new SalesViews.CheckOut(rs.getLong("request_id"), rs.getString("request_number"),
                        rs.getString("request_status"), rs.getString("outcome"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public List<SalesViews.FollowUp> followUpsOf(long customerId) {
        return jdbc.sql(FOLLOW_UP + " where f.customer_id = :customer order by f.followed_on desc, f.id desc limit 200")
                .param("customer", customerId).query(SalesRows::followUp).list();
    }

    /**
     * The follow-ups whose next step is due by {@code until}, the latest of each customer only (a later follow-up
     * answers an earlier one's next step), of a consultant or of every consultant, in the caller's branch.
     */
    public List<SalesViews.FollowUp> followUpsDue(Long consultantId, LocalDate until, CurrentUser user, int limit) {
        VisibleTo visible = VisibleTo.sql(user, "f.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("until", Date.valueOf(until));
        params.put("consultant", consultantId == null ? -1L : consultantId);
        params.put("any", consultantId == null);
        params.put("limit", limit);
        return jdbc.sql(FOLLOW_UP + """
                 where f.next_on is not null and f.next_on <= :until and %s
                  and (:any or f.consultant_id = :consultant)
                  and not exists (select 1 from sales_follow_up later where later.customer_id = f.customer_id
                                  and (later.followed_on > f.followed_on
                                       or (later.followed_on = f.followed_on and later.id > f.id)))
                order by f.next_on, f.id limit :limit""".formatted(visible.sql()))
                .params(params).query(SalesRows::followUp).list();
    }

    /** The prospects registered at the sales office in the caller's branch, newest first, after {@code after}. */
    public List<SalesViews.Prospect> prospects(String q, Long consultantId, long after, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "p.scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", after);
        params.put("consultant", consultantId == null ? -1L : consultantId);
        params.put("any", consultantId == null);
        params.put("q", q == null || q.isBlank() ? "" : q.strip());
        params.put("limit", limit + 1);
        return jdbc.sql(PROSPECT + """
                 where p.customer_id < :after and %s and (:any or p.consultant_id = :consultant)
                  and (:q = '' or strpos(c.name, :q) > 0 or strpos(coalesce(c.phone, ''), :q) > 0)
                order by p.customer_id desc limit :limit""".formatted(visible.sql()))
                .params(params).query(SalesRows::prospect).list();
    }

    public Optional<SalesViews.Prospect> prospect(long customerId) {
        return jdbc.sql(PROSPECT + " where p.customer_id = :customer").param("customer", customerId)
                .query(SalesRows::prospect).optional();
    }

    private static final String PROSPECT = """
            select p.customer_id, c.name, c.phone, c.kind, p.project_id, pr.name as project, p.source,
                   p.consultant_id, a.display_name as consultant, p.visited_on,
                   (select max(f.followed_on) from sales_follow_up f where f.customer_id = p.customer_id) as last_on,
                   (select f.next_on from sales_follow_up f where f.customer_id = p.customer_id
                    order by f.followed_on desc, f.id desc limit 1) as next_on
            from sales_prospect p join customer c on c.id = p.customer_id join project pr on pr.id = p.project_id
              join account a on a.id = p.consultant_id
            """;

    private static SalesViews.Prospect prospect(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date last = rs.getDate("last_on");
        Date next = rs.getDate("next_on");
        return new SalesViews.Prospect(rs.getLong("customer_id"), rs.getString("name"), rs.getString("phone"),
                rs.getString("kind"), rs.getLong("project_id"), rs.getString("project"),
                ProspectSource.valueOf(rs.getString("source")), rs.getLong("consultant_id"), rs.getString("consultant"),
                rs.getDate("visited_on").toLocalDate(), last == null ? null : last.toLocalDate(),
                next == null ? null : next.toLocalDate());
    }

    private static SalesViews.FollowUp followUp(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date next = rs.getDate("next_on");
        return new SalesViews.FollowUp(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_name"),
                rs.getLong("consultant_id"), rs.getString("consultant"), rs.getDate("followed_on").toLocalDate(),
                FollowUpChannel.valueOf(rs.getString("channel")), rs.getString("note"), rs.getString("next_step"),
                next == null ? null : next.toLocalDate());
    }

    private static DealRow deal(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date contracted = rs.getDate("contracted_on");
        Date handed = rs.getDate("handed_over_on");
        Date checkedOut = rs.getDate("checked_out_on");
        return new DealRow(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("customer_id"), rs.getLong("unit_id"),
                rs.getString("scope_path"), DealStatus.valueOf(rs.getString("status")),
                rs.getDate("subscribed_on").toLocalDate(), rs.getLong("deposit_fen"), rs.getLong("price_fen"),
                contracted == null ? null : contracted.toLocalDate(), rs.getString("contract_no"),
                handed == null ? null : handed.toLocalDate(), checkedOut == null ? null : checkedOut.toLocalDate(),
                rs.getLong("version"));
    }
}
