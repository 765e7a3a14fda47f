package com.estatecare.club.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Merchant vouchers checked and used up at the shop by club staff on the merchant's behalf (decision 051). */
@RestController
@RequestMapping("/api/v1/club/merchants/{merchantId}")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ShopVoucherController {

    private final ShopVouchers vouchers;
    private final Organisation organisation;

    ShopVoucherController(ShopVouchers vouchers, Organisation organisation) {
        this.vouchers = vouchers;
        this.organisation = organisation;
    }

    /** The code the member shows at the shop ({@code QV-} and eight letters or digits). */
    record ClubVoucherCode(String code) {
    }

    @PostMapping("/voucher-checks")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Check a member's voucher code at the merchant: VALID, USED (when and by whom),"
            + " EXPIRED, NOT_YET_VALID or OTHER_MERCHANT; nothing changes. A code of the company unknown: 404;"
            + " not a voucher code: 400 naming code", operationId = "checkClubVoucher")
    ShopVouchers.Check check(@PathVariable long merchantId, @RequestBody ClubVoucherCode body) {
        return vouchers.check(merchantId, body.code(), organisation.currentUser());
    }

    @PostMapping("/voucher-uses")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Use a member's voucher up at the merchant, once, recorded with the time and the staff"
            + " member; used before: 409 club-voucher-used with usedAt and usedBy (two uses at once: one wins);"
            + " expired, not yet valid or another merchant's: 409", operationId = "useClubVoucher")
    ShopVouchers.Check use(@PathVariable long merchantId, @RequestBody ClubVoucherCode body) {
        return vouchers.use(merchantId, body.code(), organisation.currentUser());
    }
}
