package com.estatecare.consultations.internal;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.consultations.ConsultantField;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Consultations", description = "Consultant support 顾问支持制")
class ConsultationController {

    private final Consultations consultations;
    private final Organisation organisation;

    ConsultationController(Consultations consultations, Organisation organisation) {
        this.consultations = consultations;
        this.organisation = organisation;
    }

    record NewConsultation(@NotNull ConsultantField field, @NotBlank @Size(max = 4000) String question,
            Long consultantId) {
    }

    /** At most what the request's timeline note, where the opinion is recorded too, holds. */
    record Opinion(@NotBlank @Size(max = 4000) String opinion) {
    }

    @PostMapping("/api/v1/requests/{id}/consultations")
    @StaffOnly
    @Operation(summary = "Ask a consultant for an opinion, due within the policy's hours")
    ResponseEntity<Consultations.View> request(@PathVariable long id,
            @Valid @RequestBody NewConsultation body) {
        var consultation = consultations.request(id, body.field(), body.question(), body.consultantId(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/consultations/" + consultation.id())).body(consultation);
    }

    @GetMapping("/api/v1/requests/{id}/consultations")
    @StaffOnly
    @Operation(summary = "The consultations of a request, with their status and opinions", operationId = "listConsultations")
    List<Consultations.View> list(@PathVariable long id) {
        return consultations.of(id, organisation.currentUser());
    }

    @GetMapping("/api/v1/consultations")
    @StaffOnly
    @Operation(summary = "Consultations of the requests in the caller's branch, newest first, with a cursor",
            description = "mine=true: a consultant's own (named them, or named nobody), anyone else's own (asked by"
                    + " them); answered=false: only those still waiting for an opinion, true: only answered ones.",
            operationId = "listAllConsultations")
    CursorPage<Consultations.View> all(@RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Boolean answered, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return consultations.list(mine, answered, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping("/api/v1/consultations/{id}/opinion")
    @PreAuthorize("hasRole('CONSULTANT')")
    @Operation(summary = "The consultant records the opinion (the named consultant, when one was named)")
    Consultations.View opinion(@PathVariable long id, @Valid @RequestBody Opinion body) {
        return consultations.recordOpinion(id, body.opinion(), organisation.currentUser());
    }
}
