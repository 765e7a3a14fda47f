package com.estatecare.warranty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.Policies;
import com.estatecare.registry.ComponentView;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.warranty.internal.CareGuideStore;
import com.estatecare.warranty.internal.CertificateStore;

/** The warranty module's use cases: the certificate, a unit's warranty, the handover, intake's question. */
@Service
public class Warranties {

    /** Who may edit a certificate or record a handover: the managers and administrators of the branch. */
    private static final EnumSet<Role> EDITORS = EnumSet.of(Role.MANAGER, Role.ADMIN);
    /** Who may write the care guide. */
    private static final EnumSet<Role> GUIDE_EDITORS = EnumSet.of(Role.MANAGER, Role.ADMIN, Role.AGENT, Role.HQ);

    /** A certificate as a manager edits it: the version read, the completion date, months by component. */
    public record CertificateEdit(int version, LocalDate completedOn, Map<String, Integer> periods, String reason) {
    }

    private final CertificateStore certificates;
    private final CareGuideStore guides;
    private final Registry registry;
    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone;

    Warranties(CertificateStore certificates, CareGuideStore guides, Registry registry, Policies policies,
            Clock clock, @Value("${estatecare.zone:Asia/Shanghai}") ZoneId zone) {
        this.certificates = certificates;
        this.guides = guides;
        this.registry = registry;
        this.policies = policies;
        this.clock = clock;
        this.zone = zone;
    }

    /** The certificate in force for a project the caller works on or above. */
    @Transactional(readOnly = true)
    public Certificate certificate(long projectId, CurrentUser user) {
        ProjectView project = projectOf(projectId, user);
        return certificates.current(project.id(), project.companyId());
    }

    /**
     * Stores a new version of the certificate: every period at least its statutory floor, the completion date
     * not in the future; nothing is saved when one is refused.
     */
    @Transactional
    public Certificate editCertificate(long projectId, CertificateEdit edit, CurrentUser user) {
        ProjectView project = projectOf(projectId, user);
        if (!user.hasAny(EDITORS) || !user.covers(project.scopePath())) {
            throw DomainException.forbidden("forbidden");
        }
        Map<String, Integer> proposed = new TreeMap<>(edit.periods() == null ? Map.of() : edit.periods());
        Map<String, String> groups = new LinkedHashMap<>();
        registry.components().forEach(c -> groups.put(c.code(), c.warrantyGroup()));
        List<FieldProblem> problems = new ArrayList<>(certificates.floor().refusals(proposed, groups));
        if (edit.completedOn() != null && edit.completedOn().isAfter(today())) {
            problems.add(new FieldProblem("completedOn", "not-after", new Object[] { today() }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        Certificate current = certificates.current(project.id(), project.companyId());
        if (current.version() != edit.version()) {
            throw DomainException.staleVersion(edit.version(), current.version());
        }
        // a component the edit leaves out keeps the period in force
        Map<String, Integer> periods = new TreeMap<>();
        current.periods().forEach(p -> periods.put(p.componentCode(), p.months()));
        periods.putAll(proposed);
        certificates.store(project.id(), project.companyId(), current.version(), edit.completedOn(), periods,
                user.displayName(), edit.reason(), clock.instant());
        return certificates.current(project.id(), project.companyId());
    }

    /** A unit's warranty, each covered component with its last day and state today; an owner's own unit only. */
    @Transactional
    public UnitWarranty unitWarranty(long unitId, CurrentUser user) {
        UnitView unit = registry.unitVisibleTo(unitId, user).orElseThrow(() -> DomainException.notFound("unit"));
        return warrantyOf(unit);
    }

    /**
     * 交付: records the day the unit was handed to its owner, from which every warranty runs; not in the future,
     * not before the project's completion (竣工验收) stated on its certificate.
     */
    @Transactional
    public UnitWarranty recordHandover(long unitId, LocalDate handedOverOn, CurrentUser user) {
        UnitView unit = registry.unitVisibleTo(unitId, user).orElseThrow(() -> DomainException.notFound("unit"));
        if (!user.hasAny(EDITORS) && !user.has(Role.AGENT)) {
            throw DomainException.forbidden("forbidden");
        }
        if (handedOverOn == null) {
            throw DomainException.invalidField("handedOverOn", "required");
        }
        LocalDate completedOn = certificates.current(unit.projectId(), unit.companyId()).completedOn();
        if (handedOverOn.isAfter(today())) {
            throw DomainException.invalidField("handedOverOn", "not-after", today());
        }
        if (completedOn != null && handedOverOn.isBefore(completedOn)) {
            throw DomainException.invalidField("handedOverOn", "before-completion", completedOn);
        }
        registry.recordDelivery(unit.id(), handedOverOn);
        return warrantyOf(registry.unit(unit.id()).orElseThrow());
    }

    /**
     * Intake's question (SPEC §8): is a repair of this component of this unit, received at {@code receivedAt},
     * inside warranty under the certificate in force? Empty when the component is not on the certificate or the
     * unit has not been handed over: staff decide at completion. Unscoped: intake has checked the caller.
     */
    @Transactional(readOnly = true)
    public Optional<IntakeWarranty> atIntake(long unitId, String componentCode, Instant receivedAt) {
        Optional<UnitView> unit = registry.unit(unitId);
        if (unit.isEmpty() || componentCode == null || unit.get().deliveredOn() == null) {
            return Optional.empty();
        }
        LocalDate handedOver = unit.get().deliveredOn();
        Certificate certificate = certificates.current(unit.get().projectId(), unit.get().companyId());
        LocalDate day = receivedAt.atZone(zone).toLocalDate();
        return certificate.period(componentCode).filter(p -> p.months() != null).map(p -> {
            WarrantyPeriod period = new WarrantyPeriod(p.months());
            return new IntakeWarranty(period.covers(handedOver, day) ? Coverage.IN_WARRANTY : Coverage.OUT_OF_WARRANTY,
                    period.lastDay(handedOver), certificate.version());
        });
    }

    /** The care guide of the caller's company (or the group's), by component. */
    @Transactional(readOnly = true)
    public Map<String, CareGuide> careGuides(CurrentUser user) {
        return guides.of(user.companyId() == null ? CareGuideStore.GROUP : user.companyId());
    }

    /** Writes a component's care guide for the caller's company (the group's, for headquarters). */
    @Transactional
    public CareGuide editCareGuide(String componentCode, String checks, String care, long version, CurrentUser user) {
        if (!user.hasAny(GUIDE_EDITORS)) {
            throw DomainException.forbidden("forbidden");
        }
        if (registry.components().stream().noneMatch(c -> c.code().equals(componentCode))) {
            throw DomainException.notFound("component");
        }
        return guides.store(user.companyId() == null ? CareGuideStore.GROUP : user.companyId(), componentCode, checks,
                care, version, user.displayName(), clock.instant());
    }

    private UnitWarranty warrantyOf(UnitView unit) {
        Certificate certificate = certificates.current(unit.projectId(), unit.companyId());
        ReminderPolicy policy = policies.current(ReminderPolicy.class, unit.companyId()).policy();
        Map<String, CareGuide> guide = guides.of(unit.companyId());
        LocalDate today = today();
        LocalDate start = unit.deliveredOn();
        List<ComponentWarranty> components = new ArrayList<>();
        for (Certificate.Period p : certificate.periods()) {
            if (p.months() == null) {
                continue;
            }
            WarrantyPeriod period = new WarrantyPeriod(p.months());
            components.add(new ComponentWarranty(p.componentCode(), p.nameZh(), p.nameEn(), p.warrantyGroup(),
                    p.months(), start, start == null ? null : period.lastDay(start),
                    period.state(start, today, policy.remindBefore()), guide.get(p.componentCode())));
        }
        return new UnitWarranty(unit.id(), unit.projectId(), Registry.label(unit), start, certificate.version(), today,
                components);
    }

    private ProjectView projectOf(long projectId, CurrentUser user) {
        return registry.project(projectId)
                // staff of the project's branch, or of a building or node below it
                .filter(p -> !user.isOwner() && (user.covers(p.scopePath()) || user.scopePath().startsWith(p.scopePath())))
                .orElseThrow(() -> DomainException.notFound("project"));
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** The components a certificate may name, for the editor. */
    @Transactional(readOnly = true)
    public List<ComponentView> components() {
        return registry.components();
    }
}
