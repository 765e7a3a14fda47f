package com.estatecare.knowledge.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Contingency plans", description = "Complaint contingency plans 投诉预案 for foreseeable mass issues")
class PlanController {

    private final ContingencyPlans plans;
    private final Organisation organisation;

    PlanController(ContingencyPlans plans, Organisation organisation) {
        this.plans = plans;
        this.organisation = organisation;
    }

    /** A plan as a manager writes it; {@code version} when changing it. */
    @Schema(name = "ContingencyPlanBody")
    record Body(@NotBlank @Size(max = 200) String title, Category category,
            @NotBlank @Size(max = 2000) String triggerDescription,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> steps,
            @NotEmpty @Size(max = 10) List<@NotNull Role> responsibleRoles, Boolean active, Long version) {

        ContingencyPlans.Draft draft() {
            if (category != null && !category.appliesTo(com.estatecare.requests.RequestKind.COMPLAINT)) {
                throw DomainException.invalidField("category", "category-for-kind",
                        com.estatecare.requests.RequestKind.COMPLAINT);
            }
            return new ContingencyPlans.Draft(title.strip(), category, triggerDescription.strip(), steps,
                    responsibleRoles, active == null || active);
        }
    }

    @GetMapping("/api/v1/contingency-plans")
    @StaffOnly
    @Operation(summary = "The contingency plans of the caller's branch, active first", operationId = "listPlans")
    List<ContingencyPlans.Plan> list() {
        return plans.list(organisation.currentUser());
    }

    @GetMapping("/api/v1/contingency-plans/{id}")
    @StaffOnly
    @Operation(summary = "One contingency plan", operationId = "getPlan")
    ContingencyPlans.Plan get(@PathVariable long id) {
        return plans.find(id, organisation.currentUser());
    }

    @PostMapping("/api/v1/contingency-plans")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Operation(summary = "A new contingency plan for the caller's branch", operationId = "createPlan",
            description = "Linked to a collective complaint of its branch when it is graded, if its category is the"
                    + " complaint's (or none) and its title and trigger share words with the complaint's description;"
                    + " shown as contingencyPlans on GET /api/v1/requests/{id}.")
    ResponseEntity<ContingencyPlans.Plan> create(@Valid @RequestBody Body body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.create(body.draft(), organisation.currentUser()));
    }

    @PutMapping("/api/v1/contingency-plans/{id}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Operation(summary = "Change a contingency plan at the version read (stale: 409)", operationId = "changePlan")
    ContingencyPlans.Plan change(@PathVariable long id, @Valid @RequestBody Body body) {
        if (body.version() == null) {
            throw DomainException.invalidField("version", "required");
        }
        return plans.change(id, body.version(), body.draft(), organisation.currentUser());
    }

    @DeleteMapping("/api/v1/contingency-plans/{id}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Operation(summary = "Delete a contingency plan (and its links)", operationId = "deletePlan")
    ResponseEntity<Map<String, Object>> delete(@PathVariable long id) {
        plans.delete(id, organisation.currentUser());
        return ResponseEntity.noContent().build();
    }
}
