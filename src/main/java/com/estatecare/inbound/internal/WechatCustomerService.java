package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.WechatInPolicy;
import com.estatecare.inbound.WechatReplied;
import com.estatecare.inbound.WechatReplyWindows;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Staff answer an owner who wrote to the official account (客服消息, decision 047): from the request's timeline, to
 * the request's customer's linked WeChat, within the policy's reply window of that person's last message to the
 * company's account ({@link WechatReplyWindows}); outside it the reply is refused (409) and a template message
 * suggested.
 * The reply is kept ({@code wechat_reply}), put on the timeline and queued in the outbox in one transaction
 * ({@link WechatReplied}), so it leaves once.
 */
@Service
class WechatCustomerService {

    /** Whether the request's owner can be answered on WeChat now, and until when. */
    @Schema(name = "WechatReplyWindow")
    record Window(long requestId, boolean linked, Instant lastMessageAt, Instant openUntil, boolean open) {
    }

    /** A reply as it was kept and queued. */
    @Schema(name = "WechatReply")
    record Reply(long id, long requestId, String text, String staffName, Instant createdAt) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final Requests requests;
    private final Registry registry;
    private final Policies policies;
    private final WechatReplyWindows windows;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WechatCustomerService(Requests requests, Registry registry, Policies policies, WechatReplyWindows windows,
            JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.registry = registry;
        this.policies = policies;
        this.windows = windows;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Not read-only: the first read of the policy stores its defaults. */
    @Transactional
    Window window(long requestId, CurrentUser user) {
        RequestFacts request = visible(requestId, user);
        CustomerView customer = customerOf(request);
        if (customer == null || customer.wechat() == null || customer.wechat().isBlank()) {
            return new Window(requestId, false, null, null, false);
        }
        WechatReplyWindows.Window window = windowOf(request, customer);
        return new Window(requestId, true, window.lastMessageAt(), window.openUntil(), window.open());
    }

    @Transactional
    Reply reply(long requestId, String text, CurrentUser user) {
        RequestFacts request = visible(requestId, user);
        CustomerView customer = customerOf(request);
        if (customer == null || customer.wechat() == null || customer.wechat().isBlank()) {
            throw DomainException.conflict("wechat-not-linked");
        }
        WechatReplyWindows.Window window = windowOf(request, customer);
        if (!window.open()) {
            long hours = policies.current(WechatInPolicy.class, request.companyId()).policy().replyWindow().toHours();
            throw DomainException.conflict("wechat-reply-window", hours,
                    window.lastMessageAt() == null ? "—" : SHOWN.format(window.lastMessageAt()));
        }
        Instant now = clock.instant();
        String clean = text.strip();
        long id = jdbc.sql("""
                insert into wechat_reply (company_id, scope_path, request_id, customer_id, text, staff_id, staff_name,
                    created_at)
                values (:company, :scope, :request, :customer, :text, :staff, :name, :at) returning id""")
                .param("company", request.companyId()).param("scope", request.scopePath())
                .param("request", requestId).param("customer", customer.id()).param("text", clean)
                .param("staff", user.accountId()).param("name", user.displayName()).param("at", Timestamp.from(now))
                .query(Long.class).single();
        events.publishEvent(new WechatReplied(id, requestId, request.companyId(), request.scopePath(), customer.id(),
                request.number(), clean, user.accountId(), user.displayName(), now));
        return new Reply(id, requestId, clean, user.displayName(), now);
    }

    private RequestFacts visible(long requestId, CurrentUser user) {
        requests.find(requestId, user);
        return requests.facts(requestId).orElseThrow(() -> DomainException.notFound("request"));
    }

    private CustomerView customerOf(RequestFacts request) {
        return request.customerId() == null ? null : registry.customer(request.customerId()).orElse(null);
    }

    /** From the person's last message or event to the company's account, by the policy in force. */
    private WechatReplyWindows.Window windowOf(RequestFacts request, CustomerView customer) {
        return windows.of(request.companyId(), customer.wechat());
    }
}
