package com.estatecare.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

/**
 * E-mail addresses that bounced (退信), per company: marked when the mailbox poller reads a delivery status
 * notification naming them as failed, skipped by the sender from then on (the outbox shows
 * {@code bouncing: <status>} as the reason), cleared by an administrator when the address is mended.
 */
@Component
class BouncingAddresses {

    private static final Logger log = LoggerFactory.getLogger(BouncingAddresses.class);
    /** The reason the outbox shows for a message not sent to a bouncing address. */
    static final String REASON = "bouncing";

    /** An address as staff see it: masked, with the server's status and when it bounced. */
    @Schema(name = "BouncingAddress")
    record Entry(long id, String address, String status, String diagnostic, Instant bouncedAt) {
    }

    private final JdbcClient jdbc;

    BouncingAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the address (once: a later bounce only updates the status and time). */
    @Transactional
    void mark(long companyId, String address, String status, String diagnostic, Instant at) {
        jdbc.sql("""
                insert into bouncing_address (company_id, address, status, diagnostic, bounced_at)
                values (:company, :address, :status, :diagnostic, :at)
                on conflict (company_id, address) do update set status = excluded.status,
                    diagnostic = excluded.diagnostic, bounced_at = excluded.bounced_at""")
                .param("company", companyId).param("address", normal(address)).param("status", status)
                .param("diagnostic", diagnostic).param("at", Timestamp.from(at)).update();
        log.info("address {} of company {} marked bouncing ({})", ChannelChoice.masked(ContactChannel.EMAIL, address),
                companyId, status);
    }

    /** Why mail to this address is not sent ({@code bouncing: 5.1.1}), if it bounced. */
    @Transactional(readOnly = true)
    Optional<String> why(long companyId, String address) {
        return jdbc.sql("select status from bouncing_address where company_id = :company and address = :address")
                .param("company", companyId).param("address", normal(address))
                .query((rs, i) -> REASON + (rs.getString("status") == null ? "" : ": " + rs.getString("status")))
                .optional();
    }

    /** The bouncing addresses of these companies (those the caller covers), newest first. */
    @Transactional(readOnly = true)
    CursorPage<Entry> list(List<Long> companies, String cursor, int limit) {
        if (companies.isEmpty()) {
            return CursorPage.of(List.of(), limit, Entry::id);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("companies", companies);
        params.put("after", CursorPage.decode(cursor));
        params.put("limit", limit + 1);
        List<Entry> rows = jdbc.sql("""
                select id, address, status, diagnostic, bounced_at from bouncing_address
                where company_id in (:companies) and id < :after order by id desc limit :limit""")
                .params(params)
                .query((rs, i) -> new Entry(rs.getLong("id"),
                        ChannelChoice.masked(ContactChannel.EMAIL, rs.getString("address")), rs.getString("status"),
                        rs.getString("diagnostic"), rs.getTimestamp("bounced_at").toInstant()))
                .list();
        return CursorPage.of(rows, limit, Entry::id);
    }

    /** The address is mended: mail to it is sent again (what was skipped stays skipped). */
    @Transactional
    void clear(List<Long> companies, long id) {
        if (companies.isEmpty() || jdbc.sql("delete from bouncing_address where company_id in (:companies) and id = :id")
                .param("companies", companies).param("id", id).update() == 0) {
            throw DomainException.notFound("bouncing-address");
        }
    }

    static String normal(String address) {
        return address == null ? null : address.strip().toLowerCase(Locale.ROOT);
    }
}
