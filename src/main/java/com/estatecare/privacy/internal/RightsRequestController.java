package com.estatecare.privacy.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Privacy", description = "The audit log and the audited reveal of personal data (SPEC §13)")
class RightsRequestController {

    private final RightsRequests rights;
    private final Organisation organisation;

    RightsRequestController(RightsRequests rights, Organisation organisation) {
        this.rights = rights;
        this.organisation = organisation;
    }

    /** A new request; the fields are checked by the use case, so that each names its problem. */
    record NewRightsRequest(String kind, String field, String value, String note) {
    }

    /** A decision: approve or refuse, with the reason (required when refusing). */
    record RightsDecision(Boolean approve, String reason) {
    }

    @PostMapping("/customers/{id}/rights-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a rights request (个人信息权利请求): kind CORRECTION (field name, phone, email or"
            + " wechat, and the new value) or ERASURE, with an optional note. The owner for their own record, or an"
            + " agent, manager or HQ on the owner's behalf; due the policy's working days later (default 15);"
            + " written to the audit log")
    RightsRequestView make(@PathVariable long id, @RequestBody NewRightsRequest body) {
        return rights.make(id, body.kind(), body.field(), body.value(), body.note(), organisation.currentUser());
    }

    @GetMapping("/rights-requests")
    @Operation(summary = "Rights requests, newest first: an owner's own; staff (agents, managers, HQ) those of their"
            + " branch. state OPEN, DONE or REFUSED; overdue=true: open ones past their due day")
    CursorPage<RightsRequestView> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        RightsRule.State s = state == null || state.isBlank() ? null : ConsentRule.known(RightsRule.State.class, state);
        if (s == null && state != null && !state.isBlank()) {
            throw DomainException.invalidField("state", "one-of", "OPEN, DONE, REFUSED");
        }
        return rights.page(organisation.currentUser(), s, Boolean.TRUE.equals(overdue), cursor,
                CursorPage.limit(limit));
    }

    @GetMapping("/rights-requests/{id}")
    @Operation(summary = "One rights request with its due day, decision and answer (what an erasure kept and why)")
    RightsRequestView one(@PathVariable long id) {
        return rights.one(id, organisation.currentUser());
    }

    @PostMapping("/rights-requests/{id}/decision")
    @Operation(summary = "Approve or refuse an open rights request (managers and HQ of its branch), with the reason"
            + " (required to refuse). An approved correction is applied to the customer record; an approved erasure"
            + " anonymises the customer and answers what was kept and why, or is refused by rule while the customer"
            + " has open requests. Written to the audit log")
    RightsRequestView decide(@PathVariable long id, @RequestBody RightsDecision body) {
        return rights.decide(id, body.approve(), body.reason(), organisation.currentUser());
    }
}
