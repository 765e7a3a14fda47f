package com.estatecare.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The table {@code rights_request}: rows written and read within the reader's reach (staff: branch; owner: own). */
@Component
class RightsRequestStore {

    /** A row as stored; {@code proposedValue} in full until the decision. */
    record Row(long id, long companyId, String scopePath, long customerId, String customerName, RightsRule.Kind kind,
            RightsRule.State state, String field, String proposedValue, String proposedMasked, String note,
            String channel, String makerName, Instant receivedAt, LocalDate dueOn, Instant decidedAt,
            String deciderName, RightsRule.Answer answer, String answerText, List<RightsRule.Kept> kept) {
    }

    /** A new request, before it has an id. */
    record NewRow(long companyId, String scopePath, long customerId, RightsRule.Kind kind, String field,
            String proposedValue, String proposedMasked, String note, String channel, long madeBy, String makerName,
            Instant receivedAt, LocalDate dueOn) {
    }

    private static final TypeReference<List<RightsRule.Kept>> KEPT = new TypeReference<>() {
    };
    private static final String SELECT = """
            select r.id, r.company_id, r.scope_path, r.customer_id, c.name as customer_name, r.kind, r.state, r.field,
                   r.proposed_value, r.proposed_masked, r.note, r.channel, r.maker_name, r.received_at, r.due_on,
                   r.decided_at, r.decider_name, r.answer, r.answer_text, r.kept::text as kept
            from rights_request r
            join customer c on c.id = r.customer_id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RightsRequestStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(NewRow r) {
        return jdbc.sql("""
                insert into rights_request (company_id, scope_path, customer_id, kind, state, field, proposed_value,
                                            proposed_masked, note, channel, made_by, maker_name, received_at, due_on)
                values (:company, :scope, :customer, :kind, 'OPEN', :field, :value, :masked, :note, :channel, :by,
                        :maker, :at, :due)
                returning id""")
                .param("company", r.companyId()).param("scope", r.scopePath()).param("customer", r.customerId())
                .param("kind", r.kind().name()).param("field", r.field()).param("value", r.proposedValue())
                .param("masked", r.proposedMasked()).param("note", r.note()).param("channel", r.channel())
                .param("by", r.madeBy()).param("maker", r.makerName()).param("at", Timestamp.from(r.receivedAt()))
                .param("due", java.sql.Date.valueOf(r.dueOn())).query(Long.class).single();
    }

    /** One request within the reader's reach; {@code lock}: held until the transaction ends. */
    Optional<Row> find(long id, CurrentUser reader, boolean lock) {
        Reach reach = reach(reader);
        return jdbc.sql(SELECT + " where r.id = :id and " + reach.sql() + (lock ? " for update of r" : ""))
                .param("id", id).params(reach.params()).query(this::row).optional();
    }

    /** A page of requests within the reader's reach, newest first; {@code state} null: any; only overdue ones if asked. */
    List<Row> page(CurrentUser reader, RightsRule.State state, boolean overdueOnly, LocalDate today, long after,
            int limit) {
        Reach reach = reach(reader);
        Map<String, Object> params = new HashMap<>(reach.params());
        params.put("state", state == null ? "" : state.name());
        params.put("overdue", overdueOnly);
        params.put("today", java.sql.Date.valueOf(today));
        params.put("after", after);
        params.put("limit", limit);
        return jdbc.sql(SELECT + """
                 where r.id < :after and %s
                  and (:state = '' or r.state = :state)
                  and (not :overdue or (r.state = 'OPEN' and r.due_on < :today))
                order by r.id desc limit :limit""".formatted(reach.sql()))
                .params(params).query(this::row).list();
    }

    /** Whether the customer has an open request of this kind. */
    boolean openOf(long customerId, RightsRule.Kind kind) {
        return jdbc.sql("""
                select count(*) from rights_request
                where customer_id = :customer and kind = :kind and state = 'OPEN'""")
                .param("customer", customerId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    void decide(long id, RightsRule.Decision d, Instant at, CurrentUser by, String answerText,
            List<RightsRule.Kept> kept) {
        jdbc.sql("""
                update rights_request
                set state = :state, decided_at = :at, decided_by = :by, decider_name = :name, answer = :answer,
                    answer_text = :text, kept = cast(:kept as jsonb), proposed_value = null
                where id = :id""")
                .param("state", d.state().name()).param("at", Timestamp.from(at)).param("by", by.accountId())
                .param("name", by.displayName()).param("answer", d.answer().name()).param("text", answerText)
                .param("kept", kept == null ? null : json.writeValueAsString(kept)).param("id", id).update();
    }

    /** An erased customer's proposed values go too: only their masked forms stay. */
    void forgetProposedValues(long customerId) {
        jdbc.sql("update rights_request set proposed_value = null where customer_id = :customer")
                .param("customer", customerId).update();
    }

    private record Reach(String sql, Map<String, Object> params) {
    }

    private static Reach reach(CurrentUser reader) {
        if (reader.isOwner()) {
            return new Reach("r.customer_id = :own", Map.of("own", reader.customerId() == null ? -1L
                    : reader.customerId()));
        }
        VisibleTo visible = VisibleTo.sql(reader, "r.scope_path");
        return new Reach(visible.sql(), visible.params());
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        String answer = rs.getString("answer");
        String kept = rs.getString("kept");
        return new Row(rs.getLong("id"), rs.getLong("company_id"), rs.getString("scope_path"),
                rs.getLong("customer_id"), rs.getString("customer_name"),
                RightsRule.Kind.valueOf(rs.getString("kind")), RightsRule.State.valueOf(rs.getString("state")),
                rs.getString("field"), rs.getString("proposed_value"), rs.getString("proposed_masked"),
                rs.getString("note"), rs.getString("channel"), rs.getString("maker_name"),
                rs.getTimestamp("received_at").toInstant(), rs.getDate("due_on").toLocalDate(),
                decided == null ? null : decided.toInstant(), rs.getString("decider_name"),
                answer == null ? null : RightsRule.Answer.valueOf(answer), rs.getString("answer_text"),
                kept == null ? List.of() : json.readValue(kept, KEPT));
    }
}
