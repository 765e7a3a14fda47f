package com.estatecare.timelimits.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.requests.RequestDetailsContributor;
import com.estatecare.timelimits.TimeLimits;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The clocks on a request's detail, and pausing them while the request waits
 * on the customer. The clocks decide breaches, escalation and fines, so only
 * the customer-service specialist and managers may pause or resume them, each
 * time with a reason that the timeline records — not the owner, not the
 * engineer or department doing the work, not a consultant.
 */
@RestController
@RequestMapping("/api/v1/requests/{id}/time-limits")
@Tag(name = "Time limits")
class TimeLimitsWeb {

    static final String MAY_PAUSE = "hasAnyRole('AGENT','MANAGER')";

    private final TimeLimits timeLimits;
    private final Organisation organisation;

    TimeLimitsWeb(TimeLimits timeLimits, Organisation organisation) {
        this.timeLimits = timeLimits;
        this.organisation = organisation;
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MAY_PAUSE)
    @Operation(summary = "Pause the running clocks while the request waits on the customer (agents and managers)")
    void pause(@PathVariable long id, @Valid @RequestBody Reason body) {
        timeLimits.pause(id, body.reason(), organisation.currentUser());
    }

    @PostMapping("/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(MAY_PAUSE)
    @Operation(summary = "Resume paused clocks (agents and managers)")
    void resume(@PathVariable long id, @Valid @RequestBody Reason body) {
        timeLimits.resume(id, body.reason(), organisation.currentUser());
    }

    /** Adds {@code timeLimits} to {@code GET /api/v1/requests/{id}}. */
    @Component
    static class Contributor implements RequestDetailsContributor {
        private final TimeLimits timeLimits;

        Contributor(TimeLimits timeLimits) {
            this.timeLimits = timeLimits;
        }

        @Override
        public Map<String, Object> details(long requestId) {
            return Map.of("timeLimits", timeLimits.clocksOf(requestId));
        }
    }
}
