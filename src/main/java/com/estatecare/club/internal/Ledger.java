package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.ClubPointsRecorded;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;
import com.estatecare.policies.Policies;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's points ledger (积分账户): entries are only appended (a trigger refuses update and delete), each with a key
 * unique in its company, and each carries the member's balance after it, checked never negative. Every write first
 * locks the member's row, so that writes of one member follow each other: a retried or concurrent write with the same
 * key finds the first one's entry and adds nothing, and two redemptions cannot both spend the same points. Each entry
 * is published ({@link ClubPointsRecorded}) in its transaction for the audit log.
 */
@Component
class Ledger {

    /** An entry as the member and staff see it. */
    @Schema(name = "ClubPointsEntry")
    record Entry(long id, String kind, String rule, int points, int balanceAfter, Integer earnedYear, Long giftId,
            String giftNameZh, String giftNameEn, String reference, Instant at, String recorderName) {
    }

    /** What was written, or found written by an earlier attempt with the same key ({@code replayed}). */
    record Written(Entry entry, boolean replayed) {
    }

    /** The balance and what of it may be spent today (points past their last day await the sweep). */
    @Schema(name = "ClubBalance")
    record Balance(int balance, int available) {
    }

    private static final String SELECT = """
            select e.id, e.kind, e.rule, e.points, e.balance_after, e.earned_year, e.gift_id, g.name_zh as gift_name_zh,
                g.name_en as gift_name_en, e.reference, e.at, e.recorder_name
            from club_points_entry e left join club_gift g on g.id = e.gift_id""";

    private final JdbcClient jdbc;
    private final Policies policies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    Ledger(JdbcClient jdbc, Policies policies, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.zone = ZoneId.of("Asia/Shanghai");
    }

    /** Earns the member a rule's points once per key; nothing when the rule is off (0) or the member left. */
    @Transactional
    Optional<Written> earn(long memberId, EarnRule rule, String reference, String key, Long by, String byName) {
        MemberRow member = lock(memberId);
        Optional<Entry> earlier = byKey(member.companyId(), key);
        if (earlier.isPresent()) {
            return Optional.of(new Written(earlier.get(), true));
        }
        int points = policies.current(PointsPolicy.class, member.companyId()).policy().pointsFor(rule);
        if (points == 0 || !member.active()) {
            return Optional.empty();
        }
        return Optional.of(new Written(append(member, "EARN", rule.name(), points, today().getYear(), null, reference,
                key, by, byName), false));
    }

    /** Redeems a gift with the member's points, once per key; refused beyond what may be spent. */
    @Transactional
    Written redeem(long memberId, long giftId, String key, CurrentUser user) {
        MemberRow member = lock(memberId);
        Optional<Entry> earlier = byKey(member.companyId(), key);
        if (earlier.isPresent()) {
            if (!Long.valueOf(giftId).equals(earlier.get().giftId())) {
                throw DomainException.unprocessable("idempotency-key-reused");
            }
            return new Written(earlier.get(), true);
        }
        Gifts.Gift gift = jdbc.sql("select id, name_zh, name_en, points, active from club_gift where id = :id and company_id = :c")
                .param("id", giftId).param("c", member.companyId()).query(Rows.of(Gifts.Gift.class)).optional()
                .orElseThrow(() -> DomainException.unknownReference("giftId"));
        List<PointsExpiryRule.Entry> entries = ruleEntries(memberId);
        int balance = entries.stream().mapToInt(PointsExpiryRule.Entry::points).sum();
        int available = PointsExpiryRule.available(entries, validYears(member.companyId()), today());
        RedemptionRule.check(member.active(), gift.active(), gift.points(), balance, available);
        return new Written(append(member, "REDEEM", null, -gift.points(), null, gift.id(), null, key, user.accountId(),
                user.displayName()), false);
    }

    /**
     * Spends the member's points on something other than a gift (a merchant's voucher), once per key, by the same
     * rule as a gift: only an active member, only what is {@code offered}, refused beyond what may be spent with the
     * balance. The entry names what it was spent on in {@code reference}.
     */
    @Transactional
    Written spend(long memberId, int points, boolean offered, String reference, String key, CurrentUser user) {
        MemberRow member = lock(memberId);
        Optional<Entry> earlier = byKey(member.companyId(), key);
        if (earlier.isPresent()) {
            if (!reference.equals(earlier.get().reference())) {
                throw DomainException.unprocessable("idempotency-key-reused");
            }
            return new Written(earlier.get(), true);
        }
        List<PointsExpiryRule.Entry> entries = ruleEntries(memberId);
        int balance = entries.stream().mapToInt(PointsExpiryRule.Entry::points).sum();
        int available = PointsExpiryRule.available(entries, validYears(member.companyId()), today());
        RedemptionRule.check(member.active(), offered, points, balance, available);
        return new Written(append(member, "REDEEM", null, -points, null, null, reference, key, user.accountId(),
                user.displayName()), false);
    }

    /** Writes the expiry entries due for one member today; returns the points expired. */
    @Transactional
    int expire(long memberId) {
        MemberRow member = lock(memberId);
        int expired = 0;
        for (PointsExpiryRule.Due due : PointsExpiryRule.due(ruleEntries(memberId), validYears(member.companyId()),
                today())) {
            append(member, "EXPIRE", null, -due.points(), due.year(), null, null,
                    "expire:" + memberId + ":" + due.year(), null, "system");
            expired += due.points();
        }
        return expired;
    }

    /** The members of a company with earnings of a year whose points may have expired by today. */
    @Transactional(readOnly = true)
    List<Long> expiring(long companyId) {
        int lastExpiredYear = today().getYear() - validYears(companyId) - 1;
        return jdbc.sql("""
                select distinct member_id from club_points_entry
                where company_id = :c and kind = 'EARN' and earned_year <= :year order by member_id""")
                .param("c", companyId).param("year", lastExpiredYear).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    Balance balance(long memberId, long companyId) {
        List<PointsExpiryRule.Entry> entries = ruleEntries(memberId);
        return new Balance(entries.stream().mapToInt(PointsExpiryRule.Entry::points).sum(),
                PointsExpiryRule.available(entries, validYears(companyId), today()));
    }

    @Transactional(readOnly = true)
    CursorPage<Entry> entries(long memberId, String cursor, int limit) {
        List<Entry> rows = jdbc.sql(SELECT + " where e.member_id = :m and e.id < :after order by e.id desc limit :limit")
                .param("m", memberId).param("after", CursorPage.decode(cursor)).param("limit", limit + 1)
                .query(Rows.of(Entry.class)).list();
        return CursorPage.of(rows, limit, Entry::id);
    }

    private Entry append(MemberRow member, String kind, String rule, int points, Integer year, Long giftId,
            String reference, String key, Long by, String byName) {
        int before = jdbc.sql("select balance_after from club_points_entry where member_id = :m order by id desc limit 1")
                .param("m", member.id()).query(Integer.class).optional().orElse(0);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into club_points_entry (company_id, member_id, kind, rule, points, balance_after, earned_year,
                    gift_id, reference, idem_key, recorded_by, recorder_name, at)
                values (:c, :m, :kind, :rule, :points, :after, :year, :gift, :reference, :key, :by, :name, :at)
                returning id""")
                .param("c", member.companyId()).param("m", member.id()).param("kind", kind).param("rule", rule)
                .param("points", points).param("after", before + points).param("year", year).param("gift", giftId)
                .param("reference", reference).param("key", key).param("by", by).param("name", byName)
                .param("at", Timestamp.from(now)).query(Long.class).single();
        events.publishEvent(new ClubPointsRecorded(id, member.id(), member.companyId(), member.scopePath(), kind, rule,
                points, before + points, key, now));
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(Rows.of(Entry.class)).single();
    }

    private Optional<Entry> byKey(long companyId, String key) {
        return jdbc.sql(SELECT + " where e.company_id = :c and e.idem_key = :key").param("c", companyId)
                .param("key", key).query(Rows.of(Entry.class)).optional();
    }

    private List<PointsExpiryRule.Entry> ruleEntries(long memberId) {
        return jdbc.sql("select kind, points, earned_year as year from club_points_entry where member_id = :m order by id")
                .param("m", memberId).query(Rows.of(PointsExpiryRule.Entry.class)).list();
    }

    private MemberRow lock(long memberId) {
        return jdbc.sql("select " + MemberRow.COLUMNS + " from club_member where id = :id for update")
                .param("id", memberId).query(Rows.of(MemberRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-member"));
    }

    private int validYears(long companyId) {
        return policies.current(PointsPolicy.class, companyId).policy().validYears();
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
