package com.estatecare.inbound.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;

/**
 * WeChat messages whose sender is not linked to exactly one customer of the company (待分拣): in the shape of the
 * e-mail triage list (channel, masked sender, text, received, media ids), so that the two lists can be one.
 */
@Service
class WechatTriage {

    /** One waiting message. */
    record TriageItem(long id, String channel, String sender, String messageType, String text, List<String> mediaIds,
            Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    WechatTriage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<TriageItem> waiting(Long before, int limit, CurrentUser user) {
        if (user.isOwner()) {
            throw DomainException.notFound("wechat-message");
        }
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        return jdbc.sql("""
                select id, sender_masked, msg_type, text, media_id, received_at from wechat_message
                where outcome = 'TRIAGE' and id < :before and %s
                order by id desc limit :limit""".formatted(visible.sql()))
                .param("before", before == null ? Long.MAX_VALUE : before).param("limit", limit)
                .params(visible.params())
                .query((rs, n) -> new TriageItem(rs.getLong("id"), "WECHAT", rs.getString("sender_masked"),
                        rs.getString("msg_type"), rs.getString("text"),
                        rs.getString("media_id") == null ? List.of() : List.of(rs.getString("media_id")),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }
}
