package com.estatecare.club.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partner merchants as staff work them: onboarding, status, offers, complaints, the yearly assessment. */
@RestController
@RequestMapping("/api/v1/club/merchants")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MerchantController {

    private final Merchants merchants;
    private final Organisation organisation;

    MerchantController(Merchants merchants, Organisation organisation) {
        this.merchants = merchants;
        this.organisation = organisation;
    }

    record ClubMerchantBody(String name, String category, String address, String contactName, String contactPhone,
            LocalDate contractFrom, LocalDate contractTo) {
    }

    record ClubMerchantStatusBody(String status) {
    }

    record ClubMerchantOfferBody(String title, String terms, Integer discountPercent, LocalDate validFrom,
            LocalDate validTo, List<String> levels, Integer points) {
    }

    record ClubMerchantComplaintBody(LocalDate onDay, String note) {
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "The partner merchants (联盟商家) the caller sees — their company's, or those under their"
            + " branch — newest first, by status and name (q); each with this year's assessment; with a cursor",
            operationId = "clubMerchants")
    CursorPage<Merchants.Merchant> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return merchants.list(status, q, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Onboard a partner merchant (name, category, address, contact and their phone, contract"
            + " period) of the caller's company (or companyId in their scope) as APPLIED; 201 with it, the phone"
            + " masked", operationId = "onboardClubMerchant")
    ResponseEntity<Merchants.Merchant> onboard(@RequestParam(required = false) Long companyId,
            @RequestBody ClubMerchantBody body) {
        Merchants.Merchant merchant = merchants.onboard(companyId, new Merchants.Onboarding(body.name(),
                body.category(), body.address(), body.contactName(), body.contactPhone(), body.contractFrom(),
                body.contractTo()), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/club/merchants/" + merchant.id())).body(merchant);
    }

    @GetMapping("/{id}")
    @StaffOnly
    @Operation(summary = "A partner merchant with the statuses it may move to and this year's assessment",
            operationId = "clubMerchant")
    Merchants.Merchant one(@PathVariable long id) {
        return merchants.one(id, organisation.currentUser());
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(ClubController.CLUB_MANAGERS)
    @Operation(summary = "Move a merchant to ACTIVE, SUSPENDED or ENDED (APPLIED → ACTIVE → SUSPENDED ⇄ ACTIVE,"
            + " any → ENDED); another move is 409 club-merchant-status with the allowed ones",
            operationId = "changeClubMerchantStatus")
    Merchants.Merchant status(@PathVariable long id, @RequestBody ClubMerchantStatusBody body) {
        return merchants.status(id, body.status(), organisation.currentUser());
    }

    @GetMapping("/{id}/offers")
    @StaffOnly
    @Operation(summary = "A merchant's offers to members, newest first, each marked current when valid today",
            operationId = "clubMerchantOffers")
    List<Merchants.Offer> offers(@PathVariable long id) {
        return merchants.offers(id, organisation.currentUser());
    }

    @PostMapping("/{id}/offers")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an offer (优惠): title, terms, discountPercent 0–100, validFrom–validTo, the member"
            + " level codes it is for (none: every level), and points: the price of a voucher for it in points"
            + " (none: not for points)", operationId = "addClubMerchantOffer")
    Merchants.Offer addOffer(@PathVariable long id, @RequestBody ClubMerchantOfferBody body) {
        return merchants.addOffer(id, new Merchants.OfferInput(body.title(), body.terms(), body.discountPercent(),
                body.validFrom(), body.validTo(), body.levels(), body.points()), organisation.currentUser());
    }

    @GetMapping("/{id}/complaints")
    @StaffOnly
    @Operation(summary = "The complaints recorded about a merchant, newest first", operationId = "clubMerchantComplaints")
    List<Merchants.Complaint> complaints(@PathVariable long id) {
        return merchants.complaints(id, organisation.currentUser());
    }

    @PostMapping("/{id}/complaints")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a complaint about a merchant (the day, what was said); it counts against the"
            + " assessment of its year", operationId = "addClubMerchantComplaint")
    Merchants.Complaint addComplaint(@PathVariable long id, @RequestBody ClubMerchantComplaintBody body) {
        return merchants.addComplaint(id, body.onDay(), body.note(), organisation.currentUser());
    }

    @GetMapping("/{id}/assessment")
    @StaffOnly
    @Operation(summary = "A merchant's assessment (年度评估) of a year (this year by default): the members' ratings and"
            + " their average, the complaints, the grade and sign they earn by the policy club-merchants, and why",
            operationId = "clubMerchantAssessment")
    Merchants.Assessment assessment(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return merchants.assessment(id, year, organisation.currentUser());
    }
}
