package com.estatecare.club.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The owner's club activities in the portal: sign up, the check-in code, cancel, evaluate. */
@RestController
@RequestMapping("/api/v1/me/club")
@PreAuthorize("hasRole('OWNER')")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MyActivityController {

    private final Activities activities;
    private final Organisation organisation;

    MyActivityController(Activities activities, Organisation organisation) {
        this.activities = activities;
        this.organisation = organisation;
    }

    record MyClubSignUp(Long memberId) {
    }

    record MyClubEvaluation(Integer rating, String comment) {
    }

    @GetMapping("/activities")
    @Operation(summary = "The club activities open for sign-up in the owner's company, and those they signed up for",
            operationId = "myClubActivities")
    List<Activities.Activity> list() {
        return activities.forOwner(organisation.currentUser());
    }

    @PostMapping("/activities/{id}/sign-ups")
    @Operation(summary = "The member signs up: confirmed while places are free, else on the waiting list in order;"
            + " again changes nothing; members only (409 club-activity-members-only)", operationId = "signUpMyClubActivity")
    Activities.SignUp signUp(@PathVariable long id, @RequestBody(required = false) MyClubSignUp body) {
        return activities.signUp(id, body == null ? null : body.memberId(), organisation.currentUser());
    }

    @GetMapping("/sign-ups")
    @Operation(summary = "The owner's sign-ups, with the check-in code of each", operationId = "myClubSignUps")
    List<Activities.SignUp> mine() {
        return activities.mySignUps(organisation.currentUser());
    }

    @GetMapping("/sign-ups/{id}")
    @Operation(summary = "One of the owner's sign-ups (someone else's: 404)", operationId = "myClubSignUp")
    Activities.SignUp one(@PathVariable long id) {
        return activities.mine(id, organisation.currentUser());
    }

    @DeleteMapping("/sign-ups/{id}")
    @Operation(summary = "Cancel the sign-up before the activity starts; a confirmed place goes to the first on the"
            + " waiting list, who is told in their inbox", operationId = "cancelMyClubSignUp")
    Activities.SignUp cancel(@PathVariable long id) {
        return activities.cancel(id, organisation.currentUser());
    }

    @PostMapping("/sign-ups/{id}/evaluation")
    @Operation(summary = "An attendee rates the held activity 1-5 with an optional comment, once",
            operationId = "evaluateMyClubActivity")
    Activities.SignUp evaluate(@PathVariable long id, @RequestBody MyClubEvaluation body) {
        return activities.evaluate(id, body.rating(), body.comment(), organisation.currentUser());
    }
}
