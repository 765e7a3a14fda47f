package com.estatecare.inbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.estatecare.inbound.internal.ReplyWindow;
import com.estatecare.platform.FieldCipher;
import com.estatecare.policies.Policies;

/**
 * WeChat's customer-service window (客服消息) of a person and a company's account, now: open for the {@code wechat-in}
 * policy's {@code replyWindow} in force after their last message or event to the account, found by their OpenID's
 * blind index (a message sent before they were linked counts too). Asked when staff write a reply and again when the
 * outbox is about to send it (decision 053): a reply that waited past the window is not sent.
 */
@Service
public class WechatReplyWindows {

    /** The purpose of the blind index of a sender's OpenID on {@code wechat_message}. */
    public static final String SENDER_INDEX = "wechat_message.sender";

    /** The window: when the person last wrote ({@code null}: never), until when it is open, and whether it is now. */
    public record Window(Instant lastMessageAt, Instant openUntil, boolean open) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Policies policies;
    private final Clock clock;

    WechatReplyWindows(JdbcClient jdbc, FieldCipher cipher, Policies policies, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.policies = policies;
        this.clock = clock;
    }

    /** The window of the person with {@code openId} and the company's account, by the policy in force now. */
    public Window of(long companyId, String openId) {
        List<Timestamp> rows = jdbc.sql("""
                select max(received_at) from wechat_message where company_id = :company and sender_index = :index""")
                .param("company", companyId).param("index", cipher.index(SENDER_INDEX, openId))
                .query(Timestamp.class).list();
        Timestamp last = rows.isEmpty() ? null : rows.get(0);
        WechatInPolicy policy = policies.current(WechatInPolicy.class, companyId).policy();
        ReplyWindow window = ReplyWindow.of(last == null ? null : last.toInstant(), clock.instant(),
                policy.replyWindow());
        return new Window(window.lastMessageAt(), window.openUntil(), window.open());
    }

    /** Whether a customer-service message may reach the person now. */
    public boolean openNow(long companyId, String openId) {
        return openId != null && !openId.isBlank() && of(companyId, openId).open();
    }
}
