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

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Requests;

/**
 * Fetches the media of an owner's image or voice message ({@link WechatMediaArrived}) and attaches it to the request
 * as the owner sent it (shared with them, on the timeline), through {@link Requests#attach}: its type checked by
 * its first bytes there (a picture, or a voice message's AMR), its size bounded by the gateway. A file that will
 * not be taken (too large, not a file, a type not taken, the request closed meanwhile) is recorded on the message
 * with the reason and not fetched again; a gateway that does not answer leaves the event's publication incomplete,
 * to be delivered again (on restart, decision 042).
 */
@Component
class WechatMediaDownload {

    private static final Logger log = LoggerFactory.getLogger(WechatMediaDownload.class);
    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", ".jpg", "image/png", ".png",
            "image/webp", ".webp", "audio/amr", ".amr", "application/pdf", ".pdf");

    private final WechatMediaGateway gateway;
    private final Requests requests;
    private final Organisation organisation;
    private final JdbcClient jdbc;
    /** The attachment in a transaction of its own: a refusal rolls back only it, and the reason is still kept. */
    private final TransactionTemplate attaching;
    private final Clock clock;

    WechatMediaDownload(WechatMediaGateway gateway, Requests requests, Organisation organisation, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.gateway = gateway;
        this.requests = requests;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.attaching = new TransactionTemplate(transactions);
        this.attaching.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(WechatMediaArrived media) {
        if (!gateway.configured()) {
            return;
        }
        byte[] bytes = fetched(media);
        if (bytes == null) {
            return;
        }
        Optional<String> type = Requests.attachmentType(bytes);
        if (type.isEmpty()) {
            record(media.messageId(), null, "unsupported-type");
            return;
        }
        Optional<CurrentUser> owner = organisation.account(media.ownerAccountId())
                .map(account -> organisation.userByUsername(account.username()));
        if (owner.isEmpty()) {
            record(media.messageId(), null, "owner-gone");
            return;
        }
        String filename = "wechat-" + media.messageType() + "-" + media.messageId()
                + EXTENSIONS.getOrDefault(type.get(), "");
        try {
            attaching.executeWithoutResult(tx -> requests.attach(media.requestId(), filename, bytes, true,
                    owner.get()));
            record(media.messageId(), clock.instant(), null);
        } catch (DomainException refused) {
            log.info("WeChat media of message {} not attached: {}", media.messageId(), refused.getMessage());
            record(media.messageId(), null, "not-attached");
        }
    }

    /** The file, or null when the gateway's answer will not be one (its reason recorded). */
    private byte[] fetched(WechatMediaArrived media) {
        try {
            return gateway.fetch(media.account(), media.mediaId());
        } catch (WechatMediaGateway.NotTaken refused) {
            record(media.messageId(), null, refused.getMessage());
            return null;
        }
    }

    private void record(long messageId, Instant attachedAt, String error) {
        jdbc.sql("update wechat_message set media_attached_at = :at, media_error = :error where id = :id")
                .param("at", attachedAt == null ? null : Timestamp.from(attachedAt)).param("error", error)
                .param("id", messageId).update();
    }
}
