package com.estatecare.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.delivery.internal.InspectionRows;
import com.estatecare.delivery.internal.InspectionRows.Row;
import com.estatecare.delivery.internal.Intake;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.registry.OwnershipRole;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;

/**
 * Delivery inspections (交付验房): a unit's appointment with its owner, the findings recorded in the unit, and the
 * inspection's delivery, which hands each finding to repair as a request — once, however often it is delivered.
 */
@Service
public class Inspections {

    /** The most findings one inspection holds: a walk through one flat. */
    public static final int MAX_FINDINGS = 200;
    /** Who appoints, inspects and delivers. */
    static final Set<Role> INSPECTORS = EnumSet.of(Role.AGENT, Role.ENGINEER, Role.MANAGER, Role.ADMIN);

    /** A finding as the inspector records it. */
    public record NewFinding(Room room, String componentCode, String description) {
    }

    private final InspectionRows rows;
    private final com.estatecare.delivery.internal.WalkRows walk;
    private final Intake intake;
    private final Registry registry;
    private final InputLimits limits;
    private final Clock clock;
    private final com.estatecare.delivery.internal.DefectEvents defectEvents;

    Inspections(InspectionRows rows, com.estatecare.delivery.internal.WalkRows walk, Intake intake,
            Registry registry, InputLimits limits, Clock clock,
            com.estatecare.delivery.internal.DefectEvents defectEvents) {
        this.defectEvents = defectEvents;
        this.rows = rows;
        this.walk = walk;
        this.intake = intake;
        this.registry = registry;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Appoints the inspection of a unit the caller's branch covers, with the unit's owner; a unit already
     * appointed keeps its inspection, moved to the new time.
     */
    @Transactional
    public InspectionView appoint(long unitId, Instant appointedAt, String inspector, CurrentUser user) {
        mayInspect(user);
        UnitView unit = registry.unitVisibleTo(unitId, user).filter(u -> !user.isOwner())
                .orElseThrow(() -> DomainException.unknownReference("unitId"));
        limits.moment("appointedAt", appointedAt, clock.instant());
        long owner = registry.ownersOf(List.of(unitId), user).stream().filter(o -> o.role() == OwnershipRole.OWNER)
                .findFirst().orElseThrow(() -> DomainException.invalidField("unitId", "no-owner")).customerId();
        long id = rows.insert(unit.companyId(), unit.projectId(), unit.id(), unit.scopePath(), owner, appointedAt,
                inspector, clock.instant());
        if (id < 0) {
            id = rows.ofUnit(unitId).orElseThrow().id();
            rows.appoint(id, appointedAt, inspector);
        }
        return view(rows.visible(id, user, false).orElseThrow());
    }

    /** An inspection the caller's branch covers, with its findings; else 404. */
    @Transactional(readOnly = true)
    public InspectionView get(long id, CurrentUser user) {
        return view(visible(id, user, false));
    }

    /** Records a finding on an inspection; a component the registry does not know is a 400, nothing is saved. */
    @Transactional
    public InspectionView addFinding(long inspectionId, NewFinding finding, CurrentUser user) {
        mayInspect(user);
        Row inspection = visible(inspectionId, user, true);
        open(inspection);
        if (!registry.componentExists(finding.componentCode())) {
            throw DomainException.invalidField("componentCode", "unknown");
        }
        if (rows.findingCount(inspectionId) >= MAX_FINDINGS) {
            throw DomainException.invalidField("findings", "at-most", MAX_FINDINGS);
        }
        long id = rows.addFinding(inspection.companyId(), inspectionId, finding.room(), finding.componentCode(),
                finding.description().strip(), user.displayName(), clock.instant());
        defectEvents.found(inspection, id, finding.componentCode(), clock.instant());
        return view(visible(inspectionId, user, false));
    }

    /**
     * Finishes the inspection: each finding not yet handed to repair becomes a repair request through intake, in
     * this transaction, and the finding keeps its number. Delivered again (a retry, a finding added later), only the
     * findings without a request are registered: none twice.
     */
    @Transactional
    public InspectionView deliver(long inspectionId, CurrentUser user) {
        mayInspect(user);
        Row inspection = visible(inspectionId, user, true);
        for (InspectionRows.FindingRow finding : rows.undelivered(inspectionId)) {
            Intake.Registered request = intake.register(inspection.unitId(), inspection.customerId(), finding, user);
            rows.becameRequest(finding.id(), request.id(), request.number(), request.status());
            defectEvents.handedToRepair(inspection, finding.id(), finding.componentCode(), request.id(),
                    clock.instant());
        }
        rows.delivered(inspectionId, clock.instant(), user.displayName());
        return view(visible(inspectionId, user, false));
    }

    /** The inspections of the owner's own units, with their findings. */
    @Transactional(readOnly = true)
    public List<InspectionView> ofOwner(CurrentUser user) {
        if (!user.isOwner() || user.customerId() == null) {
            return List.of();
        }
        Map<Long, UnitView> units = registry.unitsOf(user.customerId()).stream()
                .collect(java.util.stream.Collectors.toMap(UnitView::id, u -> u, (a, b) -> a));
        List<Row> found = rows.ofUnits(units.keySet());
        Map<Long, List<InspectionView.InspectionFinding>> findings = rows.findings(found.stream().map(Row::id).toList());
        return found.stream().map(r -> view(r, units.get(r.unitId()), findings.getOrDefault(r.id(), List.of()),
                walk.results(r.id()))).toList();
    }

    int findingCount(long inspectionId) {
        return rows.findingCount(inspectionId);
    }

    /** Staff whose branch covers it, or an owner of its unit; else 404. */
    Row readable(long id, CurrentUser user) {
        if (user.isOwner()) {
            Row row = rows.visibleToOwner(id).orElseThrow(() -> DomainException.notFound("inspection"));
            boolean owns = user.customerId() != null && registry.unitsOf(user.customerId()).stream()
                    .anyMatch(u -> u.id() == row.unitId());
            if (!owns) {
                throw DomainException.notFound("inspection");
            }
            return row;
        }
        return visible(id, user, false);
    }

    /** A signed-off inspection is closed: nothing more is recorded on it. */
    static void open(Row inspection) {
        if (inspection.signedAt() != null) {
            throw DomainException.conflict("inspection-closed");
        }
    }

    Row visible(long id, CurrentUser user, boolean lock) {
        if (user.isOwner()) {
            throw DomainException.notFound("inspection");
        }
        return rows.visible(id, user, lock).orElseThrow(() -> DomainException.notFound("inspection"));
    }

    static void mayInspect(CurrentUser user) {
        if (!user.hasAny(INSPECTORS)) {
            throw DomainException.forbidden("forbidden");
        }
    }

    InspectionView view(Row row) {
        UnitView unit = registry.unit(row.unitId()).orElseThrow();
        return view(row, unit, rows.findings(List.of(row.id())).getOrDefault(row.id(), List.of()),
                walk.results(row.id()));
    }

    private static InspectionView view(Row row, UnitView unit, List<InspectionView.InspectionFinding> findings,
            List<InspectionView.InspectionResult> results) {
        return new InspectionView(row.id(), row.projectId(), row.unitId(), Registry.label(unit), row.appointedAt(),
                row.inspector(), row.deliveredAt(), unit.deliveredOn(), row.version(), findings,
                row.checklistVersion(), results, row.signedAt(), row.refusedAt(), row.refusalReason());
    }
}
