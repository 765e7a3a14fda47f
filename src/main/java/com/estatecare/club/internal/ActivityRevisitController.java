package com.estatecare.club.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.revisits.RevisitFigures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The revisits made during a club activity (客户活动期间回访), on the activity's detail. */
@RestController
@RequestMapping("/api/v1/club")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class ActivityRevisitController {

    private final ClubRevisitActivities revisits;
    private final Organisation organisation;

    ActivityRevisitController(ClubRevisitActivities revisits, Organisation organisation) {
        this.revisits = revisits;
        this.organisation = organisation;
    }

    @GetMapping("/activities/{id}/revisits")
    @StaffOnly
    @Operation(summary = "The revisits made during an activity of the caller's branch (method ACTIVITY naming it),"
            + " latest first", operationId = "clubActivityRevisits")
    List<RevisitFigures.ActivityRevisit> revisits(@PathVariable long id) {
        return revisits.revisitsDuring(id, organisation.currentUser());
    }
}
