package com.estatecare.requests.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.requests.AppointmentRange;
import com.estatecare.requests.Appointments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Requests", description = "Intake and the life of a request (工单)")
class AppointmentController {

    private final Appointments appointments;
    private final Organisation organisation;
    private final InputLimits limits;
    private final Clock clock;

    AppointmentController(Appointments appointments, Organisation organisation, InputLimits limits, Clock clock) {
        this.appointments = appointments;
        this.organisation = organisation;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "The dispatch board: repair visits (the agreed plan's scheduledAt) from `from` to `to` (at"
            + " most 31 days), and the repairs handed to a person that have no visit yet, each with the steps the"
            + " caller may take now; at most 500 rows each (truncated says more were left out)")
    Appointments.Board board(
            @Parameter(description = "first instant, included") @RequestParam(required = false) Instant from,
            @Parameter(description = "first instant after the range") @RequestParam(required = false) Instant to,
            @Parameter(description = "only this staff member's (one the caller's scope reaches)")
            @RequestParam(required = false) Long assigneeId) {
        CurrentUser user = organisation.currentUser();
        Instant now = clock.instant();
        AppointmentRange range = AppointmentRange.of(from == null ? null : limits.moment("from", from, now),
                to == null ? null : limits.moment("to", to, now));
        if (assigneeId != null && organisation.staffVisibleTo(assigneeId, user).isEmpty()) {
            throw DomainException.unknownReference("assigneeId");
        }
        return appointments.board(range, assigneeId, user);
    }
}
