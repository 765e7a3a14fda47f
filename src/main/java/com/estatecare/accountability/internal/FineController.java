package com.estatecare.accountability.internal;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.accountability.FineStatus;
import com.estatecare.accountability.LiableParty;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.platform.DomainException;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/fines")
@Tag(name = "Fines", description = "The cumulative penalty ledger 累计处罚制")
class FineController {

    private final FineLedger fines;
    private final Organisation organisation;

    FineController(FineLedger fines, Organisation organisation) {
        this.fines = fines;
        this.organisation = organisation;
    }

    record Decision(@Size(max = 1000) String reason) {
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "Fines of the requests the caller may see, newest first, with a cursor; "
            + "requestId: those of one request; party, orgNodeId (a branch of the caller's scope) and"
            + " proposedFrom/proposedTo: the dashboard's drill-down", operationId = "listFines")
    CursorPage<FineLedger.Fine> list(@RequestParam(required = false) FineStatus status,
            @RequestParam(required = false) LiableParty party, @RequestParam(required = false) Long requestId,
            @RequestParam(required = false) Long orgNodeId,
            @Parameter(description = "proposed at or after") @RequestParam(required = false) Instant proposedFrom,
            @Parameter(description = "proposed before") @RequestParam(required = false) Instant proposedTo,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        String branch = orgNodeId == null ? null : organisation.node(orgNodeId).map(OrgNodeView::path)
                .filter(user::covers).orElseThrow(() -> DomainException.unknownReference("orgNodeId"));
        return fines.list(new FineLedger.ListFilter(status, party, requestId, branch, proposedFrom, proposedTo), cursor,
                CursorPage.limit(limit), user);
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAnyRole('MANAGER','HQ','ADMIN')")
    @Operation(summary = "Approve a proposed fine, with an optional reason")
    FineLedger.Fine approve(@PathVariable long id, @Valid @RequestBody(required = false) Decision body) {
        return fines.decide(id, FineStatus.APPROVED, body == null ? null : body.reason(), organisation.currentUser());
    }

    @PostMapping("/{id}/waive")
    @PreAuthorize("hasAnyRole('MANAGER','HQ','ADMIN')")
    @Operation(summary = "Waive a proposed fine; the reason is required")
    FineLedger.Fine waive(@PathVariable long id, @Valid @RequestBody(required = false) Decision body) {
        return fines.decide(id, FineStatus.WAIVED, body == null ? null : body.reason(), organisation.currentUser());
    }
}
