package com.estatecare.notifications.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.WechatReplied;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;

/**
 * A staff member's WeChat reply (客服消息) into the outbox, in the reply's own transaction (a synchronous listener):
 * one message under the reply's id ({@code wechat-reply:<id>}), sent by the outbox's sender through the WeChat
 * gateway with its retries, never twice. Without a WeChat way out (no gateway, no development sink) the reply is
 * refused (409) and nothing is kept.
 */
@Component
class WechatReplyListener {

    private final Outbox outbox;
    private final Channels channels;
    private final Registry registry;

    WechatReplyListener(Outbox outbox, Channels channels, Registry registry) {
        this.outbox = outbox;
        this.channels = channels;
        this.registry = registry;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(WechatReplied reply) {
        if (!channels.available(ContactChannel.WECHAT)) {
            throw DomainException.conflict("wechat-gateway-missing");
        }
        CustomerView customer = registry.customer(reply.customerId())
                .orElseThrow(() -> DomainException.notFound("customer"));
        outbox.queued(new Outbox.Queued(reply.companyId(), reply.scopePath(), "wechat-reply:" + reply.replyId(),
                MessageKind.WECHAT_REPLY, ContactChannel.WECHAT, customer.id(), null, reply.requestId(),
                reply.number(), customer.wechat(), "zh-CN", null,
                OutboundMessages.cut(reply.text(), OutboundMessages.MAX_BODY)));
    }
}
