package com.estatecare.revisits.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.revisits.RevisitActivities;
import com.estatecare.revisits.RevisitAnswered;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Revisits", description = "Revisits 回访: the queue, the questionnaire, coverage")
class RevisitController {

    private final RevisitTasks tasks;
    private final RevisitTemplates templates;
    private final RevisitCoverage coverage;
    private final Organisation organisation;

    RevisitController(RevisitTasks tasks, RevisitTemplates templates, RevisitCoverage coverage,
            Organisation organisation) {
        this.tasks = tasks;
        this.templates = templates;
        this.coverage = coverage;
        this.organisation = organisation;
    }

    /**
     * The questionnaire filled during the call; {@code activityId}: the club activity during which the owner was
     * revisited (method ACTIVITY only, and then required).
     */
    @Schema(name = "RevisitAnswerBody")
    record Answer(@NotNull Long templateId, @NotNull RevisitAnswered.Method method,
            @NotNull @Size(max = Questionnaire.MAX_QUESTIONS) Map<String, Object> answers, @Positive Long activityId) {
    }

    /** A new version of a questionnaire template. */
    @Schema(name = "RevisitTemplateChange")
    record TemplateChange(@NotNull @Size(max = 200) String name, @NotNull @Size(max = 200) String nameEn,
            @NotNull @Size(max = Questionnaire.MAX_QUESTIONS) List<Questionnaire.Question> questions,
            @Size(max = 400) String reason) {
    }

    @GetMapping("/api/v1/revisits")
    @StaffOnly
    @Operation(summary = "Revisit tasks in the caller's branch, soonest due first, with a cursor",
            description = "status: OPEN (default), ANSWERED or WITHDRAWN; projectId: one project; overdue=true: only"
                    + " those past their due time.", operationId = "listRevisits")
    CursorPage<RevisitTask> list(@RequestParam(defaultValue = "OPEN") RevisitTask.Status status,
            @RequestParam(required = false) Long projectId, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return tasks.list(status, projectId, overdue, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @GetMapping("/api/v1/revisits/{id}")
    @StaffOnly
    @Operation(summary = "One revisit task", operationId = "getRevisit")
    RevisitTask get(@PathVariable long id) {
        return tasks.find(id, organisation.currentUser());
    }

    @PostMapping("/api/v1/revisits/{id}/answer")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Record the questionnaire answered during the revisit; the request takes its revisit step",
            description = "Unsatisfied (overall satisfaction below the revisit policy's satisfiedFrom) sends the"
                    + " request to a second handling. A task answered or withdrawn before: 409. A request not yet"
                    + " confirmed by its owner: 409 transition-not-allowed with the request's allowed actions. Method"
                    + " ACTIVITY names the club activity (activityId, required then, 400 with another method): one of"
                    + " the task's company the caller may see, not cancelled (else 422 naming activityId), begun and"
                    + " ended no longer ago than the revisit policy's days (else 422 revisit-activity-not-around).",
            operationId = "answerRevisit")
    RevisitTask answer(@PathVariable long id, @Valid @RequestBody Answer body) {
        return tasks.answer(id, body.templateId(), body.method(), body.activityId(), body.answers(),
                organisation.currentUser());
    }

    @GetMapping("/api/v1/revisits/{id}/activities")
    @StaffOnly
    @Operation(summary = "The club activities a revisit made now can name (method ACTIVITY): of the task's company,"
            + " visible to the caller, not cancelled, begun and ended no longer ago than the revisit policy's days",
            operationId = "revisitActivities")
    List<RevisitActivities.Activity> activities(@PathVariable long id) {
        return tasks.activitiesAround(id, organisation.currentUser());
    }

    @GetMapping("/api/v1/revisits/coverage")
    @StaffOnly
    @Operation(summary = "Revisit coverage (回访率) of an org node's branch: revisited ÷ due, per project",
            description = "Tasks whose due time falls in [from, to] (whole days, Asia/Shanghai), withdrawn ones"
                    + " left out; rate null when none was due. orgNodeId: default the caller's node; outside the"
                    + " caller's branch: 404.", operationId = "revisitCoverage")
    RevisitCoverage.Report coverage(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgNodeId) {
        return coverage.of(orgNodeId, ReportPeriod.of(from, to, ReportPeriod.Bucket.MONTH),
                organisation.currentUser());
    }

    @GetMapping("/api/v1/revisit-templates")
    @StaffOnly
    @Operation(summary = "The questionnaire templates in force for the caller's company (its own, else the group's)",
            operationId = "listRevisitTemplates")
    List<Questionnaire> templates() {
        Long company = organisation.currentUser().companyId();
        return templates.current(company == null ? 0 : company);
    }

    @PutMapping("/api/v1/revisit-templates/{code}")
    @PreAuthorize("hasAnyRole('ADMIN','HQ')")
    @Operation(summary = "A new version of the company's questionnaire template (HQ: the group's)",
            operationId = "changeRevisitTemplate")
    ResponseEntity<Questionnaire> change(@PathVariable String code, @Valid @RequestBody TemplateChange body) {
        return ResponseEntity.ok(templates.change(code, body.name(), body.nameEn(), body.questions(), body.reason(),
                organisation.currentUser()));
    }
}
