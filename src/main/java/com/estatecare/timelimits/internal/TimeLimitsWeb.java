package com.estatecare.timelimits.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
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

/** The clocks on a request's detail, and pausing them while the request waits on the customer. */
@RestController
@RequestMapping("/api/v1/requests/{id}/time-limits")
@Tag(name = "Time limits")
class TimeLimitsWeb {

    private final TimeLimits timeLimits;
    private final Organisation organisation;

    TimeLimitsWeb(TimeLimits timeLimits, Organisation organisation) {
        this.timeLimits = timeLimits;
        this.organisation = organisation;
    }

    record Pause(@NotBlank @Size(max = 1000) String reason) {
    }

    @PostMapping("/pause")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Pause the running clocks while the request waits on the customer")
    void pause(@PathVariable long id, @Valid @RequestBody Pause body) {
        timeLimits.pause(id, body.reason(), organisation.currentUser());
    }

    @PostMapping("/resume")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Resume the paused clocks of a request")
    void resume(@PathVariable long id) {
        timeLimits.resume(id, organisation.currentUser());
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
