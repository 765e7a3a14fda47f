package com.estatecare.escalation.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.organisation.Organisation;
import com.estatecare.requests.Category;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Escalation", description = "The escalation ladder 投诉上移制 and similar requests at intake")
class EscalationController {

    private final Escalation escalation;
    private final Organisation organisation;

    EscalationController(Escalation escalation, Organisation organisation) {
        this.escalation = escalation;
        this.organisation = organisation;
    }

    record EscalateBody(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','ENGINEER','MANAGER')")
    @Operation(summary = "Hand the request to the supervisor: one level up the ladder (the top stays the top)")
    Escalation.View escalate(@PathVariable long id, @Valid @RequestBody EscalateBody body) {
        return escalation.escalateBySpecialist(id, body.reason(), organisation.currentUser());
    }

    @GetMapping("/similar")
    @StaffOnly
    @Operation(summary = "Recent requests on the unit with the same category or component, newest first, at most 10")
    List<Escalation.Similar> similar(@RequestParam long unitId, @RequestParam(required = false) Category category,
            @RequestParam(required = false) String componentCode, @RequestParam(required = false) Long excludeId) {
        return escalation.similar(unitId, category, componentCode, excludeId, organisation.currentUser());
    }
}
