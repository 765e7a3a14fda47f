package com.estatecare.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.InspectionRows;
import com.estatecare.organisation.CurrentUser;
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

    /** The project's figures. */
    public record DeliveryFigures(long units, long appointed, long inspected, long withOpenFindings, long handedOver,
            long signedOff, long awaitingKeys) {
    }

    /**
     * A unit on the board: its inspection (if appointed), its findings and how many are open, the owner's sign-off,
     * its handover, and whether its keys are awaited (appointment past, keys not handed over: 未收房).
     */
    public record UnitDelivery(long unitId, String unit, Long inspectionId, Instant appointedAt, Instant inspectedAt,
            int findings, int openFindings, Instant signedOffAt, LocalDate handedOverOn, boolean awaitingKeys) {
    }

    public record ProjectDelivery(long projectId, String project, DeliveryFigures figures, CursorPage<UnitDelivery> units) {
    }

    private final Registry registry;
    private final ProjectUnits projectUnits;
    private final InspectionRows rows;
    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    DeliveryBoard(Registry registry, ProjectUnits projectUnits, InspectionRows rows, JdbcClient jdbc,
            java.time.Clock clock) {
        this.clock = clock;
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
        return new ProjectDelivery(project.id(), project.name(), figures(project.id()), units.map(u -> {
            InspectionRows.Row inspection = inspections.get(u.id());
            List<InspectionView.InspectionFinding> found = inspection == null ? List.of()
                    : findings.getOrDefault(inspection.id(), List.of());
            return new UnitDelivery(u.id(), Registry.label(u), inspection == null ? null : inspection.id(),
                    inspection == null ? null : inspection.appointedAt(),
                    inspection == null ? null : inspection.deliveredAt(), found.size(),
                    (int) found.stream().filter(f -> !"CLOSED".equals(f.state())).count(),
                    inspection == null ? null : inspection.signedAt(), u.deliveredOn(), inspection != null
                            && u.deliveredOn() == null && !inspection.appointedAt().isAfter(clock.instant()));
        }));
    }

    private DeliveryFigures figures(long projectId) {
        ProjectUnits.Counts counts = projectUnits.counts(projectId);
        return jdbc.sql("""
                select count(*) as appointed, count(i.delivered_at) as inspected, count(i.signed_at) as signed_off,
                       count(*) filter (where exists (select 1 from delivery_finding f
                                                      where f.inspection_id = i.id and %s)) as open_findings,
                       count(*) filter (where i.appointed_at <= :now and u.delivered_on is null) as awaiting_keys
                from delivery_inspection i
                join unit u on u.id = i.unit_id
                where i.project_id = :project""".formatted(openFindingSql()))
                .param("project", projectId).param("now", java.sql.Timestamp.from(clock.instant()))
                .query((rs, n) -> new DeliveryFigures(counts.units(), rs.getLong("appointed"), rs.getLong("inspected"),
                        rs.getLong("open_findings"), counts.handedOver(), rs.getLong("signed_off"),
                        rs.getLong("awaiting_keys"))).single();
    }

    private static String openFindingSql() {
        return InspectionRows.OPEN_FINDING_SQL;
    }
}
