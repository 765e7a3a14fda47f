package com.estatecare.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The assessment of a branch for a period: its people's figures, and the same rolled up per team (an
 * organisation node and department) and for the whole branch by adding the counts. Managers see their branch,
 * headquarters all; anybody their own figures.
 */
@Component
class Assessments {

    @Schema(name = "Assessment")
    record Assessment(String period, LocalDate from, LocalDate to, long orgNodeId, String orgNodeName,
            List<StaffFigures.Person> people, List<Team> teams, Figures total) {
    }

    /** 团队: the people of one organisation node and department. */
    @Schema(name = "AssessmentTeam")
    record Team(long orgNodeId, String orgNodeName, String department, int people, Figures figures) {
    }

    private final StaffFigures figures;
    private final Organisation organisation;
    private final Clock clock;

    Assessments(StaffFigures figures, Organisation organisation, Clock clock) {
        this.figures = figures;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Assessment of(String periodText, Long orgNodeId, CurrentUser user) {
        AssessmentPeriod period = period(periodText);
        OrgNodeView node = organisation.node(orgNodeId == null ? user.orgNodeId() : orgNodeId)
                .filter(n -> user.covers(n.path())).orElseThrow(() -> DomainException.notFound("orgNode"));
        List<StaffFigures.Person> people = figures.of(period.reportPeriod(), node.path(), null);
        Map<String, Team> teams = new LinkedHashMap<>();
        Figures total = Figures.NONE;
        for (StaffFigures.Person p : people) {
            teams.merge(p.orgNodeId() + "/" + p.department(),
                    new Team(p.orgNodeId(), p.orgNodeName(), p.department(), 1, p.figures()),
                    (a, b) -> new Team(a.orgNodeId(), a.orgNodeName(), a.department(), a.people() + 1,
                            a.figures().plus(b.figures())));
            total = total.plus(p.figures());
        }
        return new Assessment(period.label(), period.from(), period.to(), node.id(), node.name(), people,
                List.copyOf(teams.values()), total);
    }

    /** One person's figures: the caller's own, or a staff member in the caller's branch; else not found. */
    @Transactional(readOnly = true)
    StaffFigures.Person person(String periodText, long accountId, CurrentUser user) {
        AssessmentPeriod period = period(periodText);
        String path = inScope(accountId, user).orElseThrow(() -> DomainException.notFound("account"));
        return figures.of(period.reportPeriod(), path, accountId).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("account"));
    }

    /** The node path of a staff account the caller may assess (or themselves), if any. */
    Optional<String> inScope(long accountId, CurrentUser user) {
        return organisation.account(accountId).filter(a -> a.roles().stream().anyMatch(Role::isStaff))
                .flatMap(a -> organisation.node(a.orgNodeId()).map(OrgNodeView::path)
                        .filter(path -> a.id() == user.accountId() || mayAssess(user) && user.covers(path)));
    }

    static boolean mayAssess(CurrentUser user) {
        return user.hasAny(java.util.Set.of(Role.MANAGER, Role.ADMIN, Role.HQ, Role.PROJECT_COMPANY));
    }

    /** The account's view, for the training records. */
    Optional<AccountView> account(long id) {
        return organisation.account(id);
    }

    private AssessmentPeriod period(String text) {
        return AssessmentPeriod.parse(text, LocalDate.now(clock.withZone(ReportPeriod.ZONE)));
    }
}
