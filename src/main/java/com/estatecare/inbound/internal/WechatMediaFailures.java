package com.estatecare.inbound.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The media downloads that did not succeed (媒体下载失败), in the administrator's branch: those still being retried
 * after a failed attempt ({@code RETRYING}) and those given up or not taken ({@code FAILED}), with the reason, the
 * attempts and the next attempt; "retry now" counts the attempts afresh and tries at once.
 */
@Service
class WechatMediaFailures {

    @Schema(name = "WechatMediaFailure")
    record Failure(long id, String messageType, String mediaId, String state, int attempts, String reason,
            Instant nextAttemptAt, Instant receivedAt, Long requestId, String requestNumber, Long triageId,
            String sender) {
    }

    private static final String COLUMNS = """
            select id, msg_type, media_id, media_state, media_attempts, media_error, media_next_at, received_at,
                request_id, request_number, triage_id, sender_masked from wechat_message""";

    private final JdbcClient jdbc;
    private final WechatMediaDownload download;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WechatMediaFailures(JdbcClient jdbc, WechatMediaDownload download, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.download = download;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    CursorPage<Failure> list(String cursor, int limit, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        params.put("limit", limit + 1);
        List<Failure> rows = jdbc.sql(COLUMNS + " where " + visible.sql() + """
                 and id < :after and (media_state = 'FAILED' or (media_state = 'PENDING' and media_attempts > 0))
                order by id desc limit :limit""").params(params).query(WechatMediaFailures::failure).list();
        return CursorPage.of(rows, limit, Failure::id);
    }

    /**
     * The download of the caller's branch tried again now, its attempts counted afresh (404 for another company's
     * or a message without media; 409 when it is attached already); answers it as it is after the attempt.
     */
    Failure retry(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        transactions.executeWithoutResult(tx -> {
            String state = jdbc.sql("select media_state from wechat_message where id = :id and media_id is not null"
                    + " and media_state is not null and " + visible.sql() + " for update")
                    .param("id", id).params(visible.params()).query(String.class).optional()
                    .orElseThrow(() -> DomainException.notFound("wechat-media"));
            if ("DONE".equals(state)) {
                throw DomainException.conflict("wechat-media-done");
            }
            jdbc.sql("""
                    update wechat_message set media_state = 'PENDING', media_attempts = 0, media_next_at = :now
                    where id = :id""").param("now", Timestamp.from(clock.instant())).param("id", id).update();
        });
        download.attempt(id);
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(WechatMediaFailures::failure).single();
    }

    private static Failure failure(ResultSet rs, int n) throws SQLException {
        String state = rs.getString("media_state");
        Timestamp next = rs.getTimestamp("media_next_at");
        return new Failure(rs.getLong("id"), rs.getString("msg_type"), rs.getString("media_id"),
                "PENDING".equals(state) ? "RETRYING" : state, rs.getInt("media_attempts"), rs.getString("media_error"),
                next == null ? null : next.toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getObject("request_id", Long.class), rs.getString("request_number"),
                rs.getObject("triage_id", Long.class), rs.getString("sender_masked"));
    }
}
