package com.estatecare.club.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partner merchants on the owner's club pages (联盟商家): who they are, today's offers, the owner's rating. */
@RestController
@RequestMapping("/api/v1/me/club/merchants")
@PreAuthorize("hasRole('OWNER')")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MyMerchantController {

    private final MerchantRatings ratings;
    private final Organisation organisation;

    MyMerchantController(MerchantRatings ratings, Organisation organisation) {
        this.ratings = ratings;
        this.organisation = organisation;
    }

    record MyClubMerchantRatingBody(Integer score, String comment) {
    }

    @GetMapping
    @Operation(summary = "The active partner merchants of the owner's company, by name, with the offers valid today"
            + " and the owner's rating of this year", operationId = "myClubMerchants")
    List<MerchantRatings.OwnerMerchant> list() {
        return ratings.forOwner(organisation.currentUser());
    }

    @PutMapping("/{id}/rating")
    @Operation(summary = "The member rates a merchant 1–5 with a comment (at most 500 characters): 201 the first time"
            + " this year, 200 when it changes this year's rating (one rating per member, merchant and year)",
            operationId = "rateMyClubMerchant")
    ResponseEntity<MerchantRatings.MyRating> rate(@PathVariable long id, @RequestBody MyClubMerchantRatingBody body) {
        MerchantRatings.Rated rated = ratings.rate(id, body.score(), body.comment(), organisation.currentUser());
        return rated.created()
                ? ResponseEntity.created(URI.create("/api/v1/me/club/merchants/" + id + "/rating")).body(rated.rating())
                : ResponseEntity.ok(rated.rating());
    }
}
