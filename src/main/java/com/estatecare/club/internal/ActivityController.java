package com.estatecare.club.internal;

import java.net.URI;
import java.time.Instant;
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
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Club activities as staff work them: schedule, budget and its approval, opening, check-in, summary. */
@RestController
@RequestMapping("/api/v1/club")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ActivityController {

    private final Activities activities;
    private final Organisation organisation;

    ActivityController(Activities activities, Organisation organisation) {
        this.activities = activities;
        this.organisation = organisation;
    }

    record ClubActivityBody(Long projectId, String theme, String place, Instant startsAt, Instant endsAt,
            Integer capacity, Long budgetPlannedFen, Long planItemId) {
    }

    record ClubStaffSignUp(Long memberId) {
    }

    record ClubBudgetDecision(Boolean approved) {
    }

    record ClubActivityTransition(String to) {
    }

    record ClubActivitySummary(String summary, Long budgetSpentFen) {
    }

    record ClubCheckIn(String code) {
    }

    @GetMapping("/activities")
    @StaffOnly
    @Operation(summary = "The club activities of the caller's branch, newest first, optionally of one status, project"
            + " and month (yyyy-MM, Shanghai); with places confirmed, waiting, attended and the average rating; with a"
            + " cursor and a limit of 1–200", operationId = "clubActivities")
    CursorPage<Activities.Activity> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Long projectId, @RequestParam(required = false) String month,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return activities.list(new Activities.Filter(status, projectId, month), cursor, CursorPage.limit(limit),
                organisation.currentUser());
    }

    @PostMapping("/activities")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Schedule an activity of a project of the caller's branch (theme, place, startsAt, endsAt,"
            + " capacity, budgetPlannedFen, optionally the planItemId of the project's plan of that year it realises);"
            + " it is PLANNED until its budget is approved and it is opened",
            operationId = "scheduleClubActivity")
    ResponseEntity<Activities.Activity> schedule(@RequestBody ClubActivityBody body) {
        Activities.Activity activity = activities.schedule(new Activities.Draft(body.projectId(), body.theme(),
                body.place(), body.startsAt(), body.endsAt(), body.capacity(), body.budgetPlannedFen(), body.planItemId()),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/club/activities/" + activity.id())).body(activity);
    }

    @GetMapping("/activities/{id}")
    @StaffOnly
    @Operation(summary = "An activity of the caller's branch", operationId = "clubActivity")
    Activities.Activity one(@PathVariable long id) {
        return activities.one(id, organisation.currentUser());
    }

    @GetMapping("/activities/{id}/sign-ups")
    @StaffOnly
    @Operation(summary = "An activity's sign-ups: confirmed, then the waiting list in order, then cancelled",
            operationId = "clubActivitySignUps")
    List<Activities.SignUp> signUps(@PathVariable long id) {
        return activities.signUps(id, organisation.currentUser());
    }

    @PostMapping("/activities/{id}/sign-ups")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Sign a member up on their behalf (a call to the centre): the portal's rules, confirmed while"
            + " places are free, else waiting in line; the staff member's name is recorded on the sign-up",
            operationId = "signUpClubMember")
    Activities.SignUp signUpFor(@PathVariable long id, @RequestBody ClubStaffSignUp body) {
        return activities.signUpFor(id, body.memberId(), organisation.currentUser());
    }

    @PostMapping("/activities/{id}/budget-request")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Ask a club manager to approve the activity's planned budget (while it is planned)",
            operationId = "requestClubActivityBudget")
    Activities.Activity requestBudget(@PathVariable long id) {
        return activities.requestBudget(id, organisation.currentUser());
    }

    @PostMapping("/activities/{id}/budget-decision")
    @PreAuthorize(ClubController.CLUB_MANAGERS)
    @Operation(summary = "A club manager approves or rejects the requested budget; never the one who requested it"
            + " (403 club-activity-budget-four-eyes)", operationId = "decideClubActivityBudget")
    Activities.Activity decideBudget(@PathVariable long id, @RequestBody ClubBudgetDecision body) {
        return activities.decideBudget(id, body.approved(), organisation.currentUser());
    }

    @PostMapping("/activities/{id}/transitions")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Open the activity for sign-up (budget approved, not started), mark it held (started), or"
            + " cancel it (planned or open; each member signed up is told once): to OPEN, HELD or CANCELLED",
            operationId = "transitionClubActivity")
    Activities.Activity transition(@PathVariable long id, @RequestBody ClubActivityTransition body) {
        return activities.transition(id, body.to(), organisation.currentUser());
    }

    @PostMapping("/activities/{id}/summary")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Close a held activity with its summary and the budget spent", operationId = "summariseClubActivity")
    Activities.Activity summarise(@PathVariable long id, @RequestBody ClubActivitySummary body) {
        return activities.summarise(id, body.summary(), body.budgetSpentFen(), organisation.currentUser());
    }

    @PostMapping("/check-ins")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Check a member in by the code of their sign-up's QR code (typed, or the scanner's whole"
            + " text): attendance is recorded once and earns the attending points once; a second scan answers the"
            + " first check-in", operationId = "checkInClubActivity")
    Activities.SignUp checkIn(@RequestBody ClubCheckIn body) {
        return activities.checkIn(body.code(), organisation.currentUser());
    }
}
