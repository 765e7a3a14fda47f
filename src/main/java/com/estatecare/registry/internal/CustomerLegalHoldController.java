package com.estatecare.registry.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.retention.LegalHold;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/customers/{id}/legal-hold")
@Tag(name = "Registry", description = "Projects, buildings, units, components, customers and ownership")
class CustomerLegalHoldController {

    /** Why a hold is put or released. */
    record HoldReason(String reason) {
    }

    private final CustomerLegalHolds holds;
    private final Organisation organisation;

    CustomerLegalHoldController(CustomerLegalHolds holds, Organisation organisation) {
        this.holds = holds;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "Whether the customer is under legal hold (法律冻结), why, by whom and since when")
    LegalHold get(@PathVariable long id) {
        return holds.of(id, organisation.currentUser());
    }

    @PostMapping
    @Operation(summary = "Put the customer under legal hold with a reason (managers, HQ, administrators): no retention"
            + " sweep or erasure touches them or their requests; audited")
    LegalHold hold(@PathVariable long id, @RequestBody(required = false) HoldReason body) {
        return holds.hold(id, body == null ? null : body.reason(), organisation.currentUser());
    }

    @PostMapping("/release")
    @Operation(summary = "Release the customer's legal hold with a reason (managers, HQ, administrators); audited")
    LegalHold release(@PathVariable long id, @RequestBody(required = false) HoldReason body) {
        return holds.release(id, body == null ? null : body.reason(), organisation.currentUser());
    }
}
