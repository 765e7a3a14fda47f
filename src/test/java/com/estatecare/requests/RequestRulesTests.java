package com.estatecare.requests;

import static com.estatecare.requests.Steps.fields;
import static com.estatecare.requests.Steps.lastStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Money;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.internal.StepTaken;

/**
 * The request's own rules, without Spring: which step it allows in which state
 * and to whom, which fields a step needs, and what each step records.
 */
class RequestRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final long OWNER_CUSTOMER = 42;

    private final CurrentUser agent = staff(1, Role.AGENT);
    private final CurrentUser engineer = staff(2, Role.ENGINEER);
    private final CurrentUser owner = new CurrentUser(9, "owner", "业主", Set.of(Role.OWNER), 0, "/", 1L,
            OWNER_CUSTOMER, null);

    @Test
    void completedRepairCannotBeDispatchedAgain() {
        Request repair = aRepair().walkedTo(RequestStatus.DONE);

        assertThatThrownBy(() -> repair.dispatch(dispatchTo(2), staffCovering(), agent, NOW))
                .isInstanceOfSatisfying(DomainException.Conflict.class, e -> {
                    assertThat(e.code()).isEqualTo("transition-not-allowed");
                    assertThat(e.properties()).containsEntry("currentStatus", RequestStatus.DONE)
                            .containsEntry("allowedActions", List.of("verify", "link", "note", "notify-progress"));
                });
        assertThat(repair.status()).isEqualTo(RequestStatus.DONE);
    }

    @Test
    void ownerMayVerifyOnlyTheirOwnCompletedRequest() {
        Request theirs = aRepair().forCustomer(OWNER_CUSTOMER).walkedTo(RequestStatus.DONE);
        Request someoneElses = aRepair().forCustomer(7).walkedTo(RequestStatus.DONE);
        Request notYetDone = aRepair().forCustomer(OWNER_CUSTOMER).walkedTo(RequestStatus.PLAN_AGREED);

        assertThatThrownBy(() -> someoneElses.verify(satisfied(null), owner, NOW))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> notYetDone.verify(satisfied(null), owner, NOW))
                .isInstanceOf(DomainException.Conflict.class);
        theirs.verify(satisfied(null), owner, NOW);

        assertThat(theirs.status()).isEqualTo(RequestStatus.VERIFIED);
        assertThat(theirs.verifiedAt).isEqualTo(NOW);
    }

    @Test
    void stepPossibleNowButNotForThisRoleIsForbidden() {
        Request received = aRepair().build();

        assertThatThrownBy(() -> received.classify(classify(Category.HOUSING_QUALITY), code -> true, engineer, NOW))
                .isInstanceOf(DomainException.Forbidden.class);
    }

    @Test
    void stepOnAnOutdatedVersionIsRefused() {
        Request received = aRepair().build();

        assertThatThrownBy(() -> received.classify(new ActionCommand.Classify(3L, null, null,
                Category.HOUSING_QUALITY, null, null), code -> true, agent, NOW))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("stale-version"));
    }

    @Test
    void consultationIsAnsweredWithANote() {
        Request consultation = aRequest(RequestKind.CONSULTATION).build();

        assertThat(fields(() -> consultation.answer(new ActionCommand.Answer(null, " ", null), engineer, NOW)))
                .containsExactly("note required");
        consultation.answer(new ActionCommand.Answer(null, "办证时间为明年三月", null), engineer, NOW);

        assertThat(consultation.status()).isEqualTo(RequestStatus.DONE);
    }

    @Test
    void aCheckOutIsAnsweredWithItsOutcomeAndOnlyACheckOut() {
        Request checkOut = aRequest(RequestKind.CONSULTATION).build();
        checkOut.category = Category.CHECK_OUT;
        Request consultation = aRequest(RequestKind.CONSULTATION).build();

        assertThat(fields(() -> checkOut.answer(new ActionCommand.Answer(null, "同意退房", null), engineer, NOW)))
                .containsExactly("granted required");
        assertThat(fields(() -> consultation.answer(new ActionCommand.Answer(null, "办证时间为明年三月", null, true),
                engineer, NOW))).containsExactly("granted check-out-only");
        checkOut.answer(new ActionCommand.Answer(null, "同意退房，退还已付房款", null, true), engineer, NOW);

        assertThat(checkOut.status()).isEqualTo(RequestStatus.DONE);
        assertThat(lastStep(checkOut).details()).containsEntry("granted", true);
        assertThat(checkOut.pendingEvents()).last().isEqualTo(
                new CheckOutAnswered(100L, 1, "R-1", 5L, true, NOW));
    }

    @Test
    void repairIsNeverAnsweredWithoutTheWork() {
        Request repair = aRepair().walkedTo(RequestStatus.RESPONDED);

        assertThatThrownBy(() -> repair.answer(new ActionCommand.Answer(null, "好的", null), engineer, NOW))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void repairPlanNeedsItsAppointmentAndComplaintSolutionItsMeasures() {
        Request repair = aRepair().walkedTo(RequestStatus.RESPONDED);
        Request complaint = aRequest(RequestKind.COMPLAINT).walkedTo(RequestStatus.RESPONDED);

        assertThat(fields(() -> repair.agreePlan(plan(null, "两周内整改"), engineer, NOW)))
                .containsExactly("scheduledAt required");
        assertThat(fields(() -> complaint.agreePlan(plan(NOW, null), engineer, NOW)))
                .containsExactly("measures required");
    }

    @Test
    void repairOutsideWarrantyIsCompletedWithItsCharge() {
        Request repair = aRepair().walkedTo(RequestStatus.PLAN_AGREED);

        assertThat(fields(() -> repair.complete(new ActionCommand.Complete(null, null, null,
                WarrantyStatus.OUT_OF_WARRANTY, null), engineer, NOW))).containsExactly("chargeFen required");
        repair.complete(new ActionCommand.Complete(null, null, null, WarrantyStatus.OUT_OF_WARRANTY, 12_000L),
                engineer, NOW);

        assertThat(repair.charge).isEqualTo(Money.fen(12_000));
        assertThat(repair.warrantyStatus).isEqualTo("OUT_OF_WARRANTY");
    }

    @Test
    void repairInsideWarrantyIsFreeWhateverChargeIsGiven() {
        Request repair = aRepair().walkedTo(RequestStatus.PLAN_AGREED);

        repair.complete(new ActionCommand.Complete(null, null, null, WarrantyStatus.IN_WARRANTY, 500L), engineer, NOW);

        assertThat(repair.charge).isEqualTo(Money.ZERO);
    }

    @Test
    void staffRecordingAConfirmationNameTheChannelItCameThrough() {
        Request repair = aRepair().walkedTo(RequestStatus.DONE);

        assertThat(fields(() -> repair.verify(satisfied(null), agent, NOW))).containsExactly("confirmedVia required");
        assertThat(fields(() -> repair.verify(satisfied(Channel.PORTAL), agent, NOW)))
                .containsExactly("confirmedVia one-of");
    }

    @Test
    void ownerConfirmingOnThePortalNamesNoChannel() {
        Request repair = aRepair().forCustomer(OWNER_CUSTOMER).walkedTo(RequestStatus.DONE);

        assertThat(fields(() -> repair.verify(satisfied(Channel.PHONE), owner, NOW)))
                .containsExactly("confirmedVia staff-only");
    }

    @Test
    void unsatisfiedOwnerSendsTheRepairBackForASecondHandling() {
        Request repair = aRepair().walkedTo(RequestStatus.DONE);

        repair.verify(new ActionCommand.Verify(null, null, null, false, Channel.PHONE, null), agent, NOW);

        assertThat(repair.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(repair.handlingRound()).isEqualTo(2);
    }

    @Test
    void reopeningNeedsAReasonAndStartsASecondHandling() {
        Request repair = aRepair().walkedTo(RequestStatus.ARCHIVED);

        assertThat(fields(() -> repair.reopen(new ActionCommand.Reopen(null, null, null), agent, NOW)))
                .containsExactly("note required");
        repair.reopen(new ActionCommand.Reopen(null, "业主反映再次漏水", null), agent, NOW);

        assertThat(repair.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(repair.closedAt).isNull();
        assertThat(repair.handlingRound()).isEqualTo(2);
    }

    @Test
    void cancelledRequestAllowsNoFurtherStep() {
        Request repair = aRepair().build();
        repair.cancel(new ActionCommand.Cancel(null, "重复报修", null), agent, NOW);

        assertThat(repair.allowedActions(agent)).isEmpty();
        assertThatThrownBy(() -> repair.note(new ActionCommand.Note(null, "补充", null), agent, NOW))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void onlyComplaintsAreInvestigatedOrChangeTheirFacts() {
        Request repair = aRepair().walkedTo(RequestStatus.DISPATCHED);

        assertThat(repair.allowedActions(agent)).doesNotContain(Action.INVESTIGATE, Action.UPDATE_FACTS);
        assertThatThrownBy(() -> repair.updateFacts(new ActionCommand.UpdateFacts(null, null, null, 3, null, null,
                null), agent, NOW)).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void changedComplaintFactsKeepTheOnesNotGiven() {
        Request complaint = aRequest(RequestKind.COMPLAINT).build();

        complaint.updateFacts(new ActionCommand.UpdateFacts(null, null, null, 6, Lawsuit.FILED, null, null), agent,
                NOW);

        assertThat(complaint.complaint()).isEqualTo(new ComplaintFacts(6, Lawsuit.FILED, Media.NONE, false));
        assertThat(lastStep(complaint).details()).containsOnlyKeys("complainantCount", "lawsuit");
    }

    @Test
    void requestIsNeverLinkedToItself() {
        Request repair = aRepair().build();

        assertThat(fields(() -> repair.link(new ActionCommand.Link(null, null, null, repair.id()), id -> repair,
                agent, NOW))).containsExactly("relatedRequestId self-link");
    }

    @Test
    void firstStaffMemberToTakeItUpOwnsIt() {
        Request repair = aRepair().build();

        repair.classify(classify(Category.HOUSING_QUALITY), code -> true, agent, NOW);
        repair.dispatch(dispatchTo(2), staffCovering(), staff(3, Role.MANAGER), NOW);

        assertThat(repair.firstContactId).isEqualTo(agent.accountId());
    }

    @Test
    void everyStepRegistersItsTimelineEntryAndItsTransition() {
        Request repair = aRepair().build();

        repair.classify(new ActionCommand.Classify(null, "分到房屋质量", true, Category.HOUSING_QUALITY, null, null),
                code -> true, agent, NOW);

        assertThat(repair.pendingEvents()).hasSize(2);
        StepTaken step = lastStep(repair);
        assertThat(step.action()).isEqualTo("CLASSIFY");
        assertThat(step.from()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(step.to()).isEqualTo(RequestStatus.CLASSIFIED);
        assertThat(step.note()).isEqualTo("分到房屋质量");
        assertThat(step.visibility()).isEqualTo(Visibility.INTERNAL);
        RequestTransitioned transitioned = (RequestTransitioned) List.copyOf(repair.pendingEvents()).get(1);
        assertThat(transitioned.step()).isEqualTo(1);
        assertThat(transitioned.to()).isEqualTo(RequestStatus.CLASSIFIED);
    }

    @Test
    void staffMayKeepAStepTheCustomerIsToldAboutInternal() {
        Request repair = aRepair().walkedTo(RequestStatus.DISPATCHED);

        repair.respond(new ActionCommand.Respond(null, "先内部确认", true), engineer, NOW);

        assertThat(lastStep(repair).visibility()).isEqualTo(Visibility.INTERNAL);
    }

    @Test
    void reporterPhoneIsMaskedForDisplay() {
        Reporter reporter = new Reporter("王先生", PhoneNumber.parse("138 0013 8000"));

        assertThat(reporter.maskedPhone()).isEqualTo("138****8000");
    }

    // ---- builders ----

    private static CurrentUser staff(long id, Role role) {
        return new CurrentUser(id, role.name().toLowerCase(), role.name(), Set.of(role), 0, "/", 1L, null, "工程部");
    }

    private RequestBuilder aRepair() {
        return aRequest(RequestKind.REPAIR);
    }

    private RequestBuilder aRequest(RequestKind kind) {
        return new RequestBuilder(kind);
    }

    private final class RequestBuilder {
        private final RequestKind kind;
        private Long customerId = 5L;

        RequestBuilder(RequestKind kind) {
            this.kind = kind;
        }

        RequestBuilder forCustomer(long customerId) {
            this.customerId = customerId;
            return this;
        }

        Request build() {
            Intake intake = new Intake(1, kind, Channel.PHONE, null, null, false, 10L, 11L, 12L, "/1/", "1-1-101",
                    customerId, "王先生", new Reporter("王先生", new PhoneNumber("13800138000")), "卫生间漏水", null,
                    null, null, NOW, true, null, null, null, null, null, ComplaintFacts.ORDINARY);
            Request request = new Request(intake, "R-1", NOW);
            request.id = 100L;
            return request;
        }

        /** Takes the full path's steps (with the roles that take them) until the request reaches {@code status}. */
        Request walkedTo(RequestStatus status) {
            Request r = build();
            Category category = kind == RequestKind.COMPLAINT ? Category.CUSTOMER_SERVICE : Category.HOUSING_QUALITY;
            List<Runnable> path = List.of(
                    () -> r.classify(classify(category), code -> true, agent, NOW),
                    () -> r.dispatch(dispatchTo(2), staffCovering(), agent, NOW),
                    () -> r.respond(new ActionCommand.Respond(null, null, null), engineer, NOW),
                    () -> r.agreePlan(plan(NOW, "两周内整改"), engineer, NOW),
                    () -> r.complete(new ActionCommand.Complete(null, null, null, WarrantyStatus.IN_WARRANTY, null),
                            engineer, NOW),
                    () -> r.verify(satisfied(Channel.PHONE), agent, NOW),
                    () -> r.revisit(new ActionCommand.Revisit(null, null, null, true, 5, null), agent, NOW),
                    () -> r.archive(new ActionCommand.Archive(null, null, null), agent, NOW));
            for (Runnable step : path) {
                if (r.status() == status) {
                    break;
                }
                step.run();
            }
            assertThat(r.status()).isEqualTo(status);
            return r;
        }
    }

    private static ActionCommand.Classify classify(Category category) {
        return new ActionCommand.Classify(null, null, null, category, null, null);
    }

    private static ActionCommand.Dispatch dispatchTo(long assigneeId) {
        return new ActionCommand.Dispatch(null, null, null, assigneeId, null);
    }

    private static java.util.function.LongFunction<Optional<AccountView>> staffCovering() {
        return id -> Optional.of(new AccountView(id, "engineer", "张强", 0, Set.of(Role.ENGINEER), null, "工程部"));
    }

    private static ActionCommand.AgreePlan plan(Instant scheduledAt, String measures) {
        return new ActionCommand.AgreePlan(null, null, null, scheduledAt, null, "张强", null, measures, null, null, null);
    }

    private static ActionCommand.Verify satisfied(Channel via) {
        return new ActionCommand.Verify(null, null, null, true, via, 5);
    }
}
