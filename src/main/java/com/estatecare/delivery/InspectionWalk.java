package com.estatecare.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.delivery.internal.ChecklistStore;
import com.estatecare.delivery.internal.InspectionRows.Row;
import com.estatecare.delivery.internal.RectificationDeadline;
import com.estatecare.delivery.internal.StandardRule;
import com.estatecare.delivery.internal.WalkRows;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.Policies;

/**
 * The inspection walked in the flat against the company's checklist (验房标准): each result judged by its standard,
 * a failed one becoming a defect with its place, the contractor responsible and a rectification deadline on the
 * business calendar; after the repair, the re-inspection (复验) of each defect; then the owner's signature, which
 * closes the inspection, or their refusal with a reason.
 */
@Service
public class InspectionWalk {

    /** The most results one call records: a room or two at a time from the phone. */
    public static final int MAX_RESULTS = 60;
    /** A request status of a rectified defect: its repair done (DONE and after), not merely cancelled. */
    private static final Set<String> RECTIFIED = Set.of("DONE", "VERIFIED", "REVISITED", "ARCHIVED");

    private final Inspections inspections;
    private final WalkRows walk;
    private final ChecklistStore checklists;
    private final Contractors contractors;
    private final BusinessCalendar calendar;
    private final Policies policies;
    private final Clock clock;
    private final com.estatecare.delivery.internal.DefectEvents defectEvents;

    InspectionWalk(Inspections inspections, WalkRows walk, ChecklistStore checklists, Contractors contractors,
            BusinessCalendar calendar, Policies policies, Clock clock,
            com.estatecare.delivery.internal.DefectEvents defectEvents) {
        this.defectEvents = defectEvents;
        this.inspections = inspections;
        this.walk = walk;
        this.checklists = checklists;
        this.contractors = contractors;
        this.calendar = calendar;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * Records results against the inspection's checklist version (the company's current one on the first result).
     * All are checked first: one that does not fit the checklist is a 400 naming it, and nothing is saved.
     */
    @Transactional
    public InspectionView record(long inspectionId, List<Measured> results, CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        if (results == null || results.isEmpty() || results.size() > MAX_RESULTS) {
            throw DomainException.invalidField("results", "range", 1, MAX_RESULTS);
        }
        Checklist checklist = checklistOf(inspection);
        List<FieldProblem> problems = new ArrayList<>(StandardRule.problems(checklist, results));
        Map<Long, String> known = Map.copyOf(contractorsOf(inspection, user));
        for (int i = 0; i < results.size(); i++) {
            problems.addAll(texts(results.get(i), known, "results[" + i + "]."));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        walk.useChecklist(inspectionId, checklist.version());
        LocalDate deadline = deadline(inspection.companyId());
        for (Measured result : results) {
            Checklist.ChecklistItem item = checklist.item(result.itemCode()).orElseThrow();
            boolean passed = StandardRule.passes(item, result);
            long resultId = walk.result(inspection.companyId(), inspectionId, result.room(), roomName(result),
                    item.code(), result.value(), passed, user.displayName(), clock.instant());
            if (passed) {
                walk.withdrawDefect(resultId).forEach(id -> defectEvents.withdrawn(inspection, id, clock.instant()));
            } else if (!walk.hasDefect(resultId)) {
                defect(inspection, resultId, item, result, deadline, user);
            }
        }
        return inspections.get(inspectionId, user);
    }

    private void defect(Row inspection, long resultId, Checklist.ChecklistItem item, Measured result, LocalDate deadline,
            CurrentUser user) {
        if (inspections.findingCount(inspection.id()) >= Inspections.MAX_FINDINGS) {
            throw DomainException.invalidField("findings", "at-most", Inspections.MAX_FINDINGS);
        }
        long id = walk.addDefect(inspection.companyId(), inspection.id(), new WalkRows.NewDefect(resultId,
                result.room(), item.componentCode(), DefectText.of(item, result), item.code(), result.value(),
                place(result), result.contractorId(), deadline, null), user.displayName(), clock.instant());
        defectEvents.found(inspection, id, item.componentCode(), clock.instant());
    }

    /**
     * Sets the contractor responsible (one of the project's, or none) and the day to rectify by: from the company's
     * today on the application's clock to a year ahead, or, not given, the policy's working days from now. Both
     * fields are checked before anything is written; a defect already re-inspected is settled ({@code 409}).
     */
    @Transactional
    public InspectionView assign(long inspectionId, long findingId, Long contractorId, LocalDate rectifyBy,
            CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        WalkRows.Defect defect = defectOf(inspectionId, findingId);
        List<FieldProblem> problems = new ArrayList<>();
        if (contractorId != null && !contractorsOf(inspection, user).containsKey(contractorId)) {
            problems.add(FieldProblem.of("contractorId", "unknown"));
        }
        RectificationDeadline.problem(rectifyBy, calendar.dayOf(inspection.companyId(), clock.instant()))
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        if (defect.reinspectionPassed() != null) {
            throw DomainException.conflict("reinspected");
        }
        walk.assign(findingId, contractorId, rectifyBy == null ? deadline(inspection.companyId()) : rectifyBy);
        return inspections.get(inspectionId, user);
    }

    /**
     * The re-inspection (复验) of a defect whose repair is done: passed, it is settled; failed, a new defect follows
     * it (to be handed to repair on the next delivery), with a new deadline.
     */
    @Transactional
    public InspectionView reinspect(long inspectionId, long findingId, boolean passed, String note,
            CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        WalkRows.Defect defect = defectOf(inspectionId, findingId);
        if (defect.reinspectionPassed() != null) {
            throw DomainException.conflict("reinspected");
        }
        if (defect.requestStatus() == null || !RECTIFIED.contains(defect.requestStatus())) {
            throw DomainException.conflict("not-rectified");
        }
        String reason = note == null || note.isBlank() ? null : note.strip();
        walk.reinspected(findingId, passed, reason, user.displayName(), clock.instant());
        if (!passed) {
            String text = "复验未通过：" + defect.description();
            long id = walk.addDefect(inspection.companyId(), inspectionId, new WalkRows.NewDefect(null,
                    defect.room(), defect.componentCode(), text.substring(0, Math.min(text.length(), 1000)),
                    defect.itemCode(), null, defect.place(), defect.contractorId(), deadline(inspection.companyId()),
                    findingId), user.displayName(), clock.instant());
            defectEvents.found(inspection, id, defect.componentCode(), clock.instant());
        }
        return inspections.get(inspectionId, user);
    }

    /** A photo of a defect (JPEG, PNG, WebP by its first bytes, at most 10 MiB; at most 6 a defect). */
    @Transactional
    public InspectionView addPhoto(long inspectionId, long findingId, byte[] bytes, CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        defectOf(inspectionId, findingId);
        String type = com.estatecare.delivery.internal.Uploads.photoType(bytes);
        if (walk.photoCount(findingId) >= 6) {
            throw DomainException.invalidField("file", "at-most", 6);
        }
        walk.addPhoto(inspection.companyId(), findingId, type, bytes);
        return inspections.get(inspectionId, user);
    }

    /**
     * The owner signs off on the inspector's screen: the signature drawn (a PNG, at most 256 KiB) is kept and the
     * inspection is closed. Only once it is inspected and every defect re-inspected.
     */
    @Transactional
    public InspectionView signOff(long inspectionId, byte[] png, CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        com.estatecare.delivery.internal.Uploads.signature(png);
        if (inspection.deliveredAt() == null) {
            throw DomainException.conflict("not-inspected");
        }
        int open = walk.notReinspected(inspectionId);
        if (open > 0) {
            throw DomainException.conflict("defects-open", open);
        }
        walk.signed(inspectionId, png, user.displayName(), clock.instant());
        return inspections.get(inspectionId, user);
    }

    /** The owner refuses to sign, with their reason; the inspection stays open and may be signed later. */
    @Transactional
    public InspectionView refuse(long inspectionId, String reason, CurrentUser user) {
        Inspections.mayInspect(user);
        Row inspection = inspections.visible(inspectionId, user, true);
        Inspections.open(inspection);
        walk.refused(inspectionId, reason.strip(), clock.instant());
        return inspections.get(inspectionId, user);
    }

    /** A photo of a defect, or the signature: staff of the branch, or an owner of the unit. */
    @Transactional(readOnly = true)
    public WalkRows.Photo photo(long inspectionId, long findingId, long photoId, CurrentUser user) {
        inspections.readable(inspectionId, user);
        return walk.photo(inspectionId, findingId, photoId).orElseThrow(() -> DomainException.notFound("photo"));
    }

    @Transactional(readOnly = true)
    public byte[] signature(long inspectionId, CurrentUser user) {
        inspections.readable(inspectionId, user);
        return walk.signature(inspectionId).orElseThrow(() -> DomainException.notFound("signature"));
    }

    private Checklist checklistOf(Row inspection) {
        return inspection.checklistVersion() == null ? checklists.current(inspection.companyId(), clock.instant())
                : checklists.version(inspection.companyId(), inspection.checklistVersion()).orElseThrow();
    }

    private Map<Long, String> contractorsOf(Row inspection, CurrentUser user) {
        return contractors.ofProject(inspection.projectId(), user).stream()
                .collect(java.util.stream.Collectors.toMap(Contractors.Contractor::id, Contractors.Contractor::name));
    }

    private WalkRows.Defect defectOf(long inspectionId, long findingId) {
        return walk.defect(inspectionId, findingId).orElseThrow(() -> DomainException.notFound("finding"));
    }

    /** The policy's working days after now, on the company's business calendar: the day to rectify by. */
    private LocalDate deadline(long companyId) {
        int days = policies.current(DeliveryPolicy.class, companyId).policy().rectificationWorkingDays();
        Instant due = calendar.addWorkingDays(companyId, clock.instant(), days);
        return calendar.dayOf(companyId, due);
    }

    private static List<FieldProblem> texts(Measured result, Map<Long, String> contractors, String at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (result.roomName() != null && result.roomName().length() > 40) {
            problems.add(new FieldProblem(at + "roomName", "length", new Object[] { 0, 40 }));
        }
        if (result.place() != null && result.place().length() > 200) {
            problems.add(new FieldProblem(at + "place", "length", new Object[] { 0, 200 }));
        }
        if (result.note() != null && result.note().length() > 500) {
            problems.add(new FieldProblem(at + "note", "length", new Object[] { 0, 500 }));
        }
        if (result.contractorId() != null && !contractors.containsKey(result.contractorId())) {
            problems.add(FieldProblem.of(at + "contractorId", "unknown"));
        }
        return problems;
    }

    private static String roomName(Measured result) {
        return result.roomName() == null ? "" : result.roomName().strip();
    }

    private static String place(Measured result) {
        String place = String.join(" ", java.util.stream.Stream.of(roomName(result), result.place())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        return place.isEmpty() ? null : place;
    }

    /** The text of a defect of the checklist, kept in Chinese (the data's language) like a finding's. */
    static final class DefectText {
        private DefectText() {
        }

        static String of(Checklist.ChecklistItem item, Measured result) {
            StringBuilder text = new StringBuilder(item.title());
            if (item.kind() == Checklist.Kind.MEASUREMENT) {
                text.append("：实测 ").append(plain(result.value())).append(' ').append(item.unit().symbol())
                        .append("，标准 ").append(limits(item));
            } else {
                text.append("：不合格");
            }
            if (result.note() != null && !result.note().isBlank()) {
                text.append("；").append(result.note().strip());
            }
            return text.substring(0, Math.min(text.length(), 1000));
        }

        private static String limits(Checklist.ChecklistItem item) {
            String unit = " " + item.unit().symbol();
            if (item.min() != null && item.max() != null && item.min().signum() > 0) {
                return plain(item.min()) + "–" + plain(item.max()) + unit;
            }
            return item.max() != null ? "≤ " + plain(item.max()) + unit : "≥ " + plain(item.min()) + unit;
        }

        private static String plain(BigDecimal value) {
            return value.stripTrailingZeros().toPlainString();
        }
    }
}
