package com.estatecare.webhooks.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.StampedCache;
import com.estatecare.webhooks.WebhookEventType;

/** The webhook subscriptions of the companies an administrator's branch covers. */
@Component
class Subscriptions {

    /** The most active subscriptions one company may have: every event costs one delivery row per subscription. */
    static final int MAX_PER_COMPANY = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A subscription as listed (never its secret). */
    record WebhookSubscription(long id, long companyId, String url, List<WebhookEventType> eventTypes, String description,
            boolean active, Instant createdAt) {
    }

    /** A new subscription with its secret, shown once. */
    record WebhookCreated(WebhookSubscription subscription, String secret) {
    }

    /** What the sender needs. */
    record WebhookTarget(long id, String url, String secret) {
    }

    /** A company's active subscription and the event types it wants. */
    private record Active(long id, Set<WebhookEventType> types) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final WebhookTargets targets;
    private final Clock clock;
    /**
     * Each company's active subscriptions, from memory (every event of a request asks for them, inside its
     * transaction). A change here empties it when its transaction ends; a change on another instance is seen
     * within the recheck period, by a stamp that a new subscription (the highest id) and a deactivation (the
     * count of active ones) both change. A delivery checks that its subscription is still active when it is sent.
     */
    private final StampedCache<Long, List<Active>> activeOf;

    Subscriptions(JdbcClient jdbc, Organisation organisation, WebhookTargets targets, Clock clock,
            @Value("${estatecare.policies.recheck:PT1S}") Duration recheck) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.targets = targets;
        this.clock = clock;
        this.activeOf = new StampedCache<>(recheck, () -> jdbc.sql("""
                select count(*) filter (where active) || ':' || coalesce(max(id), 0) from webhook_subscription""")
                .query(String.class).single());
    }

    @Transactional
    WebhookCreated create(Long companyId, String url, Set<WebhookEventType> types, String description, CurrentUser user) {
        OrgNodeView company = company(companyId, user);
        targets.refusal(url).ifPresent(reason -> {
            throw DomainException.invalidField("url", reason);
        });
        if (types == null || types.isEmpty()) {
            throw DomainException.invalidField("eventTypes", "required");
        }
        long active = jdbc.sql("select count(*) from webhook_subscription where company_id = :company and active")
                .param("company", company.id()).query(Long.class).single();
        if (active >= MAX_PER_COMPANY) {
            throw DomainException.conflict("webhook-limit", MAX_PER_COMPANY);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into webhook_subscription (company_id, scope_path, url, event_types, description, secret,
                    created_by, created_at)
                values (:company, :path, :url, :types, :description, :secret, :by, :at) returning id""")
                .param("company", company.id()).param("path", company.path()).param("url", url)
                .param("types", encode(types)).param("description", description).param("secret", secret)
                .param("by", user.accountId()).param("at", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        activeOf.changed();
        return new WebhookCreated(find(id, user).orElseThrow(), secret);
    }

    /** The company the subscription is for: the caller's own, or one their branch covers (a group administrator). */
    private OrgNodeView company(Long companyId, CurrentUser user) {
        Long id = companyId != null ? companyId : user.companyId();
        if (id == null) {
            throw DomainException.invalidField("companyId", "required");
        }
        return organisation.node(id).filter(n -> n.kind() == OrgKind.COMPANY).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.unknownReference("companyId"));
    }

    @Transactional(readOnly = true)
    List<WebhookSubscription> list(CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        return jdbc.sql("""
                select id, company_id, url, event_types, description, active, created_at
                from webhook_subscription where %s order by id desc limit 200""".formatted(visible.sql()))
                .params(visible.params()).query(Subscriptions::row).list();
    }

    @Transactional(readOnly = true)
    Optional<WebhookSubscription> find(long id, CurrentUser user) {
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        return jdbc.sql("""
                select id, company_id, url, event_types, description, active, created_at
                from webhook_subscription where id = :id and %s""".formatted(visible.sql()))
                .param("id", id).params(visible.params()).query(Subscriptions::row).optional();
    }

    @Transactional
    void deactivate(long id, CurrentUser user) {
        find(id, user).orElseThrow(() -> DomainException.notFound("webhook"));
        jdbc.sql("update webhook_subscription set active = false where id = :id").param("id", id).update();
        activeOf.changed();
    }

    /** The active subscriptions of a company to {@code type}. */
    List<Long> subscribed(long companyId, WebhookEventType type) {
        return activeOf.get(companyId, company -> jdbc.sql("""
                        select id, event_types from webhook_subscription where company_id = :company and active
                        order by id""")
                .param("company", company)
                .query((rs, n) -> new Active(rs.getLong("id"), decode(rs.getString("event_types")))).list())
                .stream().filter(a -> a.types().contains(type)).map(Active::id).toList();
    }

    Optional<WebhookTarget> target(long id) {
        return jdbc.sql("select id, url, secret from webhook_subscription where id = :id and active").param("id", id)
                .query((rs, n) -> new WebhookTarget(rs.getLong("id"), rs.getString("url"), rs.getString("secret")))
                .optional();
    }

    private static WebhookSubscription row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new WebhookSubscription(rs.getLong("id"), rs.getLong("company_id"), rs.getString("url"),
                List.copyOf(decode(rs.getString("event_types"))), rs.getString("description"),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
    }

    static String encode(Set<WebhookEventType> types) {
        return types.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<WebhookEventType> decode(String text) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(WebhookEventType::valueOf).forEach(types::add);
        return types;
    }
}
