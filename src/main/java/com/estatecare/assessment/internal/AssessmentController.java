package com.estatecare.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "Assessment", description = "Staff assessment 考核: figures per person and team, training records")
class AssessmentController {

    private final Assessments assessments;
    private final TrainingRecords training;
    private final Organisation organisation;

    AssessmentController(Assessments assessments, TrainingRecords training, Organisation organisation) {
        this.assessments = assessments;
        this.training = training;
        this.organisation = organisation;
    }

    @Schema(name = "TrainingRecordBody")
    record Body(@NotNull Long accountId, LocalDate takenOn, String course, BigDecimal hours,
            TrainingRecords.Result result, String note, Long version) {

        TrainingRecords.Entry entry() {
            return new TrainingRecords.Entry(takenOn, course, hours, result, note);
        }
    }

    @GetMapping("/api/v1/assessment")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Staff assessment of an org node's branch for a month (2026-11) or quarter (2026-Q4)",
            description = "Per person, per team (node and department) and in total, side by side (docs/kpis.md)."
                    + " orgNodeId: default the caller's node; outside the caller's branch: 404.",
            operationId = "assessment")
    Assessments.Assessment assessment(@RequestParam(required = false) String period,
            @RequestParam(required = false) Long orgNodeId) {
        return assessments.of(period, orgNodeId, organisation.currentUser());
    }

    @GetMapping("/api/v1/assessment/people/{accountId}")
    @StaffOnly
    @Operation(summary = "One person's figures for a period: one's own, or a staff member in a manager's branch",
            operationId = "personAssessment")
    StaffFigures.Person person(@PathVariable long accountId, @RequestParam(required = false) String period) {
        return assessments.person(period, accountId, organisation.currentUser());
    }

    @GetMapping("/api/v1/training-records")
    @StaffOnly
    @Operation(summary = "A person's training records (培训记录), newest first: one's own, or a staff member's in the"
            + " caller's branch", operationId = "listTrainingRecords")
    List<TrainingRecords.TrainingRecord> training(@RequestParam long accountId) {
        return training.of(accountId, organisation.currentUser());
    }

    @PostMapping("/api/v1/training-records")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Record a training of a staff member in the caller's branch", operationId = "addTrainingRecord")
    ResponseEntity<TrainingRecords.TrainingRecord> add(@Valid @RequestBody Body body) {
        TrainingRecords.TrainingRecord record = training.add(body.accountId(), body.entry(), organisation.currentUser());
        return ResponseEntity.created(java.net.URI.create("/api/v1/training-records/" + record.id())).body(record);
    }

    @PutMapping("/api/v1/training-records/{id}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Correct a training record (version: the one read; another: 409)",
            operationId = "changeTrainingRecord")
    TrainingRecords.TrainingRecord change(@PathVariable long id, @Valid @RequestBody Body body) {
        return training.change(id, body.version() == null ? -1 : body.version(), body.entry(),
                organisation.currentUser());
    }

    @DeleteMapping("/api/v1/training-records/{id}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Remove a training record", operationId = "removeTrainingRecord")
    ResponseEntity<Void> remove(@PathVariable long id) {
        training.remove(id, organisation.currentUser());
        return ResponseEntity.noContent().build();
    }
}
