package com.estatecare.club.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Idempotency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The owner's own club page in the portal (会员): join with consent, the card, the points, gifts to redeem. */
@RestController
@RequestMapping("/api/v1/me/club")
@PreAuthorize("hasRole('OWNER')")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MyClubController {

    private final Members members;
    private final Ledger ledger;
    private final Gifts gifts;
    private final Organisation organisation;
    private final MessageSource texts;

    MyClubController(Members members, Ledger ledger, Gifts gifts, Organisation organisation, MessageSource texts) {
        this.members = members;
        this.ledger = ledger;
        this.gifts = gifts;
        this.organisation = organisation;
        this.texts = texts;
    }

    /** The consent text in the caller's language and its version, which a join names. */
    record ClubConsentText(String version, String text) {
    }

    /** The owner's club page: the consent text to join with, and their membership if they ever joined. */
    record MyClub(ClubConsentText consent, Members.Member member) {
    }

    record MyClubJoin(String consentTextVersion, LocalDate birthday) {
    }

    record MyClubMemberData(LocalDate birthday, Boolean greetings) {
    }

    record MyClubRedeem(Long giftId) {
    }

    @GetMapping
    @Operation(summary = "The owner's club page: the consent text (and its version) to join with, and their member"
            + " card, level and points if they ever joined (member null if not)", operationId = "myClub")
    MyClub mine() {
        String text = texts.getMessage("club.consent.text", null, LocaleContextHolder.getLocale());
        return new MyClub(new ClubConsentText(ClubConsent.VERSION, text),
                members.mine(organisation.currentUser()).orElse(null));
    }

    @PostMapping("/membership")
    @Operation(summary = "The owner joins the club, consenting to the text of consentTextVersion; 201 with the member,"
            + " or 200 when a member already; the consent is recorded (channel PORTAL) and audited", operationId = "joinMyClub")
    ResponseEntity<Members.Member> join(@RequestBody MyClubJoin body) {
        CurrentUser owner = organisation.currentUser();
        if (owner.customerId() == null) {
            throw DomainException.notFound("customer");
        }
        Members.Joined joined = members.join(owner.customerId(), null, body.consentTextVersion(), body.birthday(), owner);
        return joined.created() ? ResponseEntity.created(URI.create("/api/v1/me/club")).body(joined.member())
                : ResponseEntity.ok(joined.member());
    }

    @DeleteMapping("/membership")
    @Operation(summary = "The owner leaves the club: the club consent is recorded as withdrawn; number and points stay"
            + " for a later return", operationId = "leaveMyClub")
    Members.Member leave() {
        CurrentUser owner = organisation.currentUser();
        return members.leave(members.myId(owner), null, owner);
    }

    @PutMapping("/data")
    @Operation(summary = "The owner's member data: birthday (or none) and whether they want greetings", operationId = "changeMyClubData")
    Members.Member data(@RequestBody MyClubMemberData body) {
        CurrentUser owner = organisation.currentUser();
        return members.changeData(members.myId(owner), body.birthday(), body.greetings(), owner);
    }

    @GetMapping("/ledger")
    @Operation(summary = "The owner's points ledger, newest first, with a cursor", operationId = "myClubLedger")
    CursorPage<Ledger.Entry> ledger(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        int size = CursorPage.limit(limit);
        return ledger.entries(members.myId(organisation.currentUser()), cursor, size);
    }

    @GetMapping("/gifts")
    @Operation(summary = "The gifts the owner's club offers, cheapest first (also before joining)", operationId = "myClubGifts")
    List<Gifts.Gift> gifts() {
        return gifts.of(members.companyOfOwner(organisation.currentUser()), true);
    }

    @PostMapping("/redemptions")
    @Operation(summary = "The owner redeems a gift with their points; the Idempotency-Key header is required (a retry"
            + " with it returns the first entry); beyond what may be spent: 409 with balance and available",
            operationId = "redeemMyClubGift")
    ResponseEntity<Ledger.Entry> redeem(@RequestBody MyClubRedeem body,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String key) {
        CurrentUser owner = organisation.currentUser();
        long giftId = RedemptionInput.gift(body.giftId(), key);
        long member = members.myId(owner);
        return redeemed(ledger.redeem(member, giftId, RedemptionInput.key(member, key), owner));
    }

    static ResponseEntity<Ledger.Entry> redeemed(Ledger.Written written) {
        return written.replayed() ? ResponseEntity.ok(written.entry())
                : ResponseEntity.status(HttpStatus.CREATED).body(written.entry());
    }
}
