package com.estatecare.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.requests.ActionCommand.WarrantyStatus;

/**
 * A repair intake found out of warranty is paid (SPEC §8): its plan carries a quoted price, and the work is done
 * only once the owner has accepted it. Inside warranty nothing waits on a quote.
 */
class WarrantyAtIntakeRulesTests {

    private static final Instant NOW = Instant.parse("2027-02-15T02:00:00Z");
    private static final IntakeCoverage OUT = new IntakeCoverage(WarrantyStatus.OUT_OF_WARRANTY,
            LocalDate.parse("2026-06-29"), 0);
    private static final IntakeCoverage IN = new IntakeCoverage(WarrantyStatus.IN_WARRANTY,
            LocalDate.parse("2029-06-29"), 2);

    private final CurrentUser agent = user(1, Role.AGENT);
    private final CurrentUser engineer = user(2, Role.ENGINEER);
    private final CurrentUser owner = new CurrentUser(9, "owner", "王先生", Set.of(Role.OWNER), 0, "/", 1L, 5L, null);

    @Test
    void anOutOfWarrantyRepairIsDoneOnlyAfterTheOwnerAcceptedItsQuotedPrice() {
        Request repair = responded(OUT);

        assertThatThrownBy(() -> repair.agreePlan(plan(null), engineer, NOW))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(problems(e)).containsExactly("quotedFen required"));
        repair.agreePlan(plan(30_000L), engineer, NOW);
        assertThatThrownBy(() -> repair.complete(done(WarrantyStatus.OUT_OF_WARRANTY), engineer, NOW))
                .isInstanceOfSatisfying(DomainException.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("quote-not-accepted"));

        repair.confirmPlan(new ActionCommand.ConfirmPlan(null, null, null, true), owner, NOW);
        repair.complete(done(WarrantyStatus.OUT_OF_WARRANTY), engineer, NOW);

        assertThat(repair.status).isEqualTo(RequestStatus.DONE);
        assertThat(repair.charge.fen()).isEqualTo(30_000L);
    }

    @Test
    void anInWarrantyRepairNeedsNoQuote() {
        Request repair = responded(IN);

        repair.agreePlan(plan(null), engineer, NOW);
        repair.complete(done(WarrantyStatus.IN_WARRANTY), engineer, NOW);

        assertThat(repair.status).isEqualTo(RequestStatus.DONE);
    }

    @Test
    void classifyingAnotherComponentDecidesAgainAndTheTimelineSaysSo() {
        Request repair = received();
        repair.classify(new ActionCommand.Classify(null, null, null, Category.HOUSING_QUALITY, "LAMPS_SWITCHES", null),
                code -> true, code -> Optional.of(OUT), agent, NOW);

        assertThat(repair.intakeCoverage).isEqualTo(OUT);
        assertThat(repair.pendingEvents()).filteredOn(com.estatecare.requests.internal.StepTaken.class::isInstance)
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("OUT_OF_WARRANTY"));
    }

    // ---- builders ----

    @SuppressWarnings("unchecked")
    private static java.util.List<String> problems(DomainException e) {
        return ((java.util.List<com.estatecare.platform.FieldProblem>) e.properties().get("errors")).stream()
                .map(p -> p.field() + " " + p.reasonCode()).toList();
    }

    private Request received() {
        Intake intake = new Intake(1, RequestKind.REPAIR, Channel.PHONE, null, null, false, 10L, 11L, 12L, "/1/",
                "1-1-101", 5L, "王先生", new Reporter("王先生", new PhoneNumber("13800138000")), "灯不亮", null, null,
                null, NOW, true, null, null, null, null, null, ComplaintFacts.ORDINARY);
        Request r = new Request(intake, "R-1", NOW);
        r.id = 100L;
        return r;
    }

    private Request responded(IntakeCoverage coverage) {
        Request r = received();
        r.coveredAtIntake(coverage, new LinkedHashMap<>());
        r.classify(new ActionCommand.Classify(null, null, null, Category.HOUSING_QUALITY, null, null), code -> true,
                agent, NOW);
        r.dispatch(new ActionCommand.Dispatch(null, null, null, 2L, null),
                id -> Optional.of(new AccountView(id, "engineer", "张强", 0, Set.of(Role.ENGINEER), null, "工程部")),
                agent, NOW);
        r.respond(new ActionCommand.Respond(null, null, null), engineer, NOW);
        return r;
    }

    private static ActionCommand.AgreePlan plan(Long quotedFen) {
        return new ActionCommand.AgreePlan(null, null, null, NOW.plusSeconds(86_400), null, "张强", null, null, null,
                null, quotedFen);
    }

    private static ActionCommand.Complete done(WarrantyStatus warranty) {
        return new ActionCommand.Complete(null, null, null, warranty,
                warranty == WarrantyStatus.OUT_OF_WARRANTY ? 30_000L : null);
    }

    private static CurrentUser user(long id, Role role) {
        return new CurrentUser(id, role.name().toLowerCase(), role.name(), Set.of(role), 0, "/", 1L, null, "工程部");
    }
}
