package com.estatecare.organisation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins counted per account and per client address in the database,
 * so that every instance behind a load balancer counts the same failures.
 * Limits are configuration: {@code estatecare.security.login.*}.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LockoutRule perAccount;
    private final LockoutRule perAddress;

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            @Value("${estatecare.security.login.max-failures-per-account:5}") int maxPerAccount,
            @Value("${estatecare.security.login.max-failures-per-address:20}") int maxPerAddress,
            @Value("${estatecare.security.login.failure-window:PT15M}") Duration window,
            @Value("${estatecare.security.login.lockout:PT15M}") Duration lockout) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.perAccount = new LockoutRule(maxPerAccount, window, lockout);
        this.perAddress = new LockoutRule(maxPerAddress, window, lockout);
    }

    /** Until when sign-in for this account or from this address is refused, if it is. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        return Stream.of(perAccount.lockedUntil(state(accountKey(username)), now),
                        perAddress.lockedUntil(state(addressKey(address)), now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        count(accountKey(username), perAccount, now);
        count(addressKey(address), perAddress, now);
    }

    /** A successful sign-in clears the account's failures; the address keeps its count. */
    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(username)).update();
    }

    private void count(String key, LockoutRule rule, Instant now) {
        try {
            jdbc.sql("""
                    insert into login_throttle (throttle_key, failures, window_start)
                    select :key, 0, :now where not exists (select 1 from login_throttle where throttle_key = :key)""")
                    .param("key", key).param("now", Timestamp.from(now)).update();
        } catch (DuplicateKeyException concurrentInsert) {
            // another sign-in created the row first: count on it
        }
        transactions.executeWithoutResult(tx -> {
            LockoutRule.State state = jdbc.sql("""
                    select failures, window_start, locked_until from login_throttle
                    where throttle_key = :key for update""").param("key", key).query(LoginThrottle::map).single();
            LockoutRule.State next = rule.afterFailure(state.failures() == 0 ? null : state, now);
            jdbc.sql("""
                    update login_throttle set failures = :failures, window_start = :start, locked_until = :locked
                    where throttle_key = :key""")
                    .param("failures", next.failures()).param("start", Timestamp.from(next.windowStart()))
                    .param("locked", next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()))
                    .param("key", key).update();
        });
    }

    private LockoutRule.State state(String key) {
        return jdbc.sql("select failures, window_start, locked_until from login_throttle where throttle_key = :key")
                .param("key", key).query(LoginThrottle::map).optional().orElse(null);
    }

    private static LockoutRule.State map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new LockoutRule.State(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                locked == null ? null : locked.toInstant());
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 150 ? name.substring(0, 150) : name);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
