package com.estatecare.policies;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.StampedCache;

import tools.jackson.databind.ObjectMapper;

/**
 * The versioned store of every policy. A company may have its own version of a
 * policy; otherwise the group-wide one (company 0) applies; otherwise the
 * spec's defaults, stored as version 1 the first time they are read so that
 * a request can always name the version it was registered under.
 */
@Service
public class Policies {

    /** Company id of the group-wide policies. */
    public static final long GROUP = 0;

    private final Map<String, PolicyDefinition<?>> definitions;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    /** The policies in force by kind and company; policy_version is append-only, so its highest id stamps them. */
    private final StampedCache<CacheKey, Versioned<?>> inForce;

    private record CacheKey(String kind, long companyId) {
    }

    Policies(List<PolicyDefinition<?>> definitions, JdbcClient jdbc, ObjectMapper json, Clock clock,
            @Value("${estatecare.policies.recheck:PT1S}") Duration recheck,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.definitions = definitions.stream().collect(Collectors.toMap(PolicyDefinition::kind, Function.identity()));
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.inForce = new StampedCache<>(recheck,
                () -> jdbc.sql("select coalesce(max(id), 0) from policy_version").query(Long.class).single());
    }

    public List<String> kinds() {
        return definitions.keySet().stream().sorted().toList();
    }

    /**
     * The policy in force for a company (its own, else the group's, else the defaults), from memory: a change on
     * another instance is used here at the latest {@code estatecare.policies.recheck} after its commit.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    @SuppressWarnings("unchecked")
    public <T> Versioned<T> current(Class<T> type, long companyId) {
        PolicyDefinition<T> definition = definition(type);
        Versioned<?> kept = inForce.get(new CacheKey(definition.kind(), companyId), key -> rows(definition,
                "kind = :kind and company_id in (:company, 0) order by company_id desc, version desc limit 1",
                Map.of("kind", definition.kind(), "company", companyId)).stream().findFirst().orElse(null));
        // defaults stored just now are kept only once their insert is committed and read back
        return kept != null ? (Versioned<T>) kept : storeDefaults(definition);
    }

    /** A given version, e.g. the one a request was registered under. */
    public <T> Versioned<T> version(Class<T> type, long companyId, int version) {
        PolicyDefinition<T> definition = definition(type);
        return rows(definition, "kind = :kind and company_id = :company and version = :version",
                Map.of("kind", definition.kind(), "company", companyId, "version", version)).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("policy"));
    }

    public CursorPage<Versioned<?>> history(String kind, long companyId, String cursor, int limit) {
        PolicyDefinition<?> definition = byKind(kind);
        List<Versioned<?>> rows = new ArrayList<>(rows(definition,
                "kind = :kind and company_id = :company and version < :after order by version desc limit :limit",
                Map.of("kind", kind, "company", companyId, "after", CursorPage.decode(cursor), "limit", limit + 1)));
        return CursorPage.of(rows, limit, Versioned::version);
    }

    /** Stores a new version after checking it can work; the one in force is unchanged when it cannot. */
    @Transactional
    public Versioned<?> change(String kind, long companyId, Object body, String reason, CurrentUser user) {
        PolicyDefinition<?> definition = byKind(kind);
        Versioned<?> before = current(definition.type(), companyId);
        inForce.changed();
        Versioned<?> stored = store(definition, companyId, body, reason, user.displayName());
        events.publishEvent(new PolicyChanged(kind, companyId, before.version(),
                json.writeValueAsString(before.policy()), stored.version(), json.writeValueAsString(stored.policy()),
                reason, stored.changedAt()));
        return stored;
    }

    public Versioned<?> currentByKind(String kind, long companyId) {
        return current(byKind(kind).type(), companyId);
    }

    private <T> Versioned<T> store(PolicyDefinition<T> definition, long companyId, Object body, String reason,
            String who) {
        T policy;
        try {
            policy = json.convertValue(body, definition.type());
        } catch (RuntimeException e) {
            throw DomainException.invalidField("policy", "malformed");
        }
        if (policy == null) {
            throw DomainException.invalidField("policy", "required");
        }
        List<FieldProblem> problems = definition.validate(policy).stream()
                .map(p -> new FieldProblem("policy." + p.field(), p.reasonCode(), p.arguments())).toList();
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from policy_version where kind = :kind and company_id = :company")
                .param("kind", definition.kind()).param("company", companyId).query(Integer.class).single();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into policy_version (kind, company_id, version, body, changed_by, changed_at, reason)
                values (:kind, :company, :version, :body, :by, :at, :reason)""")
                .param("kind", definition.kind()).param("company", companyId).param("version", next)
                .param("body", json.writeValueAsString(policy)).param("by", who).param("at", Timestamp.from(now))
                .param("reason", reason).update();
        return new Versioned<>(definition.kind(), companyId, next, policy, now, who, reason);
    }

    private <T> Versioned<T> storeDefaults(PolicyDefinition<T> definition) {
        jdbc.sql("""
                insert into policy_version (kind, company_id, version, body, changed_by, changed_at, reason)
                values (:kind, 0, 1, :body, 'system', :at, 'defaults from the spec') on conflict do nothing""")
                .param("kind", definition.kind()).param("body", json.writeValueAsString(definition.defaults()))
                .param("at", Timestamp.from(clock.instant())).update();
        return latest(definition, GROUP).orElseThrow();
    }

    private <T> java.util.Optional<Versioned<T>> latest(PolicyDefinition<T> definition, long companyId) {
        return rows(definition, "kind = :kind and company_id = :company and version = (select max(version) from"
                + " policy_version where kind = :kind and company_id = :company)",
                Map.of("kind", definition.kind(), "company", companyId)).stream().findFirst();
    }

    private <T> List<Versioned<T>> rows(PolicyDefinition<T> definition, String where, Map<String, ?> params) {
        return jdbc.sql("select kind, company_id, version, body, changed_by, changed_at, reason from policy_version where "
                + where + (where.contains("order by") ? "" : " order by version"))
                .params(params)
                .query((rs, row) -> new Versioned<>(rs.getString("kind"), rs.getLong("company_id"), rs.getInt("version"),
                        json.readValue(rs.getString("body"), definition.type()),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("reason")))
                .list();
    }

    @SuppressWarnings("unchecked")
    private <T> PolicyDefinition<T> definition(Class<T> type) {
        return (PolicyDefinition<T>) definitions.values().stream().filter(d -> d.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy of type " + type));
    }

    private PolicyDefinition<?> byKind(String kind) {
        PolicyDefinition<?> definition = definitions.get(kind);
        if (definition == null) {
            throw DomainException.notFound("policy");
        }
        return definition;
    }
}
