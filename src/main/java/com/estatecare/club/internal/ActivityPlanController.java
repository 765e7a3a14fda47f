package com.estatecare.club.internal;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The club's yearly and monthly activity plans per project, their approval and planned against actual. */
@RestController
@RequestMapping("/api/v1/club/plans")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ActivityPlanController {

    private final ActivityPlans plans;
    private final Organisation organisation;

    ActivityPlanController(ActivityPlans plans, Organisation organisation) {
        this.plans = plans;
        this.organisation = organisation;
    }

    record ClubPlanBody(Long projectId, Integer year) {
    }

    record ClubPlanItemBody(Integer month, String theme, String kind, LocalDate plannedOn, Integer targetParticipants,
            Long budgetPlannedFen) {

        ActivityPlans.ItemDraft draft() {
            return new ActivityPlans.ItemDraft(month, theme, kind, plannedOn, targetParticipants, budgetPlannedFen);
        }
    }

    record ClubPlanDecision(Boolean approved) {
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "The yearly activity plans of the caller's branch, newest year first, optionally of one"
            + " project or year (at most 200), with their planned and spent budget", operationId = "clubPlans")
    List<ActivityPlans.Plan> list(@RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Integer year) {
        return plans.list(projectId, year, organisation.currentUser());
    }

    @PostMapping
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Draft the yearly activity plan of a project of the caller's branch for a year (one per"
            + " project and year: 409 club-plan-exists)", operationId = "createClubPlan")
    ResponseEntity<ActivityPlans.Plan> create(@RequestBody ClubPlanBody body) {
        ActivityPlans.Plan plan = plans.create(body.projectId(), body.year(), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/club/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/{id}")
    @StaffOnly
    @Operation(summary = "A yearly plan with its items by month, each planned against actual (held, budget spent,"
            + " sign-ups, attendance, average rating)", operationId = "clubPlan")
    ActivityPlans.Detail one(@PathVariable long id) {
        return plans.detail(id, organisation.currentUser());
    }

    @GetMapping("/{id}/months/{month}")
    @StaffOnly
    @Operation(summary = "The monthly plan: the items of one month (1–12), planned against actual",
            operationId = "clubPlanMonth")
    ActivityPlans.Month month(@PathVariable long id, @PathVariable Integer month) {
        return plans.month(id, month, organisation.currentUser());
    }

    @GetMapping("/{id}/changes")
    @StaffOnly
    @Operation(summary = "Who changed what in the plan, newest first: items added, changed (before and after),"
            + " removed, submissions and decisions", operationId = "clubPlanChanges")
    List<ActivityPlans.Change> changes(@PathVariable long id) {
        return plans.changes(id, organisation.currentUser());
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Add a planned activity to a month of the plan; an approved plan becomes REVISED",
            operationId = "addClubPlanItem")
    ActivityPlans.Detail addItem(@PathVariable long id, @RequestBody ClubPlanItemBody body) {
        return plans.addItem(id, body.draft(), organisation.currentUser());
    }

    @PutMapping("/{id}/items/{itemId}")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Change a planned activity (the month's plan adjusted); recorded with before and after",
            operationId = "changeClubPlanItem")
    ActivityPlans.Detail changeItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ClubPlanItemBody body) {
        return plans.changeItem(id, itemId, body.draft(), organisation.currentUser());
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Remove a planned activity no activity realises (else 409 club-plan-item-realised)",
            operationId = "removeClubPlanItem")
    ActivityPlans.Detail removeItem(@PathVariable long id, @PathVariable long itemId) {
        return plans.removeItem(id, itemId, organisation.currentUser());
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Submit a draft or revised plan with at least one item for a club manager's approval",
            operationId = "submitClubPlan")
    ActivityPlans.Plan submit(@PathVariable long id) {
        return plans.submit(id, organisation.currentUser());
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize(ClubController.CLUB_MANAGERS)
    @Operation(summary = "A club manager approves or returns the submitted plan; never the one who submitted it"
            + " (403 club-plan-four-eyes)", operationId = "decideClubPlan")
    ActivityPlans.Plan decide(@PathVariable long id, @RequestBody ClubPlanDecision body) {
        return plans.decide(id, body.approved(), organisation.currentUser());
    }
}
