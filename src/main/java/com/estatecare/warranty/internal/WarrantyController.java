package com.estatecare.warranty.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.warranty.CareGuide;
import com.estatecare.warranty.Certificate;
import com.estatecare.warranty.UnitWarranty;
import com.estatecare.warranty.Warranties;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warranty", description = "Warranty certificates, a unit's warranty, handover, the care guide")
class WarrantyController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";

    private final Warranties warranties;
    private final Organisation organisation;

    WarrantyController(Warranties warranties, Organisation organisation) {
        this.warranties = warranties;
        this.organisation = organisation;
    }

    @GetMapping("/projects/{id}/warranty-certificate")
    @PreAuthorize(STAFF)
    @Operation(summary = "A project's warranty certificate (住宅质量保证书) in force: each component's period and floor")
    Certificate certificate(@PathVariable long id) {
        return warranties.certificate(id, organisation.currentUser());
    }

    /** A new version of the certificate: the version read, the completion date, months by component code. */
    record CertificateBody(@NotNull @PositiveOrZero Integer version, LocalDate completedOn,
            @NotNull @Size(max = 100) Map<String, Integer> periods, @Size(max = 400) String reason) {
    }

    @PutMapping("/projects/{id}/warranty-certificate")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
    @Operation(summary = "Store a new version of a project's certificate; a period below its statutory floor is a 400")
    Certificate editCertificate(@PathVariable long id, @Valid @RequestBody CertificateBody body) {
        return warranties.editCertificate(id, new Warranties.CertificateEdit(body.version(), body.completedOn(),
                body.periods(), body.reason()), organisation.currentUser());
    }

    @GetMapping("/units/{id}/warranty")
    @Operation(summary = "A unit's warranty: each component's start, last day and state; an owner's own unit only")
    UnitWarranty unitWarranty(@PathVariable long id) {
        return warranties.unitWarranty(id, organisation.currentUser());
    }

    record HandoverBody(@NotNull LocalDate handedOverOn) {
    }

    @PutMapping("/units/{id}/handover")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','AGENT')")
    @Operation(summary = "Record the day a unit was handed over (交付); not in the future, not before completion")
    UnitWarranty handover(@PathVariable long id, @Valid @RequestBody HandoverBody body) {
        return warranties.recordHandover(id, body.handedOverOn(), organisation.currentUser());
    }

    @GetMapping("/care-guides")
    @PreAuthorize(STAFF)
    @Operation(summary = "The care guide (养护指南) of the caller's company, one entry per component that has one")
    Collection<CareGuide> careGuides() {
        return warranties.careGuides(organisation.currentUser()).values();
    }

    record CareGuideBody(@NotBlank @Size(max = 2000) String checks, @NotBlank @Size(max = 2000) String care,
            @NotNull @PositiveOrZero Long version) {
    }

    @PutMapping("/care-guides/{componentCode}")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','AGENT','HQ')")
    @Operation(summary = "Write a component's care guide for the caller's company; version 0 when it has none yet")
    CareGuide editCareGuide(@PathVariable @Size(max = 40) String componentCode,
            @Valid @RequestBody CareGuideBody body) {
        return warranties.editCareGuide(componentCode, body.checks(), body.care(), body.version(),
                organisation.currentUser());
    }
}
