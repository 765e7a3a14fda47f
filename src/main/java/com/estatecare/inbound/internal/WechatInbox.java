package com.estatecare.inbound.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.inbound.CustomerMessageReceived;
import com.estatecare.inbound.Triage;
import com.estatecare.inbound.TriageArrival;
import com.estatecare.inbound.TriageChannel;
import com.estatecare.inbound.WechatInPolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldCipher;
import com.estatecare.policies.Policies;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.OpenRequests;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

/**
 * Messages to a company's official account (微信公众号): checked (signature, replay window), kept once per WeChat
 * message key, and routed: an owner's message goes on their one open request (or the request it names), else it
 * becomes a new request registered as the owner through {@link Requests#register}; a sender not linked to exactly
 * one customer waits for staff (triage). The answer is the passive reply WeChat shows the sender.
 */
@Service
class WechatInbox {

    static final String SENDER_PURPOSE = com.estatecare.inbound.WechatReplyWindows.SENDER_INDEX;
    /** A request number as the notices print it: {@code BX-20261126-0001}. */
    private static final Pattern REQUEST_NUMBER = Pattern.compile("\\b([A-Z]{2}-[0-9]{8}-[0-9]{4,})\\b");
    private static final int OPEN_LOOKED_AT = 20;

    enum Outcome { REQUEST, TIMELINE, TRIAGE, EVENT }

    /** What became of a message: enough to answer it again the same way when WeChat retries. */
    record Handled(long id, Outcome outcome, String requestNumber, String event, String sender, String account) {
    }

    private final JdbcClient jdbc;
    private final WechatAccounts accounts;
    private final Policies policies;
    private final Registry registry;
    private final Organisation organisation;
    private final Requests requests;
    private final OpenRequests openRequests;
    private final FieldCipher cipher;
    private final Triage triage;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WechatInbox(JdbcClient jdbc, WechatAccounts accounts, Policies policies, Registry registry,
            Organisation organisation, Requests requests, OpenRequests openRequests, FieldCipher cipher,
            Triage triage, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policies = policies;
        this.registry = registry;
        this.organisation = organisation;
        this.requests = requests;
        this.openRequests = openRequests;
        this.cipher = cipher;
        this.triage = triage;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The company's account if the callback is signed with its token and fresh; else 403, nothing done. Not
     * read-only: the first read of the policy stores its defaults.
     */
    @Transactional
    WechatAccounts.Account verified(long companyId, String signature, String timestamp, String nonce) {
        WechatAccounts.Account account = accounts.of(companyId)
                .filter(a -> WechatSignature.verifies(a.token(), timestamp, nonce, signature))
                .orElseThrow(() -> DomainException.forbidden("wechat-signature"));
        WechatInPolicy policy = policies.current(WechatInPolicy.class, companyId).policy();
        if (!WechatSignature.fresh(timestamp, clock.instant(), policy.replayWindow())) {
            throw DomainException.forbidden("wechat-replay");
        }
        return account;
    }

    /** A verified message, once: WeChat's retry of a message already kept answers as the first did. */
    @Transactional
    Handled receive(WechatAccounts.Account account, WechatXml.Message message) {
        Instant now = clock.instant();
        Optional<Long> claimed = jdbc.sql("""
                insert into wechat_message (company_id, scope_path, msg_key, msg_type, event, sender_masked,
                    sender_index, outcome, sent_at, received_at)
                values (:company, :path, :key, :type, :event, :masked, :index, 'EVENT', :sent, :at)
                on conflict (company_id, msg_key) do nothing returning id""")
                .param("company", account.companyId()).param("path", account.scopePath())
                .param("key", message.key()).param("type", clip(message.msgType(), 20))
                .param("event", clip(message.event(), 30)).param("masked", maskOpenid(message.fromUser()))
                .param("index", cipher.index(SENDER_PURPOSE, message.fromUser()))
                .param("sent", Timestamp.from(Instant.ofEpochSecond(Long.parseLong(message.createTime()))))
                .param("at", Timestamp.from(now)).query(Long.class).optional();
        if (claimed.isEmpty()) {
            return jdbc.sql("""
                    select id, outcome, request_number, event from wechat_message
                    where company_id = :company and msg_key = :key""")
                    .param("company", account.companyId()).param("key", message.key())
                    .query((rs, n) -> new Handled(rs.getLong("id"), Outcome.valueOf(rs.getString("outcome")),
                            rs.getString("request_number"), rs.getString("event"), message.fromUser(),
                            account.accountId()))
                    .single();
        }
        return route(claimed.get(), account, message, now);
    }

    private Handled route(long id, WechatAccounts.Account account, WechatXml.Message message, Instant now) {
        String type = message.msgType();
        if ("event".equals(type)) {
            return new Handled(id, Outcome.EVENT, null, message.event(), message.fromUser(), account.accountId());
        }
        String text = text(message);
        String mediaId = "image".equals(type) || "voice".equals(type) ? clip(message.mediaId(), 200) : null;
        List<CustomerView> senders = registry.customersByWechat(account.companyId(), message.fromUser());
        Optional<CurrentUser> owner = senders.size() != 1 || !List.of("text", "image", "voice").contains(type)
                ? Optional.empty()
                : organisation.ownerAccountFor(senders.get(0).id(), account.companyId(), senders.get(0).scopePath(),
                        senders.get(0).name()).map(a -> organisation.userByUsername(a.username()));
        if (owner.isEmpty()) {
            store(id, Outcome.TRIAGE, null, null, null, text, mediaId, message.format());
            // the agents' one triage list (待分拣), beside the e-mails no request took; its media follow
            long item = triage.hold(new TriageArrival(account.companyId(), account.scopePath(), TriageChannel.WECHAT,
                    "wechat-" + id, message.fromUser(), maskOpenid(message.fromUser()), null, null,
                    text != null ? clip(text, 4000) : "[" + type + (mediaId == null ? "" : " " + mediaId) + "]",
                    senders.size() > 1 ? "AMBIGUOUS_SENDER" : "UNKNOWN_SENDER", now, List.of()));
            jdbc.sql("update wechat_message set triage_id = :item where id = :id").param("item", item)
                    .param("id", id).update();
            fetchMedia(id, account, null, mediaId, now);
            return new Handled(id, Outcome.TRIAGE, null, null, message.fromUser(), account.accountId());
        }
        CurrentUser user = owner.get();
        Optional<OpenRequests.Summary> open = onOpenRequest(user, text);
        if (open.isPresent()) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("messageType", type);
            if (mediaId != null) {
                facts.put("mediaId", mediaId);
            }
            events.publishEvent(new CustomerMessageReceived(open.get().id(), TriageChannel.WECHAT,
                    text == null ? null : clip(text, 4000), null, true, user.accountId(), user.displayName(), now,
                    facts));
            store(id, Outcome.TIMELINE, user.customerId(), open.get().id(), open.get().number(), text, mediaId,
                    message.format());
            fetchMedia(id, account, user, mediaId, now);
            return new Handled(id, Outcome.TIMELINE, open.get().number(), null, message.fromUser(),
                    account.accountId());
        }
        List<UnitView> units = registry.unitsOf(user.customerId()).stream()
                .filter(u -> u.companyId() == account.companyId()).toList();
        Requests.Registered registered = requests.register(new NewRequest(RequestKind.CONSULTATION, Channel.WECHAT,
                units.size() == 1 ? units.get(0).id() : null, null, null, null, null, false,
                description(type, text, mediaId), null, null, null, null, null, null, null, null), user);
        store(id, Outcome.REQUEST, user.customerId(), registered.id(), registered.number(), text, mediaId,
                message.format());
        fetchMedia(id, account, user, mediaId, now);
        return new Handled(id, Outcome.REQUEST, registered.number(), null, message.fromUser(), account.accountId());
    }

    /**
     * The media of an image or voice message is due at once, when the company has a relay: tried after the answer
     * (its row says for whom: the owner's request, or the triage item), again by the sweep if the relay is down.
     */
    private void fetchMedia(long id, WechatAccounts.Account account, CurrentUser owner, String mediaId, Instant now) {
        if (mediaId != null && account.relay() != null) {
            jdbc.sql("""
                    update wechat_message set media_state = 'PENDING', media_next_at = :at, owner_account_id = :owner
                    where id = :id""")
                    .param("at", Timestamp.from(now)).param("owner", owner == null ? null : owner.accountId())
                    .param("id", id).update();
            events.publishEvent(new WechatMediaArrived(id, account.companyId()));
        }
    }

    /** The open request the message names, else the owner's only open request. */
    private Optional<OpenRequests.Summary> onOpenRequest(CurrentUser user, String text) {
        List<OpenRequests.Summary> open = openRequests.ofCustomers(List.of(user.customerId()), OPEN_LOOKED_AT, user)
                .getOrDefault(user.customerId(), List.of());
        if (text != null) {
            Matcher named = REQUEST_NUMBER.matcher(text);
            while (named.find()) {
                String number = named.group(1);
                Optional<OpenRequests.Summary> match = open.stream().filter(r -> r.number().equals(number)).findFirst();
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return open.size() == 1 ? Optional.of(open.get(0)) : Optional.empty();
    }

    private void store(long id, Outcome outcome, Long customerId, Long requestId, String number, String text,
            String mediaId, String format) {
        jdbc.sql("""
                update wechat_message set outcome = :outcome, customer_id = :customer, request_id = :request,
                    request_number = :number, text = :text, media_id = :media, media_format = :format
                where id = :id""")
                .param("outcome", outcome.name()).param("customer", customerId).param("request", requestId)
                .param("number", number).param("text", clip(text, 4000)).param("media", mediaId)
                .param("format", clip(format, 20)).param("id", id).update();
    }

    /** The words of a message: a text's content, a voice message's recognised text (语音识别) if WeChat gave it. */
    static String text(WechatXml.Message message) {
        return switch (message.msgType()) {
            case "text" -> message.content();
            case "voice" -> message.recognition();
            default -> null;
        };
    }

    static String description(String type, String text, String mediaId) {
        if (text != null && !text.isBlank()) {
            return clip(text, 4000);
        }
        String what = "image".equals(type) ? "图片" : "voice".equals(type) ? "语音" : "消息";
        return "（微信" + what + "，媒体 ID：" + (mediaId == null ? "无" : mediaId) + "）";
    }

    /** An OpenID as staff see it: its first and last four characters. */
    static String maskOpenid(String openid) {
        return openid.length() <= 8 ? "****" : openid.substring(0, 4) + "****" + openid.substring(openid.length() - 4);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
