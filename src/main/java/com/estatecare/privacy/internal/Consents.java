package com.estatecare.privacy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Rows;
import com.estatecare.privacy.internal.ConsentRule.Channel;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;

/**
 * A customer's consents (同意记录): recorded append-only with purpose, channel, time and the version of the text
 * shown, by the owner from the portal or by staff on their behalf, each change written to the audit log in the same
 * transaction; read as the newest record per purpose and the whole history.
 */
@Service
class Consents {

    /** One record: a consent given or withdrawn. */
    record Record(long id, String purpose, boolean granted, String channel, String textVersion, Instant at,
            String recorderName) {
    }

    /** The newest record per purpose (the consent in force) and every record, newest first. */
    record State(List<Record> current, List<Record> history) {
    }

    private static final String SELECT = """
            select id, purpose, granted, channel, text_version, at, recorder_name
            from consent_record
            """;

    private final JdbcClient jdbc;
    private final Registry registry;
    private final AuditLog log;
    private final Callers callers;
    private final Clock clock;

    Consents(JdbcClient jdbc, Registry registry, AuditLog log, Callers callers, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.log = log;
        this.callers = callers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    State of(long customerId, CurrentUser user) {
        visible(customerId, user);
        List<Record> history = jdbc.sql(SELECT + " where customer_id = :c order by id desc limit 500")
                .param("c", customerId).query(Rows.of(Record.class)).list();
        Map<String, Record> current = new LinkedHashMap<>();
        history.forEach(r -> current.putIfAbsent(r.purpose(), r));
        return new State(List.copyOf(current.values()), history);
    }

    @Transactional
    Record record(long customerId, String purpose, Boolean granted, String channel, String textVersion,
            CurrentUser user) {
        List<FieldProblem> problems = ConsentRule.problems(purpose, granted, channel, textVersion, user.isOwner());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        CustomerView customer = visible(customerId, user);
        if (!ConsentRule.mayRecord(user, customerId)) {
            throw DomainException.forbidden("consent-not-permitted");
        }
        Channel by = ConsentRule.channel(channel, user.isOwner());
        return append(customer.companyId(), customer.scopePath(), customerId, purpose, granted, by.name(),
                textVersion.strip(), callers.of(user));
    }

    /**
     * Appends a consent that another module's event carries (the club's join or leave), in the publisher's
     * transaction, with its audit entry; the actor is the caller of the request that caused it.
     */
    @Transactional
    Record append(long companyId, String scopePath, long customerId, String purpose, boolean granted, String channel,
            String textVersion, Actor actor) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into consent_record (company_id, scope_path, customer_id, purpose, granted, channel, text_version,
                                            at, recorded_by, recorder_name)
                values (:company, :scope, :customer, :purpose, :granted, :channel, :version, :at, :by, :name)
                returning id""")
                .param("company", companyId).param("scope", scopePath)
                .param("customer", customerId).param("purpose", purpose).param("granted", granted)
                .param("channel", channel).param("version", textVersion)
                .param("at", java.sql.Timestamp.from(now)).param("by", actor.id())
                .param("name", actor.name()).query(Long.class).single();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("purpose", purpose);
        detail.put("granted", granted);
        detail.put("channel", channel);
        detail.put("textVersion", AuditMasking.text(textVersion));
        log.append(new AuditLog.Entry(AuditAction.CONSENT_CHANGED, AuditEntry.DONE, actor, companyId, scopePath,
                "CUSTOMER", customerId, granted ? "GRANTED" : "WITHDRAWN", detail));
        return new Record(id, purpose, granted, channel, textVersion, now, actor.name());
    }

    private CustomerView visible(long customerId, CurrentUser user) {
        return registry.customerVisibleTo(customerId, user).orElseThrow(() -> DomainException.notFound("customer"));
    }
}
