package com.estatecare.club.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Merchant vouchers (商家优惠券): a member redeems points for an offer that has a price in points and gets a code to
 * show at the shop. The points leave by the ledger's redemption rule ({@link Ledger#spend}: under the member's lock,
 * once per Idempotency-Key, refused beyond the balance with the balance), and the voucher is written in the same
 * transaction, one per ledger entry — so a retry finds the first voucher and its code, never a second one. Once used
 * at the shop ({@link ShopVouchers}) the member sees when ({@code usedAt}).
 */
@Component
class Vouchers {

    @Schema(name = "ClubVoucher")
    record Voucher(long id, String code, long offerId, String offerTitle, String merchantName, int points,
            LocalDate validTo, Instant issuedAt, Instant usedAt) {
    }

    /** An offer's price in points (null: not for points) and its days. */
    record OfferPrice(long id, Integer points, LocalDate validFrom, LocalDate validTo) {
    }

    /** A redemption's answer: the voucher, and whether this call made it (else a retry found it). */
    record Issued(Voucher voucher, boolean created) {
    }

    private static final String SELECT = """
            select v.id, v.code, v.offer_id, o.title as offer_title, m.name as merchant_name, -e.points as points,
                o.valid_to, v.issued_at, v.used_at
            from club_voucher v join club_merchant_offer o on o.id = v.offer_id
            join club_merchant m on m.id = o.merchant_id join club_points_entry e on e.id = v.entry_id""";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_VOUCHERS = 200;

    private final JdbcClient jdbc;
    private final Members members;
    private final Merchants merchants;
    private final Ledger ledger;
    private final SecureRandom random = new SecureRandom();

    Vouchers(JdbcClient jdbc, Members members, Merchants merchants, Ledger ledger) {
        this.jdbc = jdbc;
        this.members = members;
        this.merchants = merchants;
        this.ledger = ledger;
    }

    /** The member redeems points for a voucher of an offer of an active merchant of their company. */
    @Transactional
    Issued redeem(long offerId, String key, CurrentUser owner) {
        long member = members.myId(owner);
        long company = members.companyOfOwner(owner);
        OfferPrice offer = jdbc.sql("""
                select o.id, o.points, o.valid_from, o.valid_to from club_merchant_offer o
                join club_merchant m on m.id = o.merchant_id
                where o.id = :id and o.company_id = :c and m.status = 'ACTIVE'""")
                .param("id", offerId).param("c", company).query(Rows.of(OfferPrice.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-merchant-offer"));
        if (offer.points() == null) {
            throw DomainException.notFound("club-merchant-offer");
        }
        LocalDate today = merchants.today();
        if (today.isBefore(offer.validFrom()) || today.isAfter(offer.validTo())) {
            throw DomainException.conflict("club-merchant-offer-not-current", offer.validFrom(), offer.validTo());
        }
        Ledger.Written written = ledger.spend(member, offer.points(), true, "voucher:" + offerId,
                RedemptionInput.key(member, key), owner);
        if (written.replayed()) {
            return new Issued(byEntry(written.entry().id()), false);
        }
        long id = jdbc.sql("""
                insert into club_voucher (company_id, member_id, offer_id, entry_id, code, issued_at)
                values (:c, :m, :offer, :entry, :code, :at) returning id""")
                .param("c", company).param("m", member).param("offer", offerId).param("entry", written.entry().id())
                .param("code", code()).param("at", Timestamp.from(merchants.now())).query(Long.class).single();
        return new Issued(jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(Rows.of(Voucher.class))
                .single(), true);
    }

    /** The member's vouchers, newest first. */
    @Transactional(readOnly = true)
    List<Voucher> mine(CurrentUser owner) {
        return jdbc.sql(SELECT + " where v.member_id = :m order by v.id desc limit " + MAX_VOUCHERS)
                .param("m", members.myId(owner)).query(Rows.of(Voucher.class)).list();
    }

    private Voucher byEntry(long entryId) {
        return jdbc.sql(SELECT + " where v.entry_id = :e").param("e", entryId).query(Rows.of(Voucher.class)).single();
    }

    /** QV- and eight characters without the ones read alike (0/O, 1/I): about 10^12 codes. */
    private String code() {
        StringBuilder code = new StringBuilder("QV-");
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
