package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.ClubMemberJoined;
import com.estatecare.club.ClubMemberLeft;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.platform.Rows;
import com.estatecare.policies.Policies;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The club's members (会员): an owner joins with the club's consent (by the portal, or staff on their behalf) and
 * gets a member number of their company; joins again after leaving with the same number and ledger; keeps their
 * member data (birthday, whether they want greetings). A member is seen by the owner themselves and by staff whose
 * branch holds the customer; anyone else is answered 404.
 */
@Component
class Members {

    /** Who registers customers, and so may take their club consent and join them. */
    static final Set<Role> RECORDERS = Set.of(Role.ADMIN, Role.AGENT, Role.MANAGER, Role.PROJECT_COMPANY, Role.HQ);
    static final List<String> STAFF_CHANNELS = List.of("PHONE", "PAPER", "ON_SITE", "WECHAT", "EMAIL");
    static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);

    /** A member as staff and the member see them: the card, the level and what it was decided from, the points. */
    @Schema(name = "ClubMember")
    record Member(long id, String number, String status, long customerId, String customerName, String phoneMasked,
            Instant joinedAt, Instant leftAt, LocalDate birthday, boolean greetings, Level level, int units,
            int yearsOwned, int balance, int available) {
    }

    /** A level as shown: its code and names. */
    @Schema(name = "ClubLevel")
    record Level(String code, String nameZh, String nameEn) {
    }

    /** A join's answer: the member, and whether this call made (or renewed) the membership. */
    record Joined(Member member, boolean created) {
    }

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Policies policies;
    private final Ledger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    Members(JdbcClient jdbc, Registry registry, Policies policies, Ledger ledger, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.policies = policies;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** The customer joins: by themselves (channel PORTAL) or by staff with the channel the consent came by. */
    @Transactional
    Joined join(long customerId, String channel, String textVersion, LocalDate birthday, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (textVersion == null || textVersion.isBlank()) {
            problems.add(FieldProblem.of("consentTextVersion", "required"));
        } else if (!ClubConsent.VERSION.equals(textVersion)) {
            problems.add(new FieldProblem("consentTextVersion", "one-of", new Object[] { ClubConsent.VERSION }));
        }
        if (!user.isOwner() && (channel == null || !STAFF_CHANNELS.contains(channel))) {
            problems.add(new FieldProblem("consentChannel", "one-of", new Object[] { String.join(", ", STAFF_CHANNELS) }));
        }
        birthday(problems, birthday);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        CustomerView customer = visibleCustomer(customerId, user);
        if (!user.isOwner() && !user.hasAny(RECORDERS)) {
            throw DomainException.forbidden("club-join-not-permitted");
        }
        if (registry.unitsOf(customerId).isEmpty()) {
            throw DomainException.conflict("club-owners-only");
        }
        String by = user.isOwner() ? "PORTAL" : channel;
        Instant now = clock.instant();
        Optional<MemberRow> existing = jdbc.sql("select " + MemberRow.COLUMNS
                + " from club_member where company_id = :c and customer_id = :customer for update")
                .param("c", customer.companyId()).param("customer", customerId).query(Rows.of(MemberRow.class))
                .optional();
        if (existing.isPresent() && existing.get().active()) {
            return new Joined(view(existing.get()), false);
        }
        MemberRow member;
        if (existing.isPresent()) {
            jdbc.sql("""
                    update club_member set status = 'ACTIVE', joined_at = :at, left_at = null,
                        birthday = coalesce(:birthday, birthday), version = version + 1 where id = :id""")
                    .param("at", Timestamp.from(now)).param("birthday", birthday).param("id", existing.get().id())
                    .update();
            member = row(existing.get().id());
        } else {
            long sequence = jdbc.sql("""
                    insert into club_member_counter (company_id, last_number) values (:c, 1)
                    on conflict (company_id) do update set last_number = club_member_counter.last_number + 1
                    returning last_number""").param("c", customer.companyId()).query(Long.class).single();
            long id = jdbc.sql("""
                    insert into club_member (company_id, scope_path, customer_id, number, status, joined_at, birthday)
                    values (:c, :scope, :customer, :number, 'ACTIVE', :at, :birthday) returning id""")
                    .param("c", customer.companyId()).param("scope", customer.scopePath()).param("customer", customerId)
                    .param("number", MemberNumber.of(sequence)).param("at", Timestamp.from(now))
                    .param("birthday", birthday).query(Long.class).single();
            member = row(id);
        }
        events.publishEvent(new ClubMemberJoined(member.id(), member.companyId(), member.scopePath(), customerId,
                member.number(), by, textVersion, now));
        ledger.earn(member.id(), EarnRule.JOIN, null, "join:" + member.id(), user.accountId(), user.displayName());
        return new Joined(view(row(member.id())), true);
    }

    /** The member leaves; their number and ledger stay. Leaving twice changes nothing the second time. */
    @Transactional
    Member leave(long memberId, String channel, CurrentUser user) {
        if (!user.isOwner() && (channel == null || !STAFF_CHANNELS.contains(channel))) {
            throw DomainException.invalidField("channel", "one-of", String.join(", ", STAFF_CHANNELS));
        }
        MemberRow member = visible(memberId, user);
        if (!user.isOwner() && !user.hasAny(RECORDERS)) {
            throw DomainException.forbidden("club-join-not-permitted");
        }
        int changed = jdbc.sql("""
                update club_member set status = 'LEFT', left_at = :at, version = version + 1
                where id = :id and status = 'ACTIVE'""")
                .param("at", Timestamp.from(clock.instant())).param("id", memberId).update();
        if (changed == 1) {
            events.publishEvent(new ClubMemberLeft(memberId, member.companyId(), member.scopePath(),
                    member.customerId(), member.number(), user.isOwner() ? "PORTAL" : channel, clock.instant()));
        }
        return view(row(memberId));
    }

    /** The member's care data: birthday (or none) and whether they want greetings. */
    @Transactional
    Member changeData(long memberId, LocalDate birthday, Boolean greetings, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        birthday(problems, birthday);
        if (greetings == null) {
            problems.add(FieldProblem.of("greetings", "required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        visible(memberId, user);
        if (!user.isOwner() && !user.hasAny(RECORDERS)) {
            throw DomainException.forbidden("club-join-not-permitted");
        }
        jdbc.sql("update club_member set birthday = :b, greetings = :g, version = version + 1 where id = :id")
                .param("b", birthday).param("g", greetings).param("id", memberId).update();
        return view(row(memberId));
    }

    @Transactional(readOnly = true)
    Member one(long memberId, CurrentUser user) {
        return view(visible(memberId, user));
    }

    /** The signed-in owner's membership, if they ever joined. */
    @Transactional(readOnly = true)
    Optional<Member> mine(CurrentUser owner) {
        return ownRow(owner).map(this::view);
    }

    /** The signed-in owner's member id; 404 when they never joined. */
    long myId(CurrentUser owner) {
        return ownRow(owner).map(MemberRow::id).orElseThrow(() -> DomainException.notFound("club-member"));
    }

    /** The company of the signed-in owner's customer record. */
    long companyOfOwner(CurrentUser owner) {
        return Optional.ofNullable(owner.customerId()).flatMap(registry::customer).map(CustomerView::companyId)
                .orElseThrow(() -> DomainException.notFound("customer"));
    }

    /** The member active for a customer, for the listeners that earn points. */
    @Transactional(readOnly = true)
    Optional<MemberRow> activeOf(long companyId, long customerId) {
        return jdbc.sql("select " + MemberRow.COLUMNS
                + " from club_member where company_id = :c and customer_id = :customer and status = 'ACTIVE'")
                .param("c", companyId).param("customer", customerId).query(Rows.of(MemberRow.class)).optional();
    }

    /** Members of the caller's branch, newest first: by member number, or by the customer's name, phone or unit. */
    @Transactional(readOnly = true)
    CursorPage<Member> list(String q, String status, String cursor, int limit, CurrentUser user) {
        if (q != null && q.length() > 100) {
            throw DomainException.invalidField("q", "length", 0, 100);
        }
        if (status != null && !List.of("ACTIVE", "LEFT").contains(status)) {
            throw DomainException.invalidField("status", "one-of", "ACTIVE, LEFT");
        }
        VisibleTo visible = VisibleTo.sql(user, "m.scope_path");
        StringBuilder sql = new StringBuilder("select " + MemberRow.COLUMNS
                + " from club_member m where m.id < :after and " + visible.sql());
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("after", CursorPage.decode(cursor));
        if (status != null) {
            sql.append(" and m.status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            List<Long> customers = registry.searchCustomers(q.strip(), null, 200, user).items().stream()
                    .map(CustomerView::id).toList();
            sql.append(" and (m.number = :number").append(customers.isEmpty() ? ")" : " or m.customer_id in (:customers))");
            params.put("number", q.strip().toUpperCase(java.util.Locale.ROOT));
            if (!customers.isEmpty()) {
                params.put("customers", customers);
            }
        }
        sql.append(" order by m.id desc limit :limit");
        params.put("limit", limit + 1);
        List<MemberRow> rows = jdbc.sql(sql.toString()).params(params).query(Rows.of(MemberRow.class)).list();
        CursorPage<MemberRow> page = CursorPage.of(rows, limit, MemberRow::id);
        Map<Long, List<UnitView>> units = registry.unitsOf(page.items().stream().map(MemberRow::customerId).toList());
        return page.map(m -> view(m, units.getOrDefault(m.customerId(), List.of())));
    }

    /** The member in the caller's sight, else 404. */
    MemberRow visible(long memberId, CurrentUser user) {
        MemberRow member = jdbc.sql("select " + MemberRow.COLUMNS + " from club_member where id = :id")
                .param("id", memberId).query(Rows.of(MemberRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-member"));
        boolean sees = user.isOwner() ? user.customerId() != null && user.customerId() == member.customerId()
                : user.covers(member.scopePath());
        if (!sees) {
            throw DomainException.notFound("club-member");
        }
        return member;
    }

    private Optional<MemberRow> ownRow(CurrentUser owner) {
        if (owner.customerId() == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + MemberRow.COLUMNS + " from club_member where customer_id = :customer")
                .param("customer", owner.customerId()).query(Rows.of(MemberRow.class)).optional();
    }

    private CustomerView visibleCustomer(long customerId, CurrentUser user) {
        if (user.isOwner()) {
            if (user.customerId() == null || user.customerId() != customerId) {
                throw DomainException.notFound("customer");
            }
            return registry.customer(customerId).orElseThrow(() -> DomainException.notFound("customer"));
        }
        return registry.customerVisibleTo(customerId, user).orElseThrow(() -> DomainException.notFound("customer"));
    }

    private MemberRow row(long id) {
        return jdbc.sql("select " + MemberRow.COLUMNS + " from club_member where id = :id").param("id", id)
                .query(Rows.of(MemberRow.class)).single();
    }

    private Member view(MemberRow m) {
        return view(m, registry.unitsOf(m.customerId()));
    }

    private Member view(MemberRow m, List<UnitView> units) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LevelPolicy policy = policies.current(LevelPolicy.class, m.companyId()).policy();
        MemberLevelRule.Decision decision = MemberLevelRule.decide(policy,
                units.stream().map(UnitView::deliveredOn).toList(), units.size(), today);
        Level level = decision.level() == null ? null
                : new Level(decision.level().code(), decision.level().nameZh(), decision.level().nameEn());
        Optional<CustomerView> customer = registry.customer(m.customerId());
        Ledger.Balance balance = ledger.balance(m.id(), m.companyId());
        return new Member(m.id(), m.number(), m.status(), m.customerId(), customer.map(CustomerView::name).orElse(null),
                customer.map(CustomerView::phone).filter(p -> p != null && !p.isBlank()).map(PhoneNumber::mask)
                        .orElse(null),
                m.joinedAt(), m.leftAt(), m.birthday(), m.greetings(), level, decision.units(), decision.years(),
                balance.balance(), balance.available());
    }

    private void birthday(List<FieldProblem> problems, LocalDate birthday) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (birthday != null && (birthday.isBefore(EARLIEST_BIRTHDAY) || birthday.isAfter(today))) {
            problems.add(new FieldProblem("birthday", "range", new Object[] { EARLIEST_BIRTHDAY, today }));
        }
    }
}
