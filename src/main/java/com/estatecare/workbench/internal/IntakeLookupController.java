package com.estatecare.workbench.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;
import com.estatecare.workbench.IntakeQuery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workbench", description = "The staff workbench: intake lookup and saved views")
@StaffOnly
class IntakeLookupController {

    private final IntakeLookup lookup;
    private final Organisation organisation;

    IntakeLookupController(IntakeLookup lookup, Organisation organisation) {
        this.lookup = lookup;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/intake/lookup")
    @Operation(summary = "Who is calling: customers by phone (in full or its last 4+ digits), name (or its start)"
            + " or unit (3-1-502, 3栋1单元502室, 翠湖苑 3-1803), each with units, open requests and earlier requests"
            + " on their units within the similar-request window; at most 10, phones masked. Staff only")
    LookupResult lookup(
            @Parameter(description = "a phone number or its last 4+ digits, a name, or a unit; at most 60 characters")
            @RequestParam(required = false) String q,
            @Parameter(description = "narrows similarRequests to this category (or componentCode)")
            @RequestParam(required = false) Category category,
            @Parameter(description = "narrows similarRequests to this component (部位)")
            @RequestParam(required = false) String componentCode) {
        if (componentCode != null && componentCode.length() > 40) {
            throw DomainException.invalidField("componentCode", "length", 1, 40);
        }
        return lookup.lookup(IntakeQuery.parse(q), category, componentCode, organisation.currentUser());
    }
}
