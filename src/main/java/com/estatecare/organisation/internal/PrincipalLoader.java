package com.estatecare.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;

/**
 * Loads an account with its organisation scope in one query, by username or by access-token hash. A token's
 * account is kept in memory for {@code estatecare.security.token-recheck}: a token revoked on another instance
 * stops working here at the latest that long after the revocation; on this instance at once.
 */
@Component
public class PrincipalLoader implements UserDetailsService {

    /** Beyond this many tokens in memory, they are all forgotten (and read again as they are used). */
    private static final int MAX_KEPT_TOKENS = 10_000;

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.roles, a.org_node_id, a.customer_id, a.department,
                   a.password_hash, a.enabled, n.path, n.company_id
            from account a join org_node n on n.id = a.org_node_id
            """;

    private record Kept(AccountPrincipal principal, Instant expiresAt, long readAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long recheckNanos;
    private final Map<String, Kept> byToken = new ConcurrentHashMap<>();
    /** When an administrator last changed an account ({@link System#nanoTime()}), for the sessions open on it. */
    private final Map<Long, Long> changedAt = new ConcurrentHashMap<>();

    PrincipalLoader(JdbcClient jdbc, Clock clock,
            @Value("${estatecare.security.token-recheck:PT5S}") Duration recheck) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.recheckNanos = recheck.toNanos();
    }

    /** By user name, ignoring case: names are unique regardless of case. */
    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return jdbc.sql(SELECT + " where lower(a.username) = lower(:username)").param("username", username)
                .query(PrincipalLoader::principal).optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    /** By id, as it is now: for a session that signed in earlier ({@link SessionRecheckFilter}). */
    Optional<AccountPrincipal> byId(long accountId) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", accountId).query(PrincipalLoader::principal)
                .optional();
    }

    public Optional<AccountPrincipal> byTokenHash(String tokenHash) {
        Instant now = clock.instant();
        long readAt = System.nanoTime();
        Kept kept = byToken.get(tokenHash);
        if (kept != null && readAt - kept.readAt() < recheckNanos
                && (kept.expiresAt() == null || kept.expiresAt().isAfter(now))) {
            return Optional.of(kept.principal());
        }
        Optional<Kept> read = jdbc.sql(SELECT.replace("from account", ", t.expires_at from account") + """
                 join access_token t on t.account_id = a.id
                 where t.token_hash = :hash and t.revoked_at is null
                   and (t.expires_at is null or t.expires_at > :now)""")
                .param("hash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, row) -> {
                    Timestamp expires = rs.getTimestamp("expires_at");
                    return new Kept(principal(rs, row), expires == null ? null : expires.toInstant(), readAt);
                }).optional();
        if (read.isEmpty()) {
            byToken.remove(tokenHash);
            return Optional.empty();
        }
        if (byToken.size() >= MAX_KEPT_TOKENS) {
            byToken.clear();
        }
        byToken.put(tokenHash, read.get());
        return Optional.of(read.get().principal());
    }

    /** A token was revoked: forget the tokens kept in memory, now and again when the revoking transaction ends. */
    void tokenRevoked() {
        byToken.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byToken.clear();
                }
            });
        }
    }

    /**
     * An administrator changed the account (roles, enabled, password): its tokens are read again, and its
     * sessions on this instance are checked again at their next request — now and when the transaction ends.
     */
    void accountChanged(long accountId) {
        if (changedAt.size() >= MAX_KEPT_TOKENS) {
            changedAt.clear();
        }
        changedAt.put(accountId, System.nanoTime());
        tokenRevoked();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changedAt.put(accountId, System.nanoTime());
                }
            });
        }
    }

    /** Whether a session that read the account at {@code readAt} must read it again: it is old, or was changed. */
    boolean stale(long accountId, long readAt, long now) {
        Long changed = changedAt.get(accountId);
        return now - readAt >= recheckNanos || changed != null && changed - readAt >= 0;
    }

    private static AccountPrincipal principal(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        Long company = rs.getObject("company_id", Long.class);
        Long customer = rs.getObject("customer_id", Long.class);
        CurrentUser user = new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Set.copyOf(roles), rs.getLong("org_node_id"), rs.getString("path"), company, customer,
                rs.getString("department"));
        return new AccountPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
    }
}
