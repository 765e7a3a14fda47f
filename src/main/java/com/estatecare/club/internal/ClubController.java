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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Idempotency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The club as staff work it: members of their branch, their ledgers, redemptions for them, the gift catalogue. */
@RestController
@RequestMapping("/api/v1/club")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ClubController {

    static final String CLUB_STAFF = "hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY','HQ')";
    static final String CLUB_MANAGERS = "hasAnyRole('ADMIN','MANAGER')";

    private final Members members;
    private final Ledger ledger;
    private final Gifts gifts;
    private final ClubCompanies companies;
    private final Organisation organisation;

    ClubController(Members members, Ledger ledger, Gifts gifts, ClubCompanies companies, Organisation organisation) {
        this.members = members;
        this.ledger = ledger;
        this.gifts = gifts;
        this.companies = companies;
        this.organisation = organisation;
    }

    /** A customer joined by staff, with the channel their consent came by and the version of the text they were shown. */
    record ClubJoin(Long customerId, String consentChannel, String consentTextVersion, LocalDate birthday) {
    }

    record ClubLeave(String channel) {
    }

    record ClubMemberData(LocalDate birthday, Boolean greetings) {
    }

    record ClubEarn(String rule, String reference) {
    }

    record ClubRedeem(Long giftId) {
    }

    record ClubGiftBody(String nameZh, String nameEn, Integer points, Boolean active) {
    }

    @GetMapping("/members")
    @StaffOnly
    @Operation(summary = "The club's members in the caller's branch, newest first: by member number, or the customer's"
            + " name, phone or unit (q), ACTIVE or LEFT; with level and points; with a cursor", operationId = "clubMembers")
    CursorPage<Members.Member> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return members.list(q, status, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping("/members")
    @PreAuthorize(CLUB_STAFF)
    @Operation(summary = "Join a customer who owns a unit to the club on their behalf (consentChannel PHONE, PAPER,"
            + " ON_SITE, WECHAT, EMAIL; consentTextVersion of the text shown); 201 with the member, or 200 when they"
            + " are a member already; the consent is recorded and audited", operationId = "joinClubMember")
    ResponseEntity<Members.Member> join(@RequestBody ClubJoin body) {
        if (body.customerId() == null) {
            throw DomainException.invalidField("customerId", "required");
        }
        Members.Joined joined = members.join(body.customerId(), body.consentChannel(), body.consentTextVersion(),
                body.birthday(), organisation.currentUser());
        return joined.created()
                ? ResponseEntity.created(URI.create("/api/v1/club/members/" + joined.member().id())).body(joined.member())
                : ResponseEntity.ok(joined.member());
    }

    @GetMapping("/members/{id}")
    @StaffOnly
    @Operation(summary = "A member: card number, level and what decided it, member data, balance", operationId = "clubMember")
    Members.Member one(@PathVariable long id) {
        return members.one(id, organisation.currentUser());
    }

    @PutMapping("/members/{id}/data")
    @PreAuthorize(CLUB_STAFF)
    @Operation(summary = "A member's care data: birthday (or none) and whether they want greetings", operationId = "changeClubMemberData")
    Members.Member data(@PathVariable long id, @RequestBody ClubMemberData body) {
        return members.changeData(id, body.birthday(), body.greetings(), organisation.currentUser());
    }

    @PostMapping("/members/{id}/leave")
    @PreAuthorize(CLUB_STAFF)
    @Operation(summary = "The member leaves the club (channel the request came by); the club consent is recorded as"
            + " withdrawn; number and ledger stay", operationId = "leaveClubMember")
    Members.Member leave(@PathVariable long id, @RequestBody ClubLeave body) {
        return members.leave(id, body.channel(), organisation.currentUser());
    }

    @GetMapping("/members/{id}/ledger")
    @StaffOnly
    @Operation(summary = "A member's points ledger, newest first, with a cursor", operationId = "clubMemberLedger")
    CursorPage<Ledger.Entry> ledger(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = CursorPage.limit(limit);
        members.visible(id, organisation.currentUser());
        return ledger.entries(id, cursor, size);
    }

    @PostMapping("/members/{id}/points")
    @PreAuthorize(CLUB_MANAGERS)
    @Operation(summary = "Earn a member the points of a rule (ACTIVITY, REFERRAL, SURVEY with the activity, contract or"
            + " survey answered as reference) when its event did not: once per rule and reference, so a retry or the"
            + " event arriving later adds nothing; 201, or 200 with the entry written before", operationId = "earnClubPoints")
    ResponseEntity<Ledger.Entry> earn(@PathVariable long id, @RequestBody ClubEarn body) {
        EarnRule rule = EarnRuleInput.rule(body.rule(), body.reference());
        CurrentUser user = organisation.currentUser();
        Members.Member member = members.one(id, user);
        String reference = body.reference().strip();
        String key = switch (rule) {
            case ACTIVITY -> "activity:" + reference + ":" + member.id();
            case REFERRAL -> "referral:" + reference;
            case SURVEY -> "survey:" + reference;
            case JOIN -> "join:" + member.id();
        };
        Ledger.Written written = ledger.earn(member.id(), rule, rule.name().toLowerCase(java.util.Locale.ROOT) + ":" + reference, key,
                user.accountId(), user.displayName())
                .orElseThrow(() -> DomainException.conflict("club-points-not-earned"));
        return written.replayed() ? ResponseEntity.ok(written.entry())
                : ResponseEntity.status(HttpStatus.CREATED).body(written.entry());
    }

    @PostMapping("/members/{id}/redemptions")
    @PreAuthorize(CLUB_STAFF)
    @Operation(summary = "Redeem a gift for a member with their points; the Idempotency-Key header is required (a retry"
            + " with it returns the first entry); beyond what may be spent: 409 with balance and available",
            operationId = "redeemClubGift")
    ResponseEntity<Ledger.Entry> redeem(@PathVariable long id, @RequestBody ClubRedeem body,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String key) {
        long giftId = RedemptionInput.gift(body.giftId(), key);
        CurrentUser user = organisation.currentUser();
        members.visible(id, user);
        return MyClubController.redeemed(ledger.redeem(id, giftId, RedemptionInput.key(id, key), user));
    }

    @GetMapping("/gifts")
    @StaffOnly
    @Operation(summary = "The gift catalogue of the caller's company (or companyId in their scope; group staff name one), withdrawn"
            + " ones too",
            operationId = "clubGifts")
    List<Gifts.Gift> gifts(@RequestParam(required = false) Long companyId) {
        CurrentUser user = organisation.currentUser();
        if (companyId == null && user.companyId() == null) {
            return List.of(); // group staff name the company whose catalogue they want
        }
        return gifts.of(companies.of(companyId, user), false);
    }

    @PostMapping("/gifts")
    @PreAuthorize(CLUB_MANAGERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a gift to the catalogue (names in both languages, points it costs)", operationId = "addClubGift")
    Gifts.Gift addGift(@RequestParam(required = false) Long companyId, @RequestBody ClubGiftBody body) {
        return gifts.add(companies.of(companyId, organisation.currentUser()), body.nameZh(), body.nameEn(),
                body.points());
    }

    @PutMapping("/gifts/{id}")
    @PreAuthorize(CLUB_MANAGERS)
    @Operation(summary = "Change a gift, or withdraw it (active false); redemptions keep naming it", operationId = "changeClubGift")
    Gifts.Gift changeGift(@PathVariable long id, @RequestParam(required = false) Long companyId,
            @RequestBody ClubGiftBody body) {
        return gifts.change(companies.of(companyId, organisation.currentUser()), id, body.nameZh(), body.nameEn(),
                body.points(), body.active());
    }
}
