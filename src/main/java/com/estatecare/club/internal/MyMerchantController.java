package com.estatecare.club.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Idempotency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partner merchants on the owner's club pages (联盟商家): who they are, today's offers, the owner's rating. */
@RestController
@RequestMapping("/api/v1/me/club")
@PreAuthorize("hasRole('OWNER')")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MyMerchantController {

    private final MerchantRatings ratings;
    private final Vouchers vouchers;
    private final Organisation organisation;

    MyMerchantController(MerchantRatings ratings, Vouchers vouchers, Organisation organisation) {
        this.ratings = ratings;
        this.vouchers = vouchers;
        this.organisation = organisation;
    }

    record MyClubMerchantRatingBody(Integer score, String comment) {
    }

    @GetMapping("/merchants")
    @Operation(summary = "The active partner merchants of the owner's company, by name, with the offers valid today"
            + " and the owner's rating of this year", operationId = "myClubMerchants")
    List<MerchantRatings.OwnerMerchant> list() {
        return ratings.forOwner(organisation.currentUser());
    }

    @PutMapping("/merchants/{id}/rating")
    @Operation(summary = "The member rates a merchant 1–5 with a comment (at most 500 characters): 201 the first time"
            + " this year, 200 when it changes this year's rating (one rating per member, merchant and year)",
            operationId = "rateMyClubMerchant")
    ResponseEntity<MerchantRatings.MyRating> rate(@PathVariable long id, @RequestBody MyClubMerchantRatingBody body) {
        MerchantRatings.Rated rated = ratings.rate(id, body.score(), body.comment(), organisation.currentUser());
        return rated.created()
                ? ResponseEntity.created(URI.create("/api/v1/me/club/merchants/" + id + "/rating")).body(rated.rating())
                : ResponseEntity.ok(rated.rating());
    }

    @PostMapping("/merchants/offers/{id}/vouchers")
    @Operation(summary = "The member redeems points for a voucher (商家优惠券) of an offer that has a price in points;"
            + " the Idempotency-Key header is required (a retry with it returns the first voucher and its code);"
            + " beyond what may be spent: 409 with balance and available", operationId = "redeemMyClubVoucher")
    ResponseEntity<Vouchers.Voucher> voucher(@PathVariable long id,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String key) {
        if (key == null || key.isBlank()) {
            throw DomainException.invalidField(Idempotency.KEY_HEADER, "required");
        }
        if (key.length() > 100) {
            throw DomainException.invalidField(Idempotency.KEY_HEADER, "length", 1, 100);
        }
        Vouchers.Issued issued = vouchers.redeem(id, key, organisation.currentUser());
        return issued.created() ? ResponseEntity.status(HttpStatus.CREATED).body(issued.voucher())
                : ResponseEntity.ok(issued.voucher());
    }

    @GetMapping("/vouchers")
    @Operation(summary = "The member's merchant vouchers, newest first", operationId = "myClubVouchers")
    List<Vouchers.Voucher> myVouchers() {
        return vouchers.mine(organisation.currentUser());
    }
}
