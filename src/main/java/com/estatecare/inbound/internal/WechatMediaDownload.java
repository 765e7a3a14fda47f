package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.inbound.Triage;
import com.estatecare.inbound.TriageArrival;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.RetryPolicy;
import com.estatecare.requests.Requests;

/**
 * Fetches the media of an image or voice message through the company's relay, one attempt at a time (decision
 * 047): at once when the message arrives ({@link WechatMediaArrived}), again by the sweep when the relay did not
 * answer, or when an administrator asks. An attempt claims the message's row ({@code for update skip locked}: two
 * instances never fetch the same file at once, and a download done is never done again) and ends it DONE (attached
 * to the owner's request as the owner sent it, or to the triage item of an unknown sender; to the request an
 * agent made of that item meanwhile), FAILED (a file that fetching again will not mend: too large, not a file, a
 * type not taken, the item discarded), or PENDING with its next attempt after the {@link RetryPolicy} backoff —
 * FAILED when the attempts are used up.
 */
@Component
class WechatMediaDownload {

    private static final Logger log = LoggerFactory.getLogger(WechatMediaDownload.class);
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", ".jpg", "image/png", ".png",
            "image/webp", ".webp", "audio/amr", ".amr", "application/pdf", ".pdf");

    /** A message whose media is due, as its row says. */
    private record Due(long id, long companyId, Long requestId, Long triageId, Long ownerAccountId, String mediaId,
            String type, int attempts) {
    }

    private final WechatMediaGateway gateway;
    private final WechatAccounts accounts;
    private final WechatMediaProperties properties;
    private final Requests requests;
    private final Triage triage;
    private final Organisation organisation;
    private final JdbcClient jdbc;
    private final TransactionTemplate claiming;
    /** The attachment in a transaction of its own: a refusal rolls back only it, and the reason is still kept. */
    private final TransactionTemplate attaching;
    private final Clock clock;

    WechatMediaDownload(WechatMediaGateway gateway, WechatAccounts accounts, WechatMediaProperties properties,
            Requests requests, Triage triage, Organisation organisation, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.gateway = gateway;
        this.accounts = accounts;
        this.properties = properties;
        this.requests = requests;
        this.triage = triage;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.claiming = new TransactionTemplate(transactions);
        this.attaching = new TransactionTemplate(transactions);
        this.attaching.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WechatMediaArrived media) {
        attempt(media.messageId());
    }

    /**
     * One attempt at the message's media, when it is still to be fetched and no other instance is at it; answers
     * the download's state afterwards ({@code PENDING}, {@code DONE}, {@code FAILED}).
     */
    String attempt(long messageId) {
        return claiming.execute(tx -> {
            Optional<Due> due = jdbc.sql("""
                    select id, company_id, request_id, triage_id, owner_account_id, media_id, msg_type, media_attempts
                    from wechat_message where id = :id and media_state = 'PENDING' for update skip locked""")
                    .param("id", messageId)
                    .query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("company_id"),
                            rs.getObject("request_id", Long.class), rs.getObject("triage_id", Long.class),
                            rs.getObject("owner_account_id", Long.class), rs.getString("media_id"),
                            rs.getString("msg_type"), rs.getInt("media_attempts")))
                    .optional();
            due.ifPresent(this::fetch);
            return jdbc.sql("select coalesce(media_state, 'NONE') from wechat_message where id = :id")
                    .param("id", messageId).query(String.class).optional().orElse("NONE");
        });
    }

    private void fetch(Due due) {
        Optional<WechatAccounts.Relay> relay = accounts.relayOf(due.companyId());
        Optional<String> account = jdbc.sql("select account_id from wechat_account where company_id = :company")
                .param("company", due.companyId()).query(String.class).optional();
        if (relay.isEmpty() || account.isEmpty()) {
            failed(due, "no-relay");
            return;
        }
        byte[] bytes;
        try {
            bytes = gateway.fetch(relay.get(), account.get(), due.mediaId());
        } catch (WechatMediaGateway.NotTaken refused) {
            failed(due, refused.getMessage());
            return;
        } catch (WechatMediaGateway.Unavailable unavailable) {
            again(due, unavailable.getMessage());
            return;
        }
        Optional<String> type = Requests.attachmentType(bytes);
        if (type.isEmpty()) {
            failed(due, "unsupported-type");
            return;
        }
        String filename = "wechat-" + due.type() + "-" + due.id() + EXTENSIONS.getOrDefault(type.get(), "");
        if (due.requestId() != null) {
            attach(due, due.requestId(), due.ownerAccountId(), true, filename, bytes, "owner-gone");
        } else if (due.triageId() != null) {
            toTriage(due, filename, type.get(), bytes);
        } else {
            failed(due, "no-target");
        }
    }

    /** An unknown sender's file goes on the triage item, or on the request an agent made of it meanwhile. */
    private void toTriage(Due due, String filename, String type, byte[] bytes) {
        Optional<Triage.Held> item = triage.held(due.triageId());
        if (item.isEmpty() || "DISCARDED".equals(item.get().state())) {
            failed(due, "triage-discarded");
        } else if (triage.addFile(due.triageId(), new TriageArrival.File(filename, type, bytes))) {
            done(due);
        } else if (item.get().requestId() != null && item.get().resolvedBy() != null) {
            attach(due, item.get().requestId(), item.get().resolvedBy(), "REQUEST_MADE".equals(item.get().state()),
                    filename, bytes, "resolver-gone");
        } else {
            failed(due, "triage-discarded");
        }
    }

    private void attach(Due due, long requestId, Long accountId, boolean share, String filename, byte[] bytes,
            String whenNobody) {
        Optional<CurrentUser> as = accountId == null ? Optional.empty() : organisation.account(accountId)
                .map(account -> organisation.userByUsername(account.username()));
        if (as.isEmpty()) {
            failed(due, whenNobody);
            return;
        }
        try {
            attaching.executeWithoutResult(tx -> requests.attach(requestId, filename, bytes, share, as.get()));
            done(due);
        } catch (DomainException refused) {
            log.info("WeChat media of message {} not attached: {}", due.id(), refused.getMessage());
            failed(due, "not-attached");
        }
    }

    private void done(Due due) {
        Instant now = clock.instant();
        jdbc.sql("""
                update wechat_message set media_state = 'DONE', media_attached_at = :at, media_error = null,
                    media_attempts = media_attempts + 1, media_next_at = null
                where id = :id""").param("at", Timestamp.from(now)).param("id", due.id()).update();
    }

    private void failed(Due due, String reason) {
        jdbc.sql("""
                update wechat_message set media_state = 'FAILED', media_error = :error,
                    media_attempts = media_attempts + 1, media_next_at = null
                where id = :id""").param("error", clip(reason)).param("id", due.id()).update();
    }

    /** The relay did not answer: tried again after the backoff, or given up when the attempts are used up. */
    private void again(Due due, String reason) {
        int attempts = due.attempts() + 1;
        RetryPolicy retry = properties.retry();
        boolean givenUp = retry.exhausted(attempts);
        log.info("WeChat media of message {}: attempt {} failed ({}){}", due.id(), attempts, reason,
                givenUp ? ", given up" : "");
        jdbc.sql("""
                update wechat_message set media_state = :state, media_error = :error, media_attempts = :attempts,
                    media_next_at = :next
                where id = :id""")
                .param("state", givenUp ? "FAILED" : "PENDING").param("error", clip(reason))
                .param("attempts", attempts)
                .param("next", givenUp ? null : Timestamp.from(retry.nextAttempt(attempts, clock.instant())))
                .param("id", due.id()).update();
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }
}
