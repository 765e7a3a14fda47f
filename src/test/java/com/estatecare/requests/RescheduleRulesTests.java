package com.estatecare.requests;

import static com.estatecare.requests.Steps.fields;
import static com.estatecare.requests.Steps.lastStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;

/**
 * 改约 without Spring: only a repair's agreed visit is moved, by the front desk; it needs a new time or a new
 * engineer; a clash is refused with the conflicts unless accepted; the plan's price stays; the timeline entry
 * and the event say who moved it from where to where.
 */
class RescheduleRulesTests {

    private static final Instant NOW = Instant.parse("2027-02-15T02:00:00Z");
    private static final Instant PLANNED = Instant.parse("2027-02-16T01:00:00Z");
    private static final Instant LATER = Instant.parse("2027-02-16T06:00:00Z");
    private static final BiFunction<Long, Instant, List<ScheduleConflict>> NO_CONFLICTS = (who, at) -> List.of();

    private final CurrentUser agent = staff(1, Role.AGENT);
    private final CurrentUser engineer = staff(2, Role.ENGINEER);

    @Test
    void onlyTheFrontDeskMovesOnlyAnAgreedRepairVisit() {
        Request planned = planned(RequestKind.REPAIR);
        assertThat(planned.allowedActions(agent)).contains(Action.RESCHEDULE);
        assertThat(planned.allowedActions(engineer)).doesNotContain(Action.RESCHEDULE);
        assertThatThrownBy(() -> planned.reschedule(move(LATER, null, null), staff(), NO_CONFLICTS, engineer, NOW))
                .isInstanceOf(DomainException.Forbidden.class);
        assertThat(planned(RequestKind.COMPLAINT).allowedActions(agent)).doesNotContain(Action.RESCHEDULE);
    }

    @Test
    void aMoveNeedsANewTimeOrEngineerNotInThePastNorAYearAhead() {
        Request planned = planned(RequestKind.REPAIR);
        assertThat(fields(() -> planned.reschedule(move(null, null, null), staff(), NO_CONFLICTS, agent, NOW)))
                .containsExactly("scheduledAt reschedule-what");
        assertThat(fields(() -> planned.reschedule(move(PLANNED, 2L, null), staff(), NO_CONFLICTS, agent, NOW)))
                .containsExactly("scheduledAt unchanged");
        assertThat(fields(() -> planned.reschedule(move(NOW.minusSeconds(60), null, null), staff(), NO_CONFLICTS,
                agent, NOW))).containsExactly("scheduledAt not-before");
        assertThat(fields(() -> planned.reschedule(move(NOW.plus(Request.FURTHEST_VISIT).plusSeconds(1), null, null),
                staff(), NO_CONFLICTS, agent, NOW))).containsExactly("scheduledAt not-after");
    }

    @Test
    void aClashIsRefusedWithItsConflictsUntilAcceptedAndThenKeptOnTheTimeline() {
        Request planned = planned(RequestKind.REPAIR);
        List<ScheduleConflict> clash = List.of(ScheduleConflict.visit(7, "R-7", LATER),
                ScheduleConflict.dayOff(LocalDate.parse("2027-02-16")));
        int steps = planned.steps;

        assertThatThrownBy(() -> planned.reschedule(move(LATER, null, null), staff(), (who, at) -> clash, agent, NOW))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        e -> assertThat(e.properties()).containsEntry("conflicts", clash));
        assertThat(planned.steps).as("nothing changed").isEqualTo(steps);

        planned.reschedule(move(LATER, null, true), staff(), (who, at) -> clash, agent, NOW);
        assertThat(lastStep(planned).details()).containsEntry("conflictsAccepted", clash);
    }

    @Test
    void aMovedVisitKeepsItsPlanAndRecordsWhoMovedItFromWhereToWhere() {
        Request planned = planned(RequestKind.REPAIR);

        planned.reschedule(move(LATER, 3L, null), staff(), NO_CONFLICTS, agent, NOW);

        assertThat(planned.repairPlan.scheduledAt()).isEqualTo(LATER);
        assertThat(planned.repairPlan.quotedFen()).isEqualTo(12_000L);
        assertThat(planned.assigneeId).isEqualTo(3L);
        assertThat(planned.status()).isEqualTo(RequestStatus.PLAN_AGREED);
        assertThat(lastStep(planned).details()).containsEntry("fromScheduledAt", PLANNED).containsEntry("scheduledAt", LATER)
                .containsEntry("fromAssignee", "工程师 2").containsEntry("assignee", "工程师 3");
        assertThat(planned.pendingEvents()).filteredOn(VisitRescheduled.class::isInstance).singleElement()
                .isEqualTo(new VisitRescheduled(100, 1, "R-1", PLANNED, LATER, 2L, 3L, List.of(), 1, NOW));
    }

    // ---- builders ----

    private static CurrentUser staff(long id, Role role) {
        return new CurrentUser(id, role.name().toLowerCase(), role.name(), Set.of(role), 0, "/", 1L, null, "工程部");
    }

    private static LongFunction<Optional<AccountView>> staff() {
        return id -> Optional.of(new AccountView(id, "e" + id, "工程师 " + id, 0, Set.of(Role.ENGINEER), null, "工程部"));
    }

    private static ActionCommand.Reschedule move(Instant at, Long assigneeId, Boolean accept) {
        return new ActionCommand.Reschedule(null, null, null, at, assigneeId, accept);
    }

    /** A request dispatched to engineer 2, responded, and planned for {@link #PLANNED} at a quoted 120 yuan. */
    private Request planned(RequestKind kind) {
        Intake intake = new Intake(1, kind, Channel.PHONE, null, null, false, 10L, 11L, 12L, "/1/", "1-1-101", 5L,
                "王先生", new Reporter("王先生", new PhoneNumber("13800138000")), "卫生间漏水", null, null, null, NOW,
                true, null, null, null, null, null, ComplaintFacts.ORDINARY);
        Request r = new Request(intake, "R-1", NOW);
        r.id = 100L;
        Category category = kind == RequestKind.COMPLAINT ? Category.CUSTOMER_SERVICE : Category.HOUSING_QUALITY;
        r.classify(new ActionCommand.Classify(null, null, null, category, null, null), code -> true, agent, NOW);
        r.dispatch(new ActionCommand.Dispatch(null, null, null, 2L, null), staff(), agent, NOW);
        r.respond(new ActionCommand.Respond(null, null, null), engineer, NOW);
        r.agreePlan(new ActionCommand.AgreePlan(null, null, null, PLANNED, null, "张强", null,
                kind == RequestKind.COMPLAINT ? "整改" : null, null, null, kind == RequestKind.REPAIR ? 12_000L : null),
                engineer, NOW);
        return r;
    }
}
