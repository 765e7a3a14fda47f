package com.estatecare.surveys.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.registry.SurveyAudiences.Audience;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Surveys", description = "Satisfaction surveys 满意度调查: templates, campaigns, answers, results")
class SurveyController {

    private final SurveyTemplates templates;
    private final SurveyCampaigns campaigns;
    private final SurveyTargets targets;
    private final SurveyResults results;
    private final Organisation organisation;

    SurveyController(SurveyTemplates templates, SurveyCampaigns campaigns, SurveyTargets targets,
            SurveyResults results, Organisation organisation) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.targets = targets;
        this.results = results;
        this.organisation = organisation;
    }

    @Schema(name = "SurveyTemplateChange")
    record TemplateChange(@NotNull @Size(max = 200) String name, @NotNull @Size(max = 200) String nameEn,
            @NotNull @Size(max = SurveyForm.MAX_QUESTIONS) List<SurveyForm.Question> questions) {
    }

    @Schema(name = "SurveyLaunch")
    record Launch(@NotBlank @Size(max = 200) String name, @NotNull Long templateId,
            @NotNull SurveyCampaign.Milestone milestone, @NotNull Audience audience,
            @NotNull @Size(min = 1, max = SurveyCampaigns.MAX_PROJECTS) List<@NotNull Long> projectIds,
            @NotNull SurveySampling.Mode sampling, Integer sampleSize,
            @Schema(description = "the sampling seed; drawn at random and recorded when absent") Long seed,
            @NotNull LocalDate dueOn) {
    }

    @Schema(name = "SurveyAnswerBody")
    record Answer(@NotNull @Size(max = SurveyForm.MAX_QUESTIONS) Map<String, Object> answers) {
    }

    @GetMapping("/api/v1/survey-templates")
    @StaffOnly
    @Operation(summary = "The survey templates in force for the caller's company (its own, else the group's)",
            operationId = "listSurveyTemplates")
    List<SurveyForm> templates() {
        Long company = organisation.currentUser().companyId();
        return templates.current(company == null ? 0 : company);
    }

    @PutMapping("/api/v1/survey-templates/{code}")
    @PreAuthorize("hasAnyRole('ADMIN','HQ','MANAGER')")
    @Operation(summary = "A new version of a survey template (the versions already sent stay as they were)",
            operationId = "changeSurveyTemplate")
    SurveyForm change(@PathVariable String code, @Valid @RequestBody TemplateChange body) {
        return templates.change(code, body.name(), body.nameEn(), body.questions(), organisation.currentUser());
    }

    @GetMapping("/api/v1/survey-campaigns")
    @StaffOnly
    @Operation(summary = "Survey campaigns in the caller's branch, newest first, with targets and response rate",
            operationId = "listSurveyCampaigns")
    List<SurveyCampaign> campaigns(@RequestParam(required = false) Integer limit) {
        return campaigns.list(CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping("/api/v1/survey-campaigns")
    @PreAuthorize("hasAnyRole('ADMIN','HQ','MANAGER')")
    @Operation(summary = "Send a survey: draw the targets from the projects' audience and invite them",
            description = "sampling ALL, COUNT (sampleSize 1–5000) or PERCENT (sampleSize 1–100, rounded up); the seed"
                    + " is recorded: the same candidates and seed give the same targets. At most 5,000 targets.",
            operationId = "launchSurveyCampaign")
    ResponseEntity<SurveyCampaign> launch(@Valid @RequestBody Launch body) {
        SurveyCampaign campaign = campaigns.launch(new SurveyCampaigns.Launch(body.name(), body.templateId(),
                body.milestone(), body.audience(), body.projectIds(), body.sampling(), body.sampleSize(), body.seed(),
                body.dueOn()), organisation.currentUser());
        return ResponseEntity.created(java.net.URI.create("/api/v1/survey-campaigns/" + campaign.id())).body(campaign);
    }

    @GetMapping("/api/v1/survey-campaigns/{id}")
    @StaffOnly
    @Operation(summary = "One campaign", operationId = "getSurveyCampaign")
    SurveyCampaign campaign(@PathVariable long id) {
        return campaigns.find(id, organisation.currentUser());
    }

    @GetMapping("/api/v1/survey-campaigns/{id}/form")
    @StaffOnly
    @Operation(summary = "The questionnaire a campaign asks (the template's version it was sent with), for entering"
            + " the answers given during a call", operationId = "getSurveyCampaignForm")
    SurveyForm form(@PathVariable long id) {
        SurveyCampaign campaign = campaigns.find(id, organisation.currentUser());
        return templates.byId(campaign.templateId()).orElseThrow(() -> DomainException.notFound("surveyCampaign"));
    }

    @GetMapping("/api/v1/survey-campaigns/{id}/targets")
    @StaffOnly
    @Operation(summary = "A campaign's targets, with a cursor", operationId = "listSurveyTargets")
    CursorPage<SurveyTarget> targets(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        campaigns.find(id, user); // a campaign outside the caller's branch, or none, is a 404, not an empty page
        return targets.ofCampaign(id, cursor, CursorPage.limit(limit), user);
    }

    @PostMapping("/api/v1/survey-campaigns/{id}/targets/{targetId}/answer")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Enter the answer a target gave during a call (once; the same answer again returns it)",
            operationId = "answerSurveyAsStaff")
    SurveyTarget answer(@PathVariable long id, @PathVariable long targetId, @Valid @RequestBody Answer body) {
        return targets.answerAsStaff(id, targetId, body.answers(), organisation.currentUser());
    }

    @GetMapping("/api/v1/survey-campaigns/{id}/results")
    @StaffOnly
    @Operation(summary = "Results per question and per project, response rate and satisfaction (docs/kpis.md)",
            operationId = "surveyResults")
    SurveyResults.Results results(@PathVariable long id) {
        return results.of(id, organisation.currentUser());
    }

    @GetMapping("/api/v1/me/surveys")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The surveys addressed to the signed-in owner", operationId = "mySurveys")
    List<SurveyTarget> mine() {
        return targets.mine(organisation.currentUser());
    }

    @GetMapping("/api/v1/me/surveys/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "One survey addressed to the owner, with its questions", operationId = "mySurvey")
    SurveyTarget mine(@PathVariable long id) {
        return targets.mineOne(id, organisation.currentUser());
    }

    @PostMapping("/api/v1/me/surveys/{id}/answer")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The owner answers a survey addressed to them (once; the same answer again returns it)",
            operationId = "answerMySurvey")
    SurveyTarget answerMine(@PathVariable long id, @Valid @RequestBody Answer body) {
        return targets.answerAsOwner(id, body.answers(), organisation.currentUser());
    }
}
