package com.estatecare.hotline.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/hotline-cases")
@Tag(name = "City hotline", description = "Cases forwarded by the 12345 government-service hotline, their deadlines "
        + "and the reply to the hotline (drafted, approved by a manager)")
class HotlineController {

    record Draft(@NotBlank @Size(max = 4000) String text) {
    }

    record Rejection(@NotBlank @Size(max = 1000) String reason) {
    }

    private final HotlineCases cases;
    private final HotlineReplies replies;
    private final Organisation organisation;

    HotlineController(HotlineCases cases, HotlineReplies replies, Organisation organisation) {
        this.cases = cases;
        this.replies = replies;
        this.organisation = organisation;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('AGENT','MANAGER')")
    @Operation(summary = "Register a forwarded 12345 case: a request (a complaint by default) linked to the case, "
            + "with the contact and reply deadlines on the business calendar; a case number again is 409")
    ResponseEntity<HotlineCaseView> register(@Valid @RequestBody HotlineCaseForm body) {
        HotlineCaseView created = cases.register(body, organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/hotline-cases/" + created.id())).body(created);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','MANAGER','HQ','ADMIN')")
    @Operation(summary = "The branch's hotline cases, newest first: state ALL, OPEN (a deadline to meet) or OVERDUE "
            + "(a deadline past with nothing done); before: the last id of the previous page")
    List<HotlineCaseView> list(@RequestParam(defaultValue = "ALL") HotlineCases.Filter state,
            @RequestParam(required = false) @Min(1) Long before,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
        return cases.list(state, before, limit, organisation.currentUser());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','MANAGER','HQ','ADMIN')")
    @Operation(summary = "A hotline case with its deadlines, its reply and the steps the reader may take")
    HotlineCaseView get(@PathVariable long id) {
        return cases.find(id, organisation.currentUser());
    }

    @PostMapping("/{id}/contacted")
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','MANAGER')")
    @Operation(summary = "The citizen was contacted: the contact deadline stops (a response or progress notice on "
            + "the request stops it too)")
    HotlineCaseView contacted(@PathVariable long id) {
        return replies.contacted(id, organisation.currentUser());
    }

    @PostMapping("/{id}/reply/draft")
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','MANAGER')")
    @Operation(summary = "Draft (or draft again) the reply to the hotline; it waits for a manager's approval")
    HotlineCaseView draft(@PathVariable long id, @Valid @RequestBody Draft body) {
        return replies.draft(id, body.text(), organisation.currentUser());
    }

    @PostMapping("/{id}/reply/approve")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(summary = "Approve the draft (not one's own: four eyes): the reply is recorded with its time")
    HotlineCaseView approve(@PathVariable long id) {
        return replies.approve(id, organisation.currentUser());
    }

    @PostMapping("/{id}/reply/reject")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(summary = "Send the draft back with a reason (not one's own draft)")
    HotlineCaseView reject(@PathVariable long id, @Valid @RequestBody Rejection body) {
        return replies.reject(id, body.reason(), organisation.currentUser());
    }
}
