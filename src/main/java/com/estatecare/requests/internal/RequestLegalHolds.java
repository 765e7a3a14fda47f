package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.requests.Request;
import com.estatecare.requests.Requests;
import com.estatecare.retention.LegalHold;
import com.estatecare.retention.LegalHoldChanged;
import com.estatecare.retention.LegalHoldReason;
import com.estatecare.retention.LegalHoldRoles;

/**
 * The legal hold (法律冻结) of a request, on its own row: while it holds, the retention sweep neither removes its
 * photos or recording nor anonymises it. Staff who see the request read it; managers, HQ and administrators put and
 * release it with a reason, each an audit entry ({@link LegalHoldChanged}).
 */
@Component
class RequestLegalHolds {

    private final Requests requests;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestLegalHolds(Requests requests, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    LegalHold of(long id, CurrentUser user) {
        Request request = requests.find(id, user);
        if (user.isOwner()) {
            throw com.estatecare.platform.DomainException.forbidden("forbidden");
        }
        return read(request.id());
    }

    @Transactional
    LegalHold hold(long id, String reason, CurrentUser user) {
        Request request = requests.find(id, user);
        LegalHoldRoles.check(user);
        String why = LegalHoldReason.check(reason);
        jdbc.sql("""
                update request set legal_hold_reason = :reason, legal_hold_by = :by, legal_hold_at = :at
                where id = :id""")
                .param("reason", why).param("by", user.displayName()).param("at", Timestamp.from(clock.instant()))
                .param("id", request.id()).update();
        events.publishEvent(new LegalHoldChanged("REQUEST", request.id(), request.companyId(), request.scopePath(),
                true, why));
        return read(request.id());
    }

    @Transactional
    LegalHold release(long id, String reason, CurrentUser user) {
        Request request = requests.find(id, user);
        LegalHoldRoles.check(user);
        String why = LegalHoldReason.check(reason);
        int released = jdbc.sql("""
                update request set legal_hold_reason = null, legal_hold_by = null, legal_hold_at = null
                where id = :id and legal_hold_at is not null""").param("id", request.id()).update();
        if (released == 1) {
            events.publishEvent(new LegalHoldChanged("REQUEST", request.id(), request.companyId(),
                    request.scopePath(), false, why));
        }
        return read(request.id());
    }

    private LegalHold read(long id) {
        return jdbc.sql("select legal_hold_reason, legal_hold_by, legal_hold_at from request where id = :id")
                .param("id", id)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("legal_hold_at");
                    return at == null ? LegalHold.none()
                            : new LegalHold(true, rs.getString("legal_hold_reason"), rs.getString("legal_hold_by"),
                                    at.toInstant());
                }).single();
    }
}
