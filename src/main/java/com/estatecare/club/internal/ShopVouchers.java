package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's merchant voucher checked and used up at the shop (decision 051): club staff of the merchant's branch
 * do it in the workbench on the merchant's behalf. Checking changes nothing; using records the time and the staff
 * member once — two uses at once: the first wins, the other is told it was used ({@link VoucherUseRule}).
 */
@Component
class ShopVouchers {

    /** What the shop sees of a voucher: no personal data but the member number. */
    @Schema(name = "ClubVoucherCheck")
    record Check(String code, String status, long merchantId, String merchantName, String offerTitle,
            String memberNumber, int points, LocalDate validFrom, LocalDate validTo, Instant issuedAt, Instant usedAt,
            String usedBy) {
    }

    /** The voucher's row as the rule needs it. */
    record Row(long id, String code, long merchantId, String merchantName, String offerTitle, String memberNumber,
            int points, LocalDate validFrom, LocalDate validTo, Instant issuedAt, Instant usedAt, String usedByName) {
    }

    private static final String SELECT = """
            select v.id, v.code, m.id as merchant_id, m.name as merchant_name, o.title as offer_title,
                mb.number as member_number, -e.points as points, o.valid_from, o.valid_to, v.issued_at, v.used_at,
                v.used_by_name
            from club_voucher v join club_merchant_offer o on o.id = v.offer_id
            join club_merchant m on m.id = o.merchant_id join club_points_entry e on e.id = v.entry_id
            join club_member mb on mb.id = v.member_id""";

    private final JdbcClient jdbc;
    private final Merchants merchants;

    ShopVouchers(JdbcClient jdbc, Merchants merchants) {
        this.jdbc = jdbc;
        this.merchants = merchants;
    }

    /** The voucher of the code at the merchant (of the caller's sight, else 404): its status, nothing changed. */
    @Transactional(readOnly = true)
    Check check(long merchantId, String code, CurrentUser user) {
        String normalised = normalised(code);
        Row row = find(merchants.visible(merchantId, user), normalised, false);
        return view(row, merchantId);
    }

    /**
     * Uses the voucher up at the merchant: valid → used now by the caller; used before, expired, not yet valid or
     * another merchant's → 409 naming why (a use already made answers when and by whom).
     */
    @Transactional
    Check use(long merchantId, String code, CurrentUser user) {
        String normalised = normalised(code);
        Row row = find(merchants.visible(merchantId, user), normalised, true);
        Check check = view(row, merchantId);
        switch (VoucherUseRule.Status.valueOf(check.status())) {
            case VALID -> {
            }
            case USED -> throw used(row);
            case EXPIRED -> throw DomainException.conflict("club-voucher-expired", row.validTo())
                    .with("validTo", row.validTo());
            case NOT_YET_VALID -> throw DomainException.conflict("club-voucher-not-yet-valid", row.validFrom())
                    .with("validFrom", row.validFrom());
            case OTHER_MERCHANT -> throw DomainException.conflict("club-voucher-other-merchant", row.merchantName());
        }
        int updated = jdbc.sql("""
                update club_voucher set used_at = :at, used_by = :by, used_by_name = :byName
                where id = :id and used_at is null""")
                .param("at", Timestamp.from(merchants.now())).param("by", user.accountId())
                .param("byName", user.displayName()).param("id", row.id()).update();
        Row now = jdbc.sql(SELECT + " where v.id = :id").param("id", row.id()).query(Rows.of(Row.class)).single();
        if (updated == 0) {
            throw used(now);
        }
        return view(now, merchantId);
    }

    private static DomainException used(Row row) {
        return DomainException.conflict("club-voucher-used", row.usedAt(), row.usedByName())
                .with("usedAt", row.usedAt()).with("usedBy", row.usedByName());
    }

    /** The code as stored; not a voucher code (none, huge, malformed): 400 naming {@code code}, before anything. */
    private static String normalised(String given) {
        String code = VoucherUseRule.normalised(given);
        if (code == null) {
            throw DomainException.invalidField("code", given == null ? "required" : "voucher-code");
        }
        return code;
    }

    private Row find(Merchants.MerchantRow merchant, String code, boolean lock) {
        return jdbc.sql(SELECT + " where v.company_id = :c and v.code = :code" + (lock ? " for update of v" : ""))
                .param("c", merchant.companyId()).param("code", code).query(Rows.of(Row.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-voucher"));
    }

    private Check view(Row row, long merchantId) {
        VoucherUseRule.Status status = VoucherUseRule.status(row.merchantId(), merchantId, row.usedAt(),
                row.validFrom(), row.validTo(), merchants.today());
        return new Check(row.code(), status.name(), row.merchantId(), row.merchantName(), row.offerTitle(),
                row.memberNumber(), row.points(), row.validFrom(), row.validTo(), row.issuedAt(), row.usedAt(),
                row.usedByName());
    }
}
