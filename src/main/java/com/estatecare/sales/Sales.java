package com.estatecare.sales;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.InputLimits;
import com.estatecare.platform.Money;
import com.estatecare.registry.CustomerDetails;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.OwnershipRole;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.sales.SalesStepRecorded.Fact;
import com.estatecare.sales.internal.SalesRows;
import com.estatecare.sales.internal.SalesRows.DealRow;
import com.estatecare.sales.internal.CheckOutRule;
import com.estatecare.sales.internal.ScheduleRule;
import com.estatecare.sales.internal.StepOrder;

/**
 * The sales module's use cases (decision 041): a visitor registered as a prospect in the registry, followed up,
 * subscribed and contracted to a unit with a payment schedule, paying, through the loan's and the certificate's
 * steps, to the handover that makes them an owner — one customer, one file. Each step is told to the customer file
 * as {@link SalesStepRecorded} in its own transaction.
 */
@Service
public class Sales {

    /** Who records the sales stage: the front desk of the branch (the consultant is any staff account of it). */
    private static final EnumSet<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.AGENT, Role.MANAGER,
            Role.PROJECT_COMPANY, Role.HQ);
    /** How far a payment schedule may run after the contract. */
    private static final int SCHEDULE_YEARS = 30;

    /** A new visitor as the sales office registers them. */
    public record NewProspect(long projectId, String name, String phone, ProspectSource source, long consultantId,
            LocalDate visitedOn, String note, Long referrerCustomerId) {
    }

    /** A follow-up as the consultant records it. */
    public record NewFollowUp(LocalDate followedOn, FollowUpChannel channel, String note, String nextStep,
            LocalDate nextOn, Long consultantId) {
    }

    private final JdbcClient jdbc;
    private final SalesRows rows;
    private final Registry registry;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;
    private final InputLimits limits;
    private final Clock clock;
    private final ZoneId zone;

    Sales(JdbcClient jdbc, SalesRows rows, Registry registry, Organisation organisation,
            ApplicationEventPublisher events, InputLimits limits, Clock clock,
            @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.registry = registry;
        this.organisation = organisation;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
        this.zone = zone;
    }

    /** 来访登记: registers the visitor as a prospect of the project's company, with source and consultant. */
    @Transactional
    public SalesViews.Prospect registerVisit(NewProspect visit, CurrentUser user) {
        mayWrite(user);
        ProjectView project = registry.project(visit.projectId()).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        AccountView consultant = organisation.staffCovering(visit.consultantId(), project.scopePath())
                .orElseThrow(() -> DomainException.unknownReference("consultantId"));
        day("visitedOn", visit.visitedOn());
        Long referrer = referrer(visit, project, user);
        CustomerView customer = registry.registerCustomer(project.companyId(), project.scopePath(),
                new CustomerDetails(visit.name(), CustomerKind.PROSPECT, null, visit.phone(), null, null, null,
                        null, visit.note()));
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sales_prospect (company_id, customer_id, project_id, scope_path, source, consultant_id,
                                            visited_on, created_at, referrer_customer_id)
                values (:company, :customer, :project, :scope, :source, :consultant, :visited, :now, :referrer)""")
                .param("company", project.companyId()).param("customer", customer.id())
                .param("project", project.id()).param("scope", project.scopePath())
                .param("source", visit.source().name()).param("consultant", consultant.id())
                .param("visited", Date.valueOf(visit.visitedOn())).param("now", Timestamp.from(now))
                .param("referrer", referrer).update();
        told(customer.companyId(), customer.id(), Fact.VISITED, null,
                List.of(project.name(), "salessource." + visit.source()), "sales-visit:" + customer.id(), false, now);
        return rows.prospect(customer.id()).orElseThrow();
    }

    /**
     * 老带新: the referring customer of a visitor whose source is {@code REFERRAL} — a customer of the project's
     * company whom the caller may see (else 400 naming {@code referrerCustomerId}); none for another source.
     */
    private Long referrer(NewProspect visit, ProjectView project, CurrentUser user) {
        if (visit.referrerCustomerId() == null) {
            return null;
        }
        if (visit.source() != ProspectSource.REFERRAL) {
            throw DomainException.invalidField("referrerCustomerId", "referral-only");
        }
        return registry.customerVisibleTo(visit.referrerCustomerId(), user)
                .filter(c -> c.companyId() == project.companyId())
                .orElseThrow(() -> DomainException.unknownReference("referrerCustomerId")).id();
    }

    /** 跟进: a consultant's follow-up of a customer the caller may see, with the next step and its day. */
    @Transactional
    public SalesViews.FollowUp followUp(long customerId, NewFollowUp followUp, CurrentUser user) {
        mayWrite(user);
        CustomerView customer = visibleCustomer(customerId, user);
        long consultantId = followUp.consultantId() != null ? followUp.consultantId()
                : rows.prospect(customerId).map(SalesViews.Prospect::consultantId).orElse(user.accountId());
        organisation.staffCovering(consultantId, customer.scopePath())
                .orElseThrow(() -> DomainException.unknownReference("consultantId"));
        day("followedOn", followUp.followedOn());
        if (followUp.followedOn().isAfter(today())) {
            throw DomainException.invalidField("followedOn", "not-after", today());
        }
        if (followUp.nextOn() != null) {
            day("nextOn", followUp.nextOn());
            if (followUp.nextOn().isBefore(followUp.followedOn())) {
                throw DomainException.invalidField("nextOn", "not-before", followUp.followedOn());
            }
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into sales_follow_up (company_id, customer_id, consultant_id, scope_path, followed_on, channel,
                                             note, next_step, next_on, recorded_by, recorded_at)
                values (:company, :customer, :consultant, :scope, :on, :channel, :note, :next, :nextOn, :by, :now)
                returning id""")
                .param("company", customer.companyId()).param("customer", customerId)
                .param("consultant", consultantId).param("scope", customer.scopePath())
                .param("on", Date.valueOf(followUp.followedOn())).param("channel", followUp.channel().name())
                .param("note", followUp.note()).param("next", followUp.nextStep())
                .param("nextOn", followUp.nextOn() == null ? null : Date.valueOf(followUp.nextOn()))
                .param("by", user.accountId()).param("now", Timestamp.from(now)).query(Long.class).single();
        told(customer.companyId(), customerId, Fact.FOLLOWED_UP, null,
                List.of("followupchannel." + followUp.channel(), followUp.followedOn().toString()),
                "sales-follow-up:" + id, true, now);
        return rows.followUpsOf(customerId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    /** 认购: the customer subscribes to a unit that is for sale, with the deposit paid and the agreed price. */
    @Transactional
    public SalesViews.Deal subscribe(long customerId, long unitId, LocalDate subscribedOn, long depositFen,
            long priceFen, CurrentUser user) {
        mayWrite(user);
        CustomerView customer = visibleCustomer(customerId, user);
        UnitView unit = registry.unitVisibleTo(unitId, user)
                .filter(u -> u.companyId() == customer.companyId())
                .orElseThrow(() -> DomainException.unknownReference("unitId"));
        day("subscribedOn", subscribedOn);
        if (subscribedOn.isAfter(today())) {
            throw DomainException.invalidField("subscribedOn", "not-after", today());
        }
        if (depositFen > priceFen) {
            throw DomainException.invalidField("depositFen", "not-above-price", priceFen);
        }
        if (unit.deliveredOn() != null) {
            throw DomainException.conflict("unit-handed-over");
        }
        // the unique index sales_deal_live_unit refuses a second deal that races this check (409 as a duplicate)
        if (rows.liveDealOf(unitId).isPresent()) {
            throw DomainException.conflict("unit-sold");
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into sales_deal (company_id, customer_id, unit_id, scope_path, status, subscribed_on,
                                        deposit_fen, price_fen, created_at, updated_at)
                values (:company, :customer, :unit, :scope, 'SUBSCRIBED', :on, :deposit, :price, :now, :now)
                returning id""")
                .param("company", unit.companyId()).param("customer", customerId).param("unit", unitId)
                .param("scope", unit.scopePath()).param("on", Date.valueOf(subscribedOn))
                .param("deposit", Money.fen(depositFen).fen()).param("price", Money.fen(priceFen).fen())
                .param("now", Timestamp.from(now)).query(Long.class).single();
        told(unit.companyId(), customerId, Fact.SUBSCRIBED, null,
                List.of(Registry.label(unit), yuan(priceFen)), "sales-subscribed:" + id, false, now);
        return deal(id, user);
    }

    /**
     * 签约: the purchase contract of a subscribed unit, with its payment schedule; the buyer becomes the unit's owner
     * of record (产权人, from the contract's day), so that the construction notices and the portal reach them.
     */
    @Transactional
    public SalesViews.Deal contract(long dealId, long expectedVersion, LocalDate contractedOn, String contractNo,
            List<ScheduleRule.Instalment> instalments, CurrentUser user) {
        mayWrite(user);
        DealRow deal = lockedVisible(dealId, user);
        if (deal.version() != expectedVersion) {
            throw DomainException.staleVersion(expectedVersion, deal.version());
        }
        notEnded(deal);
        if (deal.status() != DealStatus.SUBSCRIBED) {
            throw DomainException.conflict("deal-not-subscribed");
        }
        day("contractedOn", contractedOn);
        List<FieldProblem> problems = new ArrayList<>();
        if (contractedOn.isAfter(today())) {
            problems.add(new FieldProblem("contractedOn", "not-after", new Object[] { today() }));
        } else if (contractedOn.isBefore(deal.subscribedOn())) {
            problems.add(new FieldProblem("contractedOn", "not-before", new Object[] { deal.subscribedOn() }));
        } else {
            problems.addAll(ScheduleRule.refusals(instalments, Money.fen(deal.priceFen()), contractedOn,
                    SCHEDULE_YEARS));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        for (int i = 0; i < instalments.size(); i++) {
            jdbc.sql("""
                    insert into sales_instalment (company_id, deal_id, seq, due_on, amount_fen)
                    values (:company, :deal, :seq, :due, :amount)""")
                    .param("company", deal.companyId()).param("deal", dealId).param("seq", i + 1)
                    .param("due", Date.valueOf(instalments.get(i).dueOn()))
                    .param("amount", instalments.get(i).amountFen()).update();
        }
        Instant now = clock.instant();
        jdbc.sql("""
                update sales_deal set status = 'CONTRACTED', contracted_on = :on, contract_no = :no,
                       version = version + 1, updated_at = :now where id = :id""")
                .param("on", Date.valueOf(contractedOn)).param("no", contractNo).param("now", Timestamp.from(now))
                .param("id", dealId).update();
        registry.recordOwnership(deal.customerId(), deal.unitId(), OwnershipRole.OWNER, contractedOn);
        String unit = unitLabel(deal.unitId());
        told(deal.companyId(), deal.customerId(), Fact.CONTRACTED, contractNo,
                List.of(unit, contractNo, yuan(deal.priceFen())), "sales-contracted:" + dealId, false, now);
        jdbc.sql("select referrer_customer_id from sales_prospect where customer_id = :customer")
                .param("customer", deal.customerId()).query(Long.class).optional()
                .ifPresent(referrer -> events.publishEvent(new ReferralSigned(deal.companyId(), referrer,
                        deal.customerId(), contractNo, now)));
        return deal(dealId, user);
    }

    /**
     * A payment of an instalment (收款), at most what is still owed on it; the day not in the future. A payment
     * recorded stops that instalment's reminder, and every reminder once the whole schedule is paid.
     */
    @Transactional
    public SalesViews.Deal recordPayment(long dealId, int seq, long amountFen, LocalDate paidOn, CurrentUser user) {
        mayWrite(user);
        DealRow deal = lockedVisible(dealId, user);
        notEnded(deal);
        if (deal.status() == DealStatus.SUBSCRIBED) {
            throw DomainException.conflict("deal-not-contracted");
        }
        day("paidOn", paidOn);
        if (paidOn.isAfter(today())) {
            throw DomainException.invalidField("paidOn", "not-after", today());
        }
        Map<String, Object> instalment = jdbc.sql("""
                select id, amount_fen, paid_fen from sales_instalment where deal_id = :deal and seq = :seq""")
                .param("deal", dealId).param("seq", seq).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> DomainException.invalidField("seq", "unknown"));
        long owed = ((Number) instalment.get("amount_fen")).longValue() - ((Number) instalment.get("paid_fen")).longValue();
        if (amountFen <= 0) {
            throw DomainException.invalidField("amountFen", "positive");
        }
        if (amountFen > owed) {
            throw DomainException.invalidField("amountFen", "at-most-owed", owed);
        }
        long instalmentId = ((Number) instalment.get("id")).longValue();
        Instant now = clock.instant();
        long paymentId = jdbc.sql("""
                insert into sales_payment (company_id, instalment_id, amount_fen, paid_on, recorded_by, recorded_at)
                values (:company, :instalment, :amount, :on, :by, :now) returning id""")
                .param("company", deal.companyId()).param("instalment", instalmentId).param("amount", amountFen)
                .param("on", Date.valueOf(paidOn)).param("by", user.accountId()).param("now", Timestamp.from(now))
                .query(Long.class).single();
        jdbc.sql("""
                update sales_instalment set paid_fen = paid_fen + :amount,
                       paid_on = case when paid_fen + :amount >= amount_fen then :on else paid_on end
                where id = :id""")
                .param("amount", amountFen).param("on", Date.valueOf(paidOn)).param("id", instalmentId).update();
        jdbc.sql("update sales_deal set version = version + 1, updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", dealId).update();
        told(deal.companyId(), deal.customerId(), Fact.PAID, deal.contractNo(),
                List.of(String.valueOf(seq), yuan(amountFen), paidOn.toString()), "sales-paid:" + paymentId, false,
                now);
        return deal(dealId, user);
    }

    /** A step of the loan or the certificate, in order ({@link StepOrder}). */
    @Transactional
    public SalesViews.Deal recordStep(long dealId, ProgressStep step, LocalDate doneOn, String note, CurrentUser user) {
        mayWrite(user);
        DealRow deal = lockedVisible(dealId, user);
        notEnded(deal);
        if (deal.status() == DealStatus.SUBSCRIBED) {
            throw DomainException.conflict("deal-not-contracted");
        }
        day("doneOn", doneOn);
        Map<ProgressStep, LocalDate> done = rows.stepsDone(dealId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().on()));
        List<FieldProblem> problems = StepOrder.refusals(done, step, doneOn, today());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sales_progress_step (company_id, deal_id, track, step, done_on, note, recorded_by,
                                                 recorded_at)
                values (:company, :deal, :track, :step, :on, :note, :by, :now)""")
                .param("company", deal.companyId()).param("deal", dealId).param("track", step.track().name())
                .param("step", step.name()).param("on", Date.valueOf(doneOn)).param("note", note)
                .param("by", user.accountId()).param("now", Timestamp.from(now)).update();
        told(deal.companyId(), deal.customerId(), Fact.PROGRESS, deal.contractNo(),
                List.of("progressstep." + step, doneOn.toString()), "sales-step:" + dealId + ":" + step, false, now);
        return deal(dealId, user);
    }

    /** The check-out request registered for a deal by the request core: kept with its number, followed by its steps. */
    @Transactional
    public void checkOutRegistered(long dealId, long requestId, String number, String status) {
        DealRow deal = rows.deal(dealId).orElseThrow();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into sales_check_out (company_id, deal_id, customer_id, request_id, request_number,
                                             request_status, created_at)
                values (:company, :deal, :customer, :request, :number, :status, :now)""")
                .param("company", deal.companyId()).param("deal", dealId).param("customer", deal.customerId())
                .param("request", requestId).param("number", number).param("status", status)
                .param("now", Timestamp.from(now)).update();
        told(deal.companyId(), deal.customerId(), Fact.CHECK_OUT_REQUESTED, number,
                List.of(unitLabel(deal.unitId()), number), "sales-check-out:" + requestId, false, now);
    }

    /**
     * 退房 answered (the request core's {@code CheckOutAnswered}, in the answer's transaction): the outcome is kept
     * with the check-out; granted, a deal subscribed or under contract ends ({@link CheckOutRule}) — the unit for
     * sale again, the buyer no longer its owner of record, no reminder sent any more. A check-out request that the
     * sales office did not register (none of its deals names it) changes nothing here.
     */
    @Transactional
    public void checkOutAnswered(long requestId, boolean granted, Instant at) {
        List<Long> dealIds = jdbc.sql("""
                update sales_check_out set outcome = :outcome where request_id = :request returning deal_id""")
                .param("outcome", granted ? "GRANTED" : "REFUSED").param("request", requestId)
                .query(Long.class).list();
        for (long dealId : dealIds) {
            DealRow deal = rows.dealForUpdate(dealId).orElseThrow();
            CheckOutRule.after(deal.status(), granted).ifPresent(status -> {
                LocalDate on = at.atZone(zone).toLocalDate();
                jdbc.sql("""
                        update sales_deal set status = :status, checked_out_on = :on, version = version + 1,
                               updated_at = :now where id = :id""")
                        .param("status", status.name()).param("on", Date.valueOf(on)).param("now", Timestamp.from(at))
                        .param("id", dealId).update();
                if (deal.status() == DealStatus.CONTRACTED) {
                    registry.endOwnership(deal.customerId(), deal.unitId(), OwnershipRole.OWNER);
                }
                String number = jdbc.sql("select request_number from sales_check_out where request_id = :request")
                        .param("request", requestId).query(String.class).single();
                told(deal.companyId(), deal.customerId(), Fact.CHECKED_OUT, number,
                        List.of(unitLabel(deal.unitId()), number), "sales-checked-out:" + dealId, false, at);
            });
        }
    }

    /** A deal the caller may act on, for the check-out intake. */
    @Transactional(readOnly = true)
    public SalesViews.Deal dealToCheckOut(long dealId, CurrentUser user) {
        mayWrite(user);
        DealRow deal = rows.dealVisibleTo(dealId, user).orElseThrow(() -> DomainException.notFound("deal"));
        notEnded(deal);
        if (deal.status() == DealStatus.HANDED_OVER) {
            throw DomainException.conflict("unit-handed-over");
        }
        return deal(dealId, user);
    }

    /** The customer's sales file: their visit, follow-ups and deals, for staff who may see the customer. */
    @Transactional(readOnly = true)
    public SalesViews.SalesFile file(long customerId, CurrentUser user) {
        CustomerView customer = visibleCustomer(customerId, user);
        return new SalesViews.SalesFile(customer.id(), customer.name(), customer.phone(), customer.kind().name(),
                rows.prospect(customerId).orElse(null), rows.followUpsOf(customerId),
                rows.dealsOf(customerId).stream().map(this::view).toList());
    }

    /** The caller's own purchases (购房进度), for the owner portal. */
    @Transactional(readOnly = true)
    public List<SalesViews.Deal> purchasesOf(CurrentUser user) {
        if (!user.isOwner() || user.customerId() == null) {
            throw DomainException.forbidden("forbidden");
        }
        return rows.dealsOf(user.customerId()).stream().map(d -> forOwner(view(d))).toList();
    }

    @Transactional(readOnly = true)
    public SalesViews.Deal deal(long dealId, CurrentUser user) {
        SalesViews.Deal deal = view(rows.dealVisibleTo(dealId, user).orElseThrow(() -> DomainException.notFound("deal")));
        return user.isOwner() ? forOwner(deal) : deal;
    }

    /** What the buyer reads of their deal: the staff's notes on the steps stay among staff. */
    private static SalesViews.Deal forOwner(SalesViews.Deal d) {
        return new SalesViews.Deal(d.id(), d.customerId(), d.unitId(), d.unitLabel(), d.status(), d.subscribedOn(),
                d.depositFen(), d.priceFen(), d.contractedOn(), d.contractNo(), d.handedOverOn(), d.checkedOutOn(),
                d.paidFen(),
                d.instalments(), d.steps().stream().map(s -> new SalesViews.PurchaseStep(s.track(), s.step(),
                        s.order(), s.doneOn(), null)).toList(), d.checkOuts(), d.version());
    }

    @Transactional(readOnly = true)
    public SalesViews.UnitSale unitSale(long unitId, CurrentUser user) {
        UnitView unit = registry.unitVisibleTo(unitId, user).orElseThrow(() -> DomainException.notFound("unit"));
        return rows.liveDealOf(unitId).map(d -> new SalesViews.UnitSale(unitId, Registry.label(unit), d.status(),
                d.id())).orElse(new SalesViews.UnitSale(unitId, Registry.label(unit), null, null));
    }

    /** Whether an instalment is still owed and its schedule not paid off: a reminder of a paid one is never sent. */
    @Transactional(readOnly = true)
    public boolean stillDue(long instalmentId) {
        return jdbc.sql("""
                select count(*) from sales_instalment i join sales_deal d on d.id = i.deal_id
                where i.id = :id and i.paid_fen < i.amount_fen and d.status <> 'CHECKED_OUT'""")
                .param("id", instalmentId).query(Long.class).single() > 0;
    }

    /**
     * 交付: the unit's buyer of record becomes its new owner — the same customer, not a second record — and the deal
     * is handed over. Nothing happens for a unit sold outside this module.
     */
    @Transactional
    public void handedOver(long unitId, LocalDate on, Instant at) {
        rows.liveDealOf(unitId).filter(d -> d.status() == DealStatus.CONTRACTED).ifPresent(deal -> {
            jdbc.sql("""
                    update sales_deal set status = 'HANDED_OVER', handed_over_on = :on, version = version + 1,
                           updated_at = :now where id = :id""")
                    .param("on", Date.valueOf(on)).param("now", Timestamp.from(at)).param("id", deal.id()).update();
            registry.becameOwner(deal.customerId());
            told(deal.companyId(), deal.customerId(), Fact.HANDED_OVER, deal.contractNo(),
                    List.of(unitLabel(deal.unitId()), on.toString()), "sales-handed-over:" + deal.id(), false, at);
        });
    }

    /** The follow-ups due by a day, of a consultant (the caller by default) or of all in the branch. */
    @Transactional(readOnly = true)
    public List<SalesViews.FollowUp> followUpsDue(Long consultantId, boolean everyone, LocalDate until,
            CurrentUser user, int limit) {
        LocalDate day = until == null ? today() : until;
        day("until", day);
        return rows.followUpsDue(everyone ? null : consultantId == null ? user.accountId() : consultantId, day, user,
                limit);
    }

    @Transactional(readOnly = true)
    public List<SalesViews.Prospect> prospects(String q, Long consultantId, long after, int limit, CurrentUser user) {
        return rows.prospects(q, consultantId, after, limit, user);
    }

    private SalesViews.Deal view(DealRow d) {
        List<SalesViews.Instalment> instalments = rows.instalments(d.id(), today());
        long paid = instalments.stream().mapToLong(SalesViews.Instalment::paidFen).sum();
        return new SalesViews.Deal(d.id(), d.customerId(), d.unitId(), unitLabel(d.unitId()), d.status(),
                d.subscribedOn(), d.depositFen(), d.priceFen(), d.contractedOn(), d.contractNo(), d.handedOverOn(),
                d.checkedOutOn(), paid, instalments, rows.steps(d.id()), rows.checkOuts(d.id()), d.version());
    }

    private static void notEnded(DealRow deal) {
        if (deal.status().ended()) {
            throw DomainException.conflict("deal-ended");
        }
    }

    private DealRow lockedVisible(long dealId, CurrentUser user) {
        rows.dealVisibleTo(dealId, user).orElseThrow(() -> DomainException.notFound("deal"));
        return rows.dealForUpdate(dealId).orElseThrow(() -> DomainException.notFound("deal"));
    }

    private CustomerView visibleCustomer(long customerId, CurrentUser user) {
        return registry.customerVisibleTo(customerId, user).filter(c -> !user.isOwner())
                .orElseThrow(() -> DomainException.notFound("customer"));
    }

    private static void mayWrite(CurrentUser user) {
        if (!user.hasAny(WRITERS)) {
            throw DomainException.forbidden("forbidden");
        }
    }

    /** A day within the calendar's horizon of today (a date from 9999 is refused, not stored). */
    private void day(String field, LocalDate day) {
        if (day == null) {
            throw DomainException.invalidField(field, "required");
        }
        LocalDate today = today();
        if (day.isBefore(today.minusYears(limits.calendarYears())) || day.isAfter(today.plusYears(limits.calendarYears()))) {
            throw DomainException.invalidField(field, "horizon", today.minusYears(limits.calendarYears()),
                    today.plusYears(limits.calendarYears()));
        }
    }

    private String unitLabel(long unitId) {
        return registry.unit(unitId).map(Registry::label).orElse("");
    }

    private void told(long companyId, long customerId, Fact fact, String reference, List<String> terms, String key,
            boolean internal, Instant at) {
        events.publishEvent(new SalesStepRecorded(companyId, customerId, fact, reference, terms, key, internal, at));
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }
}
