package com.estatecare.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccessTokenChanged;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.Rows;

/**
 * Personal access tokens for API clients: shown once, stored only as a SHA-256
 * hash, revocable, optionally expiring. Cheap to check on every call, unlike a
 * password hash, so integrations and benchmarks use them; the account behind a
 * token is kept in memory for a few seconds ({@link PrincipalLoader}).
 */
@Component
class AccessTokens {

    static final String PREFIX = "ect_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrincipalLoader principals;
    private final ApplicationEventPublisher events;

    AccessTokens(JdbcClient jdbc, Clock clock, PrincipalLoader principals, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.principals = principals;
    }

    record Issued(long id, String name, String token, Instant expiresAt) {
    }

    record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {
    }

    @Transactional
    Issued issue(long accountId, String name, Integer validDays) {
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = validDays == null ? null : now.plus(Duration.ofDays(validDays));
        jdbc.sql("""
                insert into access_token (account_id, name, token_hash, created_at, expires_at)
                values (:account, :name, :hash, :now, :expires)""")
                .param("account", accountId).param("name", name).param("hash", hash(token))
                .param("now", Timestamp.from(now)).param("expires", expires == null ? null : Timestamp.from(expires))
                .update();
        long id = jdbc.sql("select id from access_token where token_hash = :hash").param("hash", hash(token))
                .query(Long.class).single();
        events.publishEvent(new AccessTokenChanged(id, accountId, name, "ISSUED", now));
        return new Issued(id, name, token, expires);
    }

    CursorPage<TokenInfo> list(long accountId, String cursor, int limit) {
        List<TokenInfo> rows = jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at from access_token
                where account_id = :a and id < :after order by id desc limit :limit""")
                .param("a", accountId).param("after", CursorPage.decode(cursor)).param("limit", limit + 1)
                .query(Rows.of(TokenInfo.class)).list();
        return CursorPage.of(rows, limit, TokenInfo::id);
    }

    @Transactional
    boolean revoke(long accountId, long tokenId) {
        principals.tokenRevoked();
        Instant now = clock.instant();
        List<String> revoked = jdbc.sql("""
                update access_token set revoked_at = :now where id = :id and account_id = :a and revoked_at is null
                returning name""")
                .param("now", Timestamp.from(now)).param("id", tokenId).param("a", accountId).query(String.class).list();
        revoked.forEach(name -> events.publishEvent(new AccessTokenChanged(tokenId, accountId, name, "REVOKED", now)));
        return !revoked.isEmpty();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
