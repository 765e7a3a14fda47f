package com.estatecare.club.internal;

import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** An activity's evaluation by its attendees (活动评估), through a survey of the surveys module. */
@RestController
@RequestMapping("/api/v1/club/activities/{id}/evaluation-survey")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ActivityEvaluationController {

    private final ActivityEvaluations evaluations;
    private final Organisation organisation;

    ActivityEvaluationController(ActivityEvaluations evaluations, Organisation organisation) {
        this.evaluations = evaluations;
        this.organisation = organisation;
    }

    record ClubEvaluationSurveyBody(Long templateId, LocalDate dueOn) {
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "The activity's evaluation survey, if one was sent: targets, answers, response rate and"
            + " the attendees' satisfaction", operationId = "clubActivityEvaluation")
    ActivityEvaluations.Evaluation one(@PathVariable long id) {
        return evaluations.of(id, organisation.currentUser());
    }

    @PostMapping
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Send a survey template to every attendee of the held activity, once (409"
            + " club-activity-evaluation-sent, club-activity-not-held, club-activity-no-attendees); the owners answer"
            + " it in the portal like any survey", operationId = "sendClubActivityEvaluation")
    ResponseEntity<ActivityEvaluations.Evaluation> send(@PathVariable long id,
            @RequestBody ClubEvaluationSurveyBody body) {
        return ResponseEntity.status(201).body(evaluations.send(id, body.templateId(), body.dueOn(),
                organisation.currentUser()));
    }
}
