package com.estatecare.club;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.Rows;

/**
 * What the club keeps about a customer, for their copy of their personal data (PIPL art. 45, 个人信息副本, which
 * {@code privacy} makes and audits): the membership with its care data and magazine choice, the points ledger, and
 * the ratings of partner merchants with their comments, and the activity sign-ups with attendance and evaluation. The club reads its own tables; it is the privacy module that
 * asks, as it asks the registry and the customer file, so the dependency runs from privacy to the club as its audit
 * listeners' already does. Bounded: at most {@value #MAX_ENTRIES} ledger entries, ratings and sign-ups, newest
 * first.
 */
@Component
public class ClubData {

    public static final int MAX_ENTRIES = 2_000;

    /** The club's part of the copy; empty lists and a null membership for a customer who never joined. */
    public record Copy(Membership membership, List<PointsEntry> points, List<MerchantRating> merchantRatings,
            List<ActivitySignUp> activitySignUps) {
    }

    public record Membership(String number, String status, Instant joinedAt, Instant leftAt, LocalDate birthday,
            boolean greetings, boolean magazine) {
    }

    public record PointsEntry(Instant at, String kind, String rule, int points, int balanceAfter, String gift) {
    }

    public record MerchantRating(String merchant, int year, int score, String comment, Instant changedAt) {
    }

    /**
     * A sign-up for a club activity: the activity, the sign-up's status (CONFIRMED, WAITING, CANCELLED), when it was
     * made, confirmed and attended, and the member's evaluation.
     */
    public record ActivitySignUp(String theme, String place, Instant startsAt, String status, Instant signedAt,
            Instant confirmedAt, Instant attendedAt, Integer rating, String comment) {
    }

    private final JdbcClient jdbc;

    ClubData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The club's data of a customer (whose visibility the caller has checked). */
    @Transactional(readOnly = true)
    public Copy of(long customerId) {
        Optional<Long> member = jdbc.sql("select id from club_member where customer_id = :c order by id limit 1")
                .param("c", customerId).query(Long.class).optional();
        if (member.isEmpty()) {
            return new Copy(null, List.of(), List.of(), List.of());
        }
        long id = member.get();
        Membership membership = jdbc.sql("""
                select number, status, joined_at, left_at, birthday, greetings, magazine from club_member where id = :id""")
                .param("id", id).query(Rows.of(Membership.class)).single();
        List<PointsEntry> points = jdbc.sql("""
                select e.at, e.kind, e.rule, e.points, e.balance_after, g.name_zh as gift
                from club_points_entry e left join club_gift g on g.id = e.gift_id
                where e.member_id = :id order by e.id desc limit\s""" + MAX_ENTRIES)
                .param("id", id).query(Rows.of(PointsEntry.class)).list();
        List<MerchantRating> ratings = jdbc.sql("""
                select m.name as merchant, r.year, r.score, r.comment, r.changed_at
                from club_merchant_rating r join club_merchant m on m.id = r.merchant_id
                where r.member_id = :id order by r.id desc limit\s""" + MAX_ENTRIES)
                .param("id", id).query(Rows.of(MerchantRating.class)).list();
        List<ActivitySignUp> signUps = jdbc.sql("""
                select a.theme, a.place, a.starts_at, s.status, s.signed_at, s.confirmed_at, s.attended_at, s.rating,
                    s.comment
                from club_activity_signup s join club_activity a on a.id = s.activity_id
                where s.member_id = :id order by s.id desc limit\s""" + MAX_ENTRIES)
                .param("id", id).query(Rows.of(ActivitySignUp.class)).list();
        return new Copy(membership, points, ratings, signUps);
    }
}
