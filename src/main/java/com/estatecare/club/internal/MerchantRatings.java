package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The partner merchants as members see them in the portal (联盟商家): the active merchants of their own company with
 * the offers valid today, and their own rating of each. A member rates a merchant 1–5 with a comment once a year;
 * rating again in the same year changes that rating (one row per member, merchant and year, upserted under its
 * unique key), so the assessment counts each member once.
 */
@Component
class MerchantRatings {

    @Schema(name = "MyClubMerchant")
    record OwnerMerchant(long id, String name, String category, String address, List<Merchants.Offer> offers,
            MyRating myRating) {
    }

    @Schema(name = "MyClubMerchantRating")
    record MyRating(long id, int year, int score, String comment, Instant ratedAt, Instant changedAt) {
    }

    /** A rating's answer: the rating, and whether this call made it (else it changed the year's rating). */
    record Rated(MyRating rating, boolean created) {
    }

    static final int MAX_MERCHANTS = 200;

    private final JdbcClient jdbc;
    private final Merchants merchants;
    private final Members members;

    MerchantRatings(JdbcClient jdbc, Merchants merchants, Members members) {
        this.jdbc = jdbc;
        this.merchants = merchants;
        this.members = members;
    }

    /** The active merchants of the owner's company, by name, with today's offers and the owner's rating this year. */
    @Transactional(readOnly = true)
    List<OwnerMerchant> forOwner(CurrentUser owner) {
        long company = members.companyOfOwner(owner);
        List<Merchants.MerchantRow> rows = jdbc.sql("select " + Merchants.MerchantRow.COLUMNS
                + " from club_merchant where company_id = :c and status = 'ACTIVE' order by name, id limit "
                + MAX_MERCHANTS).param("c", company).query(Rows.of(Merchants.MerchantRow.class)).list();
        List<Long> ids = rows.stream().map(Merchants.MerchantRow::id).toList();
        Map<Long, List<Merchants.Offer>> offers = new HashMap<>();
        merchants.offersOf(ids, true).forEach(o -> offers.computeIfAbsent(o.merchantId(), k -> new java.util.ArrayList<>()).add(o));
        Map<Long, MyRating> mine = new HashMap<>();
        members.mine(owner).filter(m -> !ids.isEmpty()).ifPresent(member -> jdbc.sql("""
                select merchant_id, id, year, score, comment, rated_at, changed_at from club_merchant_rating
                where member_id = :m and year = :year and merchant_id in (:ids)""")
                .param("m", member.id()).param("year", merchants.today().getYear()).param("ids", ids)
                .query((rs, i) -> mine.put(rs.getLong(1), new MyRating(rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant())))
                .list());
        return rows.stream().map(m -> new OwnerMerchant(m.id(), m.name(), m.category(), m.address(),
                offers.getOrDefault(m.id(), List.of()), mine.get(m.id()))).toList();
    }

    /** The member rates an active merchant of their company this year: the first time made, later changed. */
    @Transactional
    Rated rate(long merchantId, Integer score, String comment, CurrentUser owner) {
        var problems = MerchantInput.rating(score, comment);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        Members.Member member = members.mine(owner).orElseThrow(() -> DomainException.notFound("club-member"));
        if (!"ACTIVE".equals(member.status())) {
            throw DomainException.conflict("club-member-left");
        }
        long company = members.companyOfOwner(owner);
        Merchants.MerchantRow merchant = jdbc.sql("select " + Merchants.MerchantRow.COLUMNS
                + " from club_merchant where id = :id and company_id = :c and status = 'ACTIVE'")
                .param("id", merchantId).param("c", company).query(Rows.of(Merchants.MerchantRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-merchant"));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        Timestamp now = Timestamp.from(merchants.now());
        String scope = jdbc.sql("select scope_path from club_member where id = :id").param("id", member.id())
                .query(String.class).single();
        return jdbc.sql("""
                insert into club_merchant_rating (company_id, scope_path, merchant_id, member_id, year, score, comment,
                    rated_at, changed_at)
                values (:c, :scope, :merchant, :member, :year, :score, :comment, :at, :at)
                on conflict (company_id, merchant_id, member_id, year)
                do update set score = excluded.score, comment = excluded.comment, changed_at = excluded.changed_at
                returning id, year, score, comment, rated_at, changed_at, (xmax = 0) as created""")
                .param("c", merchant.companyId()).param("scope", scope).param("merchant", merchantId)
                .param("member", member.id()).param("year", merchants.today().getYear()).param("score", score)
                .param("comment", text).param("at", now)
                .query((rs, i) -> new Rated(new MyRating(rs.getLong("id"), rs.getInt("year"), rs.getInt("score"),
                        rs.getString("comment"), rs.getTimestamp("rated_at").toInstant(),
                        rs.getTimestamp("changed_at").toInstant()), rs.getBoolean("created")))
                .single();
    }
}
