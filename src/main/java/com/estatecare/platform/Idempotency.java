package com.estatecare.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * Writes that a client may retry carry an {@code Idempotency-Key}: the first
 * result is stored in the same transaction as the write, and a retry with the
 * same key gets that result back instead of a second write. A concurrent retry
 * waits on the key's row until the first attempt commits or rolls back.
 */
@Component
public class Idempotency {

    /** What the first attempt answered. */
    public record StoredResponse(int status, String location, String body) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code write} once per (account, key). Must join the write's transaction.
     *
     * @return the stored first answer on a retry, or empty when {@code write} ran now
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> Replay<T> once(long accountId, String key, Object payload, Supplier<Result<T>> write) {
        if (key.isBlank() || key.length() > 100) {
            throw DomainException.invalidField("Idempotency-Key", "length", 1, 100);
        }
        String fingerprint = fingerprint(payload);
        int claimed = jdbc.sql("""
                insert into idempotency_record (account_id, idem_key, fingerprint, created_at)
                values (:account, :key, :fingerprint, :now) on conflict do nothing""")
                .param("account", accountId).param("key", key).param("fingerprint", fingerprint)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (claimed == 0) {
            StoredRow stored = jdbc.sql("""
                    select fingerprint, status_code, location, body from idempotency_record
                    where account_id = :account and idem_key = :key""")
                    .param("account", accountId).param("key", key)
                    .query(StoredRow.class).single();
            if (!stored.fingerprint().equals(fingerprint)) {
                throw DomainException.unprocessable("idempotency-key-reused");
            }
            return new Replay<>(null, new StoredResponse(stored.statusCode(), stored.location(), stored.body()));
        }
        Result<T> result = write.get();
        jdbc.sql("""
                update idempotency_record set status_code = :status, location = :location, body = :body
                where account_id = :account and idem_key = :key""")
                .param("status", result.status()).param("location", result.location())
                .param("body", json.writeValueAsString(result.body()))
                .param("account", accountId).param("key", key)
                .update();
        return new Replay<>(result, null);
    }

    /** The answer of a write: status, optional location and the body sent to the client. */
    public record Result<T>(int status, String location, T body) {
    }

    /** Either a fresh result or the stored answer of an earlier attempt. */
    public record Replay<T>(Result<T> fresh, StoredResponse stored) {
        public Optional<StoredResponse> replayed() {
            return Optional.ofNullable(stored);
        }
    }

    private record StoredRow(String fingerprint, Integer statusCode, String location, String body) {
    }

    private String fingerprint(Object payload) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
