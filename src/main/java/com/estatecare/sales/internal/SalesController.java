package com.estatecare.sales.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
import com.estatecare.platform.MaskedText;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.requests.Channel;
import com.estatecare.sales.FollowUpChannel;
import com.estatecare.sales.ProgressStep;
import com.estatecare.sales.ProspectSource;
import com.estatecare.sales.Sales;
import com.estatecare.sales.SalesViews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonSerialize;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sales", description = "Sales-stage touchpoints: visitors, follow-ups, subscription and contract, payment"
        + " schedule, loan and certificate steps, check-out requests (销售阶段)")
class SalesController {

    private static final String STAFF_WRITE = "hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY','HQ')";
    /** The most a price, deposit or payment may be: 100 billion yuan, in fen. */
    private static final long MAX_FEN = 10_000_000_000_000L;
    private static final EnumSet<Channel> CHECK_OUT_CHANNELS = EnumSet.of(Channel.WALK_IN, Channel.PHONE,
            Channel.EMAIL, Channel.WECHAT);

    private final Sales sales;
    private final CheckOutIntake checkOuts;
    private final Organisation organisation;
    private final Idempotency idempotency;

    SalesController(Sales sales, CheckOutIntake checkOuts, Organisation organisation, Idempotency idempotency) {
        this.sales = sales;
        this.checkOuts = checkOuts;
        this.organisation = organisation;
        this.idempotency = idempotency;
    }

    /** A prospect as staff see them: the phone masked. */
    record ProspectItem(long customerId, String name, String phone, String kind, long projectId, String project,
            ProspectSource source, long consultantId, String consultant, LocalDate visitedOn,
            LocalDate lastFollowedOn, LocalDate nextOn) {
        static ProspectItem of(SalesViews.Prospect p) {
            return new ProspectItem(p.customerId(), p.name(), PhoneNumber.mask(p.phone()), p.kind(), p.projectId(),
                    p.project(), p.source(), p.consultantId(), p.consultant(), p.visitedOn(), p.lastFollowedOn(),
                    p.nextOn());
        }
    }

    /** A follow-up as staff read it; the note is checked for personal data like every staff note. */
    record FollowUpItem(long id, long customerId, String customerName, long consultantId, String consultant,
            LocalDate followedOn, FollowUpChannel channel, @JsonSerialize(using = MaskedText.class) String note,
            String nextStep, LocalDate nextOn) {
        static FollowUpItem of(SalesViews.FollowUp f) {
            return new FollowUpItem(f.id(), f.customerId(), f.customerName(), f.consultantId(), f.consultant(),
                    f.followedOn(), f.channel(), f.note(), f.nextStep(), f.nextOn());
        }
    }

    /** The customer's sales file as staff see it: the phone masked. */
    record SalesFileItem(long customerId, String name, String phone, String kind, ProspectItem prospect,
            List<FollowUpItem> followUps, List<SalesViews.Deal> deals) {
    }

    record VisitBody(@NotNull Long projectId, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 30) String phone, @NotNull ProspectSource source, @NotNull Long consultantId,
            @NotNull LocalDate visitedOn, @Size(max = 2000) String note,
            @Schema(description = "老带新: the customer who referred the visitor (source REFERRAL only)")
            @Positive Long referrerCustomerId) {
    }

    @PostMapping("/sales/prospects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "来访登记: register a visitor of the sales office as a prospect customer of the project, with"
            + " their source and consultant (置业顾问, a staff account of the project); phone masked in the answer")
    ProspectItem registerVisit(@Valid @RequestBody VisitBody body) {
        String phone = PhoneNumber.normalise(body.phone());
        if (phone == null || !PhoneNumber.isValid(phone)) {
            throw DomainException.invalidField("phone", "phone");
        }
        return ProspectItem.of(sales.registerVisit(new Sales.NewProspect(body.projectId(), body.name().strip(), phone,
                body.source(), body.consultantId(), body.visitedOn(), body.note(), body.referrerCustomerId()),
                organisation.currentUser()));
    }

    @GetMapping("/sales/prospects")
    @StaffOnly
    @Operation(summary = "The visitors registered at the sales offices of the caller's branch, newest first, with a"
            + " cursor; by name or phone digits (q) and consultant; phone masked")
    CursorPage<ProspectItem> prospects(@RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) Long consultantId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        if (q != null && q.length() > 100) {
            throw DomainException.invalidField("q", "length", 0, 100);
        }
        int rows = CursorPage.limit(limit);
        return CursorPage.of(sales.prospects(q, consultantId, CursorPage.decode(cursor), rows,
                organisation.currentUser()), rows, SalesViews.Prospect::customerId).map(ProspectItem::of);
    }

    @GetMapping("/sales/customers/{id}")
    @StaffOnly
    @Operation(summary = "A customer's sales file: their visit, follow-ups and deals (subscription, contract, payment"
            + " schedule with paid and due, loan and certificate steps, check-out requests); phone masked")
    SalesFileItem file(@PathVariable long id) {
        SalesViews.SalesFile file = sales.file(id, organisation.currentUser());
        return new SalesFileItem(file.customerId(), file.name(), PhoneNumber.mask(file.phone()), file.kind(),
                file.prospect() == null ? null : ProspectItem.of(file.prospect()),
                file.followUps().stream().map(FollowUpItem::of).toList(), file.deals());
    }

    record FollowUpBody(@NotNull LocalDate followedOn, @NotNull FollowUpChannel channel,
            @NotBlank @Size(max = 2000) String note, @Size(max = 500) String nextStep, LocalDate nextOn,
            Long consultantId) {
    }

    @PostMapping("/sales/customers/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "跟进: record a follow-up of the customer (day, channel, note, next step and its day); the"
            + " consultant is the prospect's unless named")
    FollowUpItem followUp(@PathVariable long id, @Valid @RequestBody FollowUpBody body) {
        return FollowUpItem.of(sales.followUp(id, new Sales.NewFollowUp(body.followedOn(), body.channel(), body.note(),
                body.nextStep(), body.nextOn(), body.consultantId()), organisation.currentUser()));
    }

    @GetMapping("/sales/follow-ups/due")
    @StaffOnly
    @Operation(summary = "The follow-ups whose next step is due by a day (today by default): the caller's, a"
            + " consultant's (consultantId) or everyone's in the branch (all=true); the latest of each customer")
    List<FollowUpItem> followUpsDue(@RequestParam(required = false) Long consultantId,
            @RequestParam(required = false) Boolean all, @RequestParam(required = false) LocalDate until,
            @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        return sales.followUpsDue(consultantId, Boolean.TRUE.equals(all), until, user, CursorPage.limit(limit)).stream()
                .map(FollowUpItem::of).toList();
    }

    record DealBody(@NotNull Long unitId, @NotNull LocalDate subscribedOn,
            @NotNull @PositiveOrZero @Max(MAX_FEN) Long depositFen, @NotNull @Positive @Max(MAX_FEN) Long priceFen) {
    }

    @PostMapping("/sales/customers/{id}/deals")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "认购: the customer subscribes to a unit for sale, the deposit paid (amounts in fen); a unit"
            + " already sold or handed over is a 409")
    SalesViews.Deal subscribe(@PathVariable long id, @Valid @RequestBody DealBody body) {
        return sales.subscribe(id, body.unitId(), body.subscribedOn(), body.depositFen(), body.priceFen(),
                organisation.currentUser());
    }

    @GetMapping("/sales/deals/{id}")
    @StaffOnly
    @Operation(summary = "One deal with its schedule, steps and check-out requests")
    SalesViews.Deal deal(@PathVariable long id) {
        return sales.deal(id, organisation.currentUser());
    }

    record InstalmentBody(@NotNull LocalDate dueOn, @NotNull @Positive @Max(MAX_FEN) Long amountFen) {
    }

    record ContractBody(@NotNull @PositiveOrZero Long version, @NotNull LocalDate contractedOn,
            @NotBlank @Size(max = 40) String contractNo,
            @NotNull @Size(min = 1, max = ScheduleRule.MAX_INSTALMENTS) List<@Valid @NotNull InstalmentBody> instalments) {
    }

    @PostMapping("/sales/deals/{id}/contract")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "签约: the purchase contract of a subscribed unit with its payment schedule (due days after"
            + " one another, amounts in fen adding up to the price); the buyer becomes the unit's owner of record")
    SalesViews.Deal contract(@PathVariable long id, @Valid @RequestBody ContractBody body) {
        return sales.contract(id, body.version(), body.contractedOn(), body.contractNo().strip(),
                body.instalments().stream().map(i -> new ScheduleRule.Instalment(i.dueOn(), i.amountFen())).toList(),
                organisation.currentUser());
    }

    record PaymentBody(@NotNull @Min(1) @Max(ScheduleRule.MAX_INSTALMENTS) Integer seq,
            @NotNull @Positive @Max(MAX_FEN) Long amountFen, @NotNull LocalDate paidOn) {
    }

    @PostMapping("/sales/deals/{id}/payments")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Record a payment of an instalment (amount in fen, at most what is owed on it); accepts an"
            + " Idempotency-Key. A paid instalment is never reminded")
    ResponseEntity<?> pay(@PathVariable long id, @Valid @RequestBody PaymentBody body,
            @RequestHeader(value = Idempotency.KEY_HEADER, required = false) String key) {
        CurrentUser user = organisation.currentUser();
        return idempotency.once(user.accountId(), key, body, () -> ResponseEntity.ok(
                sales.recordPayment(id, body.seq(), body.amountFen(), body.paidOn(), user)));
    }

    record StepBody(@NotNull ProgressStep step, @NotNull LocalDate doneOn, @Size(max = 500) String note) {
    }

    @PostMapping("/sales/deals/{id}/steps")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Record a step of the loan (按揭) or the certificate (产权证), in order: a step only after the"
            + " one before it, not on an earlier day, not in the future")
    SalesViews.Deal step(@PathVariable long id, @Valid @RequestBody StepBody body) {
        return sales.recordStep(id, body.step(), body.doneOn(), body.note(), organisation.currentUser());
    }

    record CheckOutBody(@NotNull Channel channel, @NotBlank @Size(max = 2000) String reason,
            @Size(max = 2000) String expectedOutcome) {
    }

    record CheckOutItem(long requestId, String number, String status) {
    }

    @PostMapping("/sales/deals/{id}/check-outs")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "退房申请: register the buyer's check-out or refund request as a request of the request core"
            + " (a consultation of category CHECK_OUT, with its own time limits); answers its id and number")
    ResponseEntity<CheckOutItem> checkOut(@PathVariable long id, @Valid @RequestBody CheckOutBody body) {
        if (!CHECK_OUT_CHANNELS.contains(body.channel())) {
            throw DomainException.invalidField("channel", "one-of", CHECK_OUT_CHANNELS.toString());
        }
        CheckOutIntake.Registered registered = checkOuts.register(id, body.channel(), body.reason().strip(),
                body.expectedOutcome(), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + registered.requestId()))
                .body(new CheckOutItem(registered.requestId(), registered.number(), registered.status()));
    }

    @GetMapping("/sales/units/{id}")
    @StaffOnly
    @Operation(summary = "Where the sale of a unit stands (房源销售状态): SUBSCRIBED, CONTRACTED, HANDED_OVER, or none"
            + " when it is for sale")
    SalesViews.UnitSale unitSale(@PathVariable long id) {
        return sales.unitSale(id, organisation.currentUser());
    }

    @GetMapping("/me/purchases")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "购房进度: the owner's own purchases — contract, payment schedule, loan and certificate steps"
            + " — as the portal shows them")
    List<SalesViews.Deal> purchases() {
        return sales.purchasesOf(organisation.currentUser());
    }

    @GetMapping("/me/purchases/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One of the owner's own purchases; another's is a 404")
    SalesViews.Deal purchase(@PathVariable long id) {
        return sales.deal(id, organisation.currentUser());
    }
}
