package com.estatecare.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.delivery.internal.InspectionRows;
import com.estatecare.delivery.internal.RectificationDeadline;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.ProjectUnits;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;

/**
 * The delivery board of a project (交付看板): how many of its units are appointed for inspection, inspected, with
 * findings still open, and handed over (keys taken), and a page of its units with where each one stands.
 */
@Service
public class DeliveryBoard {

    /**
     * The project's figures: its units; inspections appointed, done and signed off; units with findings open; keys
     * taken ({@code handedOver}) and not collected ({@code awaitingKeys}, 未收房); the findings open, rectified and
     * awaiting re-inspection ({@code findingsRectified}) and re-inspected (复验); the open findings past the day they
     * were to be rectified by ({@code findingsOverdue}, 逾期未整改: the company's today is after it); the open days'
     * confirmed places and the owners recorded as attending.
     */
    public record DeliveryFigures(long units, long appointed, long inspected, long withOpenFindings, long handedOver,
            long signedOff, long awaitingKeys, long findingsOpen, long findingsRectified, long findingsReinspected,
            long findingsOverdue, long openDayConfirmed, long openDayAttended) {
    }

    /**
     * A unit on the board: its inspection (if appointed), its findings and how many are open, the earliest day an
     * open finding is to be rectified by ({@code nextRectifyBy}) and how many open findings are past theirs
     * ({@code overdueFindings}), the owner's sign-off, its handover, and whether its keys are awaited (appointment
     * past, keys not handed over: 未收房).
     */
    public record UnitDelivery(long unitId, String unit, Long inspectionId, Instant appointedAt, Instant inspectedAt,
            int findings, int openFindings, LocalDate nextRectifyBy, int overdueFindings, Instant signedOffAt,
            LocalDate handedOverOn, boolean awaitingKeys) {
    }

    public record ProjectDelivery(long projectId, String project, DeliveryFigures figures, CursorPage<UnitDelivery> units) {
    }

    private static final String OPEN_FINDING = InspectionRows.OPEN_FINDING_SQL;

    private final Registry registry;
    private final ProjectUnits projectUnits;
    private final InspectionRows rows;
    private final JdbcClient jdbc;

    private final BusinessCalendar calendar;
    private final java.time.Clock clock;

    DeliveryBoard(Registry registry, ProjectUnits projectUnits, InspectionRows rows, JdbcClient jdbc,
            BusinessCalendar calendar, java.time.Clock clock) {
        this.clock = clock;
        this.calendar = calendar;
        this.registry = registry;
        this.projectUnits = projectUnits;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ProjectDelivery of(long projectId, String cursor, int limit, CurrentUser user) {
        // staff of the project's branch, or of a building or node below it
        ProjectView project = registry.project(projectId)
                .filter(p -> !user.isOwner() && (user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath())))
                .orElseThrow(() -> DomainException.notFound("project"));
        CursorPage<UnitView> units = registry.searchUnits(null, projectId, null, cursor, limit, user);
        Map<Long, InspectionRows.Row> inspections = rows.ofUnits(units.items().stream().map(UnitView::id).toList())
                .stream().collect(java.util.stream.Collectors.toMap(InspectionRows.Row::unitId, r -> r));
        Map<Long, List<InspectionView.InspectionFinding>> findings = rows.findings(
                inspections.values().stream().map(InspectionRows.Row::id).toList());
        LocalDate today = calendar.dayOf(project.companyId(), clock.instant());
        return new ProjectDelivery(project.id(), project.name(), figures(project.id(), today, user), units.map(u -> {
            InspectionRows.Row inspection = inspections.get(u.id());
            List<InspectionView.InspectionFinding> open = (inspection == null ? List.<InspectionView.InspectionFinding>of()
                    : findings.getOrDefault(inspection.id(), List.of())).stream()
                    .filter(f -> !"CLOSED".equals(f.state())).toList();
            LocalDate next = open.stream().map(InspectionView.InspectionFinding::rectifyBy).filter(Objects::nonNull)
                    .min(LocalDate::compareTo).orElse(null);
            int overdue = (int) open.stream().filter(f -> RectificationDeadline.overdue(f.rectifyBy(), today)).count();
            return new UnitDelivery(u.id(), Registry.label(u), inspection == null ? null : inspection.id(),
                    inspection == null ? null : inspection.appointedAt(),
                    inspection == null ? null : inspection.deliveredAt(),
                    inspection == null ? 0 : findings.getOrDefault(inspection.id(), List.of()).size(), open.size(),
                    next, overdue, inspection == null ? null : inspection.signedAt(), u.deliveredOn(),
                    inspection != null && u.deliveredOn() == null
                            && !inspection.appointedAt().isAfter(clock.instant()));
        }));
    }

    /**
     * The figures in one statement of aggregates, within what the caller sees ({@link VisibleTo}): their branch's
     * inspections and findings, the open days of their project.
     */
    private DeliveryFigures figures(long projectId, LocalDate today, CurrentUser user) {
        ProjectUnits.Counts counts = projectUnits.counts(projectId);
        VisibleTo inspections = VisibleTo.sql(user, "i.scope_path");
        VisibleTo days = VisibleTo.branchOrAbove(user, "d.scope_path");
        return jdbc.sql("""
                with inspection as (
                    select i.id, i.delivered_at, i.signed_at, i.appointed_at, u.delivered_on
                    from delivery_inspection i
                    join unit u on u.id = i.unit_id
                    where i.project_id = :project and %s
                ), finding as (
                    select f.request_status, f.reinspected_at, f.rectify_by
                    from delivery_finding f
                    where f.inspection_id in (select id from inspection)
                ), signup as (
                    select s.status, s.attended
                    from open_day_signup s
                    join open_day d on d.id = s.open_day_id
                    where d.project_id = :project and %s
                )
                select (select count(*) from inspection) as appointed,
                       (select count(delivered_at) from inspection) as inspected,
                       (select count(signed_at) from inspection) as signed_off,
                       (select count(*) from inspection i
                        where exists (select 1 from delivery_finding f where f.inspection_id = i.id and %s))
                           as with_open_findings,
                       (select count(*) from inspection where appointed_at <= :now and delivered_on is null)
                           as awaiting_keys,
                       (select count(*) from finding f where %s) as findings_open,
                       (select count(*) from finding f where not %s and f.reinspected_at is null)
                           as findings_rectified,
                       (select count(*) from finding f where f.reinspected_at is not null) as findings_reinspected,
                       (select count(*) from finding f where %s and f.rectify_by < :today) as findings_overdue,
                       (select count(*) from signup where status = 'CONFIRMED') as open_day_confirmed,
                       (select count(*) from signup where attended) as open_day_attended
                """.formatted(inspections.sql(), days.sql(), OPEN_FINDING, OPEN_FINDING, OPEN_FINDING, OPEN_FINDING))
                .param("project", projectId).param("now", Timestamp.from(clock.instant()))
                .param("today", java.sql.Date.valueOf(today))
                .params(inspections.params()).params(days.params())
                .query((rs, n) -> new DeliveryFigures(counts.units(), rs.getLong("appointed"), rs.getLong("inspected"),
                        rs.getLong("with_open_findings"), counts.handedOver(), rs.getLong("signed_off"),
                        rs.getLong("awaiting_keys"), rs.getLong("findings_open"), rs.getLong("findings_rectified"),
                        rs.getLong("findings_reinspected"), rs.getLong("findings_overdue"), rs.getLong("open_day_confirmed"),
                        rs.getLong("open_day_attended"))).single();
    }
}
