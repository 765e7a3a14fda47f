package com.estatecare.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/**
 * The web's idempotent writes: a controller whose write a client may retry
 * hands it here with the request's {@code Idempotency-Key}. The first answer
 * (status, {@code Location}, body) is stored in the same transaction as the
 * write; a retry with the same key and the same body gets that answer back,
 * marked {@code Idempotent-Replayed: true}, instead of a second write — also
 * after a restart. A concurrent retry waits on the key's row until the first
 * attempt commits or rolls back. The same key with another body is refused
 * (422 {@code idempotency-key-reused}). The use case behind it knows nothing
 * of keys, status codes or locations.
 */
@Component
public class Idempotency {

    /** The request header that carries the key. */
    public static final String KEY_HEADER = "Idempotency-Key";
    /** The response header that marks a replayed answer. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    Idempotency(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Answers {@code write} once per (account, key): runs it and stores its
     * answer, or replays the stored answer of an earlier attempt. Without a
     * key the write simply runs. The write joins this method's transaction.
     */
    @Transactional
    public ResponseEntity<?> once(long accountId, String key, Object payload, Supplier<ResponseEntity<?>> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > 100) {
            throw DomainException.invalidField(KEY_HEADER, "length", 1, 100);
        }
        String fingerprint = fingerprint(payload);
        int claimed = jdbc.sql("""
                insert into idempotency_record (account_id, idem_key, fingerprint, created_at)
                values (:account, :key, :fingerprint, :now) on conflict do nothing""")
                .param("account", accountId).param("key", key).param("fingerprint", fingerprint)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (claimed == 0) {
            return replay(accountId, key, fingerprint);
        }
        ResponseEntity<?> answer = write.get();
        URI location = answer.getHeaders().getLocation();
        jdbc.sql("""
                update idempotency_record set status_code = :status, location = :location, body = :body
                where account_id = :account and idem_key = :key""")
                .param("status", answer.getStatusCode().value())
                .param("location", location == null ? null : location.toString())
                .param("body", json.writeValueAsString(answer.getBody()))
                .param("account", accountId).param("key", key)
                .update();
        return answer;
    }

    private ResponseEntity<?> replay(long accountId, String key, String fingerprint) {
        StoredRow stored = jdbc.sql("""
                select fingerprint, status_code, location, body from idempotency_record
                where account_id = :account and idem_key = :key""")
                .param("account", accountId).param("key", key)
                .query(Rows.of(StoredRow.class)).single();
        if (!stored.fingerprint().equals(fingerprint)) {
            throw DomainException.unprocessable("idempotency-key-reused");
        }
        var replayed = ResponseEntity.status(stored.statusCode()).header(REPLAYED_HEADER, "true")
                .contentType(MediaType.APPLICATION_JSON);
        if (stored.location() != null) {
            replayed.location(URI.create(stored.location()));
        }
        return replayed.body(stored.body());
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
