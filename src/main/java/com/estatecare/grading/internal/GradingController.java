package com.estatecare.grading.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.grading.Grading;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Grading", description = "Complaint grades (投诉分级) and special reports (专题报告)")
class GradingController {

    private final Grading grading;
    private final GradeStore store;
    private final GradeDetails details;
    private final Requests requests;
    private final Organisation organisation;

    GradingController(Grading grading, GradeStore store, GradeDetails details, Requests requests,
            Organisation organisation) {
        this.grading = grading;
        this.store = store;
        this.details = details;
        this.requests = requests;
        this.organisation = organisation;
    }

    record GradeChange(@NotNull @Min(1) @Max(4) Integer grade, @NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/api/v1/requests/{id}/grade")
    @PreAuthorize("hasAnyRole('MANAGER','HQ','ADMIN')")
    @Operation(summary = "Change a complaint's grade by hand, up or down, with a reason; the timeline records who and why", operationId = "changeGrade")
    Map<String, Object> change(@PathVariable long id, @Valid @RequestBody GradeChange body) {
        grading.change(id, body.grade(), body.reason().trim(), organisation.currentUser());
        return details.details(id);
    }

    @GetMapping("/api/v1/special-reports")
    @PreAuthorize("hasAnyRole('ADMIN','HQ','MANAGER','AGENT','PROJECT_COMPANY','HANDLER')")
    @Operation(summary = "Special reports (专题报告) of grade 1 and 2 complaints the caller may see, newest first,"
            + " with a cursor")
    CursorPage<GradeStore.SpecialReport> specialReports(@RequestParam(required = false) Long requestId,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        if (requestId != null) {
            requests.find(requestId, user);
        }
        return store.specialReports(user, requestId, cursor, CursorPage.limit(limit));
    }
}
