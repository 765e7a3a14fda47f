package com.estatecare.knowledge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** Complaint contingency plans (投诉预案) of a branch, and the plans linked to a graded collective complaint. */
@Component
class ContingencyPlans {

    /** A plan as the API shows it. */
    record Plan(long id, String title, Category category, String triggerDescription, List<String> steps,
            List<Role> responsibleRoles, boolean active, long version, String changedBy, Instant changedAt) {
    }

    /** What a manager writes. */
    record Draft(String title, Category category, String triggerDescription, List<String> steps,
            List<Role> responsibleRoles, boolean active) {
    }

    private static final TypeReference<List<String>> STEPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Segmenter segmenter;
    private final Clock clock;

    ContingencyPlans(JdbcClient jdbc, ObjectMapper json, Segmenter segmenter, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.segmenter = segmenter;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Plan> list(CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "p.scope_path");
        return jdbc.sql("select p.* from contingency_plan p where " + visible.sql()
                + " order by p.active desc, p.id limit 500").params(visible.params()).query((rs, i) -> read(rs)).list();
    }

    @Transactional(readOnly = true)
    Plan find(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "p.scope_path");
        return jdbc.sql("select p.* from contingency_plan p where p.id = :id and " + visible.sql())
                .params(visible.params()).param("id", id).query((rs, i) -> read(rs)).optional()
                .orElseThrow(() -> DomainException.notFound("plan"));
    }

    @Transactional
    Plan create(Draft draft, CurrentUser user) {
        if (user.companyId() == null) {
            throw DomainException.forbidden("company-staff-only");
        }
        long id = jdbc.sql("""
                insert into contingency_plan (company_id, scope_path, title, category, trigger_description, steps,
                    responsible_roles, active, changed_by, changed_at)
                values (:company, :scope, :title, :category, :trigger, cast(:steps as jsonb), :roles, :active, :by,
                    :at)
                returning id""")
                .params(params(draft, user)).param("company", user.companyId()).param("scope", user.scopePath())
                .query(Long.class).single();
        return find(id, user);
    }

    @Transactional
    Plan change(long id, long version, Draft draft, CurrentUser user) {
        Plan current = find(id, user);
        if (current.version() != version) {
            throw DomainException.staleVersion(version, current.version());
        }
        int changed = jdbc.sql("""
                update contingency_plan set title = :title, category = :category, trigger_description = :trigger,
                    steps = cast(:steps as jsonb), responsible_roles = :roles, active = :active, changed_by = :by,
                    changed_at = :at, version = version + 1
                where id = :id and version = :version""")
                .params(params(draft, user)).param("id", id).param("version", version).update();
        if (changed == 0) {
            throw DomainException.staleVersion(version, version + 1);
        }
        return find(id, user);
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        jdbc.sql("delete from contingency_plan where id = :id").param("id", find(id, user).id()).update();
    }

    /** Links the matching plans to a collective complaint; linking twice adds nothing. */
    @Transactional
    void link(long companyId, long requestId, String scopePath, Category category, String description, int grade,
            Instant at) {
        List<PlanMatch.Candidate> candidates = jdbc.sql("""
                select id, scope_path, category, title, trigger_description from contingency_plan
                where company_id = :company and active""")
                .param("company", companyId)
                .query((rs, i) -> new PlanMatch.Candidate(rs.getLong("id"), rs.getString("scope_path"),
                        rs.getString("category") == null ? null : Category.valueOf(rs.getString("category")),
                        new HashSet<>(segmenter.words(rs.getString("title") + " "
                                + rs.getString("trigger_description")))))
                .list();
        for (long planId : PlanMatch.plansFor(category, scopePath, segmenter.words(description), candidates)) {
            jdbc.sql("""
                    insert into contingency_link (company_id, request_id, plan_id, grade, linked_at)
                    values (:company, :request, :plan, :grade, :at)
                    on conflict (company_id, request_id, plan_id) do update set grade = excluded.grade""")
                    .param("company", companyId).param("request", requestId).param("plan", planId)
                    .param("grade", grade).param("at", Timestamp.from(at)).update();
        }
    }

    /** The plans linked to a request, for its detail on the workbench. */
    @Transactional(readOnly = true)
    List<Plan> linkedTo(long requestId) {
        return jdbc.sql("""
                select p.* from contingency_link l join contingency_plan p on p.id = l.plan_id
                where l.request_id = :request order by l.id""")
                .param("request", requestId).query((rs, i) -> read(rs)).list();
    }

    private Map<String, Object> params(Draft draft, CurrentUser user) {
        Map<String, Object> params = new HashMap<>();
        params.put("title", draft.title());
        params.put("category", draft.category() == null ? null : draft.category().name());
        params.put("trigger", draft.triggerDescription());
        params.put("steps", json.writeValueAsString(draft.steps()));
        params.put("roles", draft.responsibleRoles().stream().map(Role::name).distinct().toArray(String[]::new));
        params.put("active", draft.active());
        params.put("by", user.displayName());
        params.put("at", Timestamp.from(clock.instant()));
        return params;
    }

    private Plan read(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new Plan(rs.getLong("id"), rs.getString("title"),
                category == null ? null : Category.valueOf(category),
                rs.getString("trigger_description"), json.readValue(rs.getString("steps"), STEPS),
                Arrays.stream((String[]) rs.getArray("responsible_roles").getArray()).map(Role::valueOf).toList(),
                rs.getBoolean("active"), rs.getLong("version"), rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
