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
import com.estatecare.platform.PhoneNumber;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.internal.StepTaken;

/**
 * The owner's own steps on the portal, without Spring: answering the plan and
 * its quoted price (方案确认), and rating the finished work with their
 * confirmation (业主确认, 业主评价).
 */
class OwnerPortalRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);
    private static final long OWNER_CUSTOMER = 42;

    private final CurrentUser agent = staff(1, Role.AGENT);
    private final CurrentUser engineer = staff(2, Role.ENGINEER);
    private final CurrentUser owner = new CurrentUser(9, "owner", "业主", Set.of(Role.OWNER), 0, "/", 1L,
            OWNER_CUSTOMER, null);

    @Test
    void ownerAcceptsTheQuotedPlanOnceAndTheTimelineTellsThem() {
        Request repair = plannedRepair(OWNER_CUSTOMER, 35_000L);
        assertThat(repair.allowedActions(owner)).containsExactly(Action.CONFIRM_PLAN);

        repair.confirmPlan(new ActionCommand.ConfirmPlan(null, "可以，周四上午在家", null, true), owner, LATER);

        assertThat(repair.status()).isEqualTo(RequestStatus.PLAN_AGREED);
        assertThat(repair.planConfirmedAt).isEqualTo(LATER);
        assertThat(repair.allowedActions(owner)).isEmpty();
        StepTaken step = lastStep(repair);
        assertThat(step.action()).isEqualTo("CONFIRM_PLAN");
        assertThat(step.visibility()).isEqualTo(Visibility.CUSTOMER);
        assertThat(step.details()).containsEntry("accepted", true).containsEntry("quotedFen", 35_000L);
        assertThatThrownBy(() -> repair.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, true), owner,
                LATER)).isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void ownerRejectingThePlanGivesTheReasonAndTheRepairIsPlannedAgain() {
        Request repair = plannedRepair(OWNER_CUSTOMER, 35_000L);

        assertThat(fields(() -> repair.confirmPlan(new ActionCommand.ConfirmPlan(null, " ", null, false), owner,
                LATER))).containsExactly("note required");
        assertThat(fields(() -> repair.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, null), owner,
                LATER))).containsExactly("accepted required");
        assertThat(repair.status()).isEqualTo(RequestStatus.PLAN_AGREED);

        repair.confirmPlan(new ActionCommand.ConfirmPlan(null, "价格太高", null, false), owner, LATER);

        assertThat(repair.status()).isEqualTo(RequestStatus.RESPONDED);
        assertThat(repair.planConfirmedAt).isNull();
        assertThat(lastStep(repair).details()).containsEntry("accepted", false);
        repair.agreePlan(plan(20_000L), engineer, LATER);
        assertThat(repair.allowedActions(owner)).containsExactly(Action.CONFIRM_PLAN);
    }

    @Test
    void aNewPlanAsksTheOwnerAgainEvenAfterTheyAcceptedTheOldOne() {
        Request repair = plannedRepair(OWNER_CUSTOMER, null);
        repair.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, true), owner, LATER);

        repair.agreePlan(plan(8_000L), engineer, LATER);

        assertThat(repair.planConfirmedAt).isNull();
        assertThat(repair.allowedActions(owner)).containsExactly(Action.CONFIRM_PLAN);
    }

    @Test
    void onlyTheOwnerWhoseRequestItIsAnswersThePlan() {
        Request someoneElses = plannedRepair(7, 35_000L);
        Request theirs = plannedRepair(OWNER_CUSTOMER, 35_000L);

        assertThatThrownBy(() -> someoneElses.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, true),
                owner, LATER)).isInstanceOf(DomainException.Forbidden.class);
        assertThatThrownBy(() -> theirs.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, true), agent,
                LATER)).isInstanceOf(DomainException.Forbidden.class);
        assertThat(someoneElses.planConfirmedAt).isNull();
        assertThat(theirs.planConfirmedAt).isNull();
        assertThat(theirs.allowedActions(agent)).doesNotContain(Action.CONFIRM_PLAN);
    }

    @Test
    void onlyARepairsPlanCarriesAQuotedPrice() {
        Request complaint = new Builder(RequestKind.COMPLAINT, OWNER_CUSTOMER).respondedTo();

        assertThat(fields(() -> complaint.agreePlan(new ActionCommand.AgreePlan(null, null, null, null, null, null,
                null, "两周内整改", null, null, 100L), engineer, NOW))).containsExactly("quotedFen repair-only");
        assertThat(complaint.status()).isEqualTo(RequestStatus.RESPONDED);
    }

    @Test
    void ownerConfirmingTheWorkRatesIt() {
        Request repair = doneRepair();

        assertThat(fields(() -> repair.verify(verify(true, null, "修好了"), owner, LATER)))
                .containsExactly("rating required");
        assertThat(repair.status()).isEqualTo(RequestStatus.DONE);

        repair.verify(verify(true, 4, "师傅很准时，就是现场没清理干净"), owner, LATER);

        assertThat(repair.status()).isEqualTo(RequestStatus.VERIFIED);
        assertThat(repair.ownerRating).isEqualTo(4);
        StepTaken step = lastStep(repair);
        assertThat(step.note()).isEqualTo("师傅很准时，就是现场没清理干净");
        assertThat(step.details()).containsEntry("rating", 4).containsEntry("confirmedVia", Channel.PORTAL);
        assertThat(step.visibility()).isEqualTo(Visibility.CUSTOMER);
    }

    @Test
    void ownerRejectingTheWorkSaysWhatIsWrongRatesItAndSendsItBack() {
        Request repair = doneRepair();
        assertThat(fields(() -> repair.verify(verify(false, 1, null), owner, LATER))).containsExactly("note required");

        repair.verify(verify(false, 1, "还是漏水"), owner, LATER);

        assertThat(repair.status()).isEqualTo(RequestStatus.DISPATCHED);
        assertThat(repair.handlingRound()).isEqualTo(2);
        assertThat(repair.ownerRating).isEqualTo(1);
    }

    @Test
    void staffRecordingAConfirmationByPhoneNeedNoRating() {
        Request repair = new Builder(RequestKind.REPAIR, 5L).done();

        repair.verify(new ActionCommand.Verify(null, null, null, true, Channel.PHONE, null), agent, LATER);

        assertThat(repair.status()).isEqualTo(RequestStatus.VERIFIED);
        assertThat(repair.ownerRating).isNull();
    }

    // ---- builders ----

    private Request plannedRepair(long customerId, Long quotedFen) {
        Request repair = new Builder(RequestKind.REPAIR, customerId).respondedTo();
        repair.agreePlan(plan(quotedFen), engineer, NOW);
        return repair;
    }

    private Request doneRepair() {
        return new Builder(RequestKind.REPAIR, OWNER_CUSTOMER).done();
    }

    private final class Builder {
        private final Request request;

        Builder(RequestKind kind, long customerId) {
            Intake intake = new Intake(1, kind, Channel.PORTAL, null, null, false, 10L, 11L, 12L, "/1/", "1-1-101",
                    customerId, "王先生", new Reporter("王先生", new PhoneNumber("13800138000")), "卫生间漏水", null,
                    null, null, NOW, true, null, null, null, null, null, ComplaintFacts.ORDINARY);
            request = new Request(intake, "R-1", NOW);
            request.id = 100L;
            Category category = kind == RequestKind.COMPLAINT ? Category.CUSTOMER_SERVICE : Category.HOUSING_QUALITY;
            request.classify(new ActionCommand.Classify(null, null, null, category, null, null), code -> true, agent,
                    NOW);
            request.dispatch(new ActionCommand.Dispatch(null, null, null, 2L, null), staffCovering(), agent, NOW);
            request.respond(new ActionCommand.Respond(null, null, null), engineer, NOW);
        }

        Request respondedTo() {
            return request;
        }

        Request done() {
            request.agreePlan(plan(null), engineer, NOW);
            request.complete(new ActionCommand.Complete(null, null, null, WarrantyStatus.IN_WARRANTY, null), engineer,
                    NOW);
            return request;
        }
    }

    private static CurrentUser staff(long id, Role role) {
        return new CurrentUser(id, role.name().toLowerCase(), role.name(), Set.of(role), 0, "/", 1L, null, "工程部");
    }

    private static java.util.function.LongFunction<Optional<AccountView>> staffCovering() {
        return id -> Optional.of(new AccountView(id, "engineer", "张强", 0, Set.of(Role.ENGINEER), null, "工程部"));
    }

    private static ActionCommand.AgreePlan plan(Long quotedFen) {
        return new ActionCommand.AgreePlan(null, null, null, NOW.plusSeconds(86_400), "角阀", "张强", null, null, null,
                null, quotedFen);
    }

    private static ActionCommand.Verify verify(boolean satisfied, Integer rating, String comment) {
        return new ActionCommand.Verify(null, comment, null, satisfied, null, rating);
    }
}
