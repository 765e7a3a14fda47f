package com.estatecare.inbound.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldCipher;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The companies' mailboxes (one each): where to connect and as whom. The password is sealed by the platform's
 * {@link FieldCipher} (decision 024) under the purpose {@value #PURPOSE}, opened only to connect, and never answered:
 * a view says whether one is set.
 */
@Component
class Mailboxes {

    static final String PURPOSE = "mailbox.password";

    @Schema(name = "MailboxSecurity")
    enum Security {
        /** IMAP over TLS (port 993). */
        TLS,
        /** IMAP upgraded by STARTTLS (port 143), refused when the server does not offer it. */
        STARTTLS,
        /** No encryption: for a server on the same host or a test. */
        NONE
    }

    /** A mailbox as its administrator reads it: no password, only whether one is set. */
    @Schema(name = "Mailbox")
    record View(long companyId, String companyName, String host, int port, Security security, String username,
            String folder, boolean enabled, boolean passwordSet, Instant lastPolledAt, String lastError,
            Instant updatedAt, String updatedBy) {
    }

    /** What the poller needs, password opened. */
    record Connection(long id, long companyId, String scopePath, String host, int port, Security security,
            String username, String password, String folder) {

        @Override
        public String toString() {
            return "Connection " + username + "@" + host + ":" + port + "/" + folder;
        }
    }

    record Settings(String host, int port, Security security, String username, String password, String folder,
            boolean enabled) {

        @Override
        public String toString() {
            return "Settings " + username + "@" + host + ":" + port;
        }
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Organisation organisation;
    private final Clock clock;

    Mailboxes(JdbcClient jdbc, FieldCipher cipher, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<View> list(CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        return jdbc.sql("select * from mailbox where " + visible.sql() + " order by company_id")
                .params(visible.params()).query(this::view).list();
    }

    /** Creates or replaces the company's mailbox; without a password the one stored stays. */
    @Transactional
    View save(long companyId, Settings s, CurrentUser user) {
        OrgNodeView company = company(companyId, user);
        Instant now = clock.instant();
        boolean exists = jdbc.sql("select id from mailbox where company_id = :company for update")
                .param("company", companyId).query(Long.class).optional().isPresent();
        if (!exists && (s.password() == null || s.password().isEmpty())) {
            throw DomainException.invalidField("password", "required");
        }
        FieldCipher.Sealed sealed = s.password() == null || s.password().isEmpty() ? null
                : cipher.seal(PURPOSE, s.password());
        jdbc.sql("""
                insert into mailbox (company_id, scope_path, host, port, security, username, password_key,
                    password_sealed, folder, enabled, updated_by, updated_at)
                values (:company, :scope, :host, :port, :security, :username, :key, :sealed, :folder, :enabled, :by,
                    :at)
                on conflict (company_id) do update set host = excluded.host, port = excluded.port,
                    security = excluded.security, username = excluded.username,
                    password_key = case when :newPassword then excluded.password_key else mailbox.password_key end,
                    password_sealed = case when :newPassword then excluded.password_sealed
                        else mailbox.password_sealed end,
                    folder = excluded.folder, enabled = excluded.enabled, last_error = null,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("company", companyId).param("scope", company.path()).param("host", s.host())
                .param("port", s.port()).param("security", s.security().name()).param("username", s.username())
                .param("key", sealed == null ? "" : sealed.keyId())
                .param("sealed", sealed == null ? new byte[0] : sealed.data()).param("newPassword", sealed != null)
                .param("folder", s.folder()).param("enabled", s.enabled()).param("by", user.displayName())
                .param("at", Timestamp.from(now)).update();
        return jdbc.sql("select * from mailbox where company_id = :company").param("company", companyId)
                .query(this::view).single();
    }

    @Transactional
    void remove(long companyId, CurrentUser user) {
        company(companyId, user);
        if (jdbc.sql("update mailbox set enabled = false where company_id = :company").param("company", companyId)
                .update() == 0) {
            throw DomainException.notFound("mailbox");
        }
    }

    /** The enabled mailboxes with their passwords opened, for the poller. */
    @Transactional(readOnly = true)
    List<Connection> enabled() {
        return jdbc.sql("""
                select id, company_id, scope_path, host, port, security, username, password_key, password_sealed,
                    folder
                from mailbox where enabled order by id""")
                .query((rs, n) -> new Connection(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("scope_path"), rs.getString("host"), rs.getInt("port"),
                        Security.valueOf(rs.getString("security")), rs.getString("username"),
                        opened(rs.getString("password_key"), rs.getBytes("password_sealed")),
                        rs.getString("folder")))
                .list();
    }

    /** The company's mailbox as the poller would connect to it (enabled or not), for a test of its settings. */
    @Transactional(readOnly = true)
    Connection connection(long companyId, CurrentUser user) {
        company(companyId, user);
        return jdbc.sql("""
                select id, company_id, scope_path, host, port, security, username, password_key, password_sealed,
                    folder
                from mailbox where company_id = :company""")
                .param("company", companyId)
                .query((rs, n) -> new Connection(rs.getLong("id"), rs.getLong("company_id"),
                        rs.getString("scope_path"), rs.getString("host"), rs.getInt("port"),
                        Security.valueOf(rs.getString("security")), rs.getString("username"),
                        opened(rs.getString("password_key"), rs.getBytes("password_sealed")),
                        rs.getString("folder")))
                .optional().orElseThrow(() -> DomainException.notFound("mailbox"));
    }

    /** The password, or {@code null} when its key is no longer configured (the poll then reports it). */
    private String opened(String keyId, byte[] sealed) {
        try {
            return cipher.open(PURPOSE, new FieldCipher.Sealed(keyId, sealed));
        } catch (IllegalStateException e) {
            return null;
        }
    }

    @Transactional
    void polled(long id, String error) {
        jdbc.sql("update mailbox set last_polled_at = :at, last_error = :error where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("error", error).param("id", id).update();
    }

    Optional<String> companyName(long companyId) {
        return organisation.node(companyId).map(OrgNodeView::name);
    }

    private OrgNodeView company(long companyId, CurrentUser user) {
        return organisation.node(companyId).filter(n -> n.companyId() != null && n.companyId() == companyId)
                .filter(n -> user.covers(n.path())).orElseThrow(() -> DomainException.notFound("company"));
    }

    private View view(ResultSet rs, int row) throws SQLException {
        Timestamp polled = rs.getTimestamp("last_polled_at");
        long company = rs.getLong("company_id");
        return new View(company, companyName(company).orElse(null), rs.getString("host"), rs.getInt("port"),
                Security.valueOf(rs.getString("security")), rs.getString("username"), rs.getString("folder"),
                rs.getBoolean("enabled"), rs.getBytes("password_sealed").length > 0,
                polled == null ? null : polled.toInstant(), rs.getString("last_error"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
