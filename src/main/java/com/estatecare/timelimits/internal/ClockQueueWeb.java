package com.estatecare.timelimits.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.InputLimits;
import com.estatecare.timelimits.ClockStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The workbench's queues by time limit — due soon ({@code state=WARNING}, or
 * {@code dueBefore}), breached, paused — and the clocks of one page of
 * requests, to colour its rows. Staff only: an owner sees no clocks.
 */
@RestController
@Tag(name = "Time limits")
@StaffOnly
class ClockQueueWeb {

    /** The clock queue's page, typed for the API description. */
    record QueuePage(List<ClockQueue.QueuedClock> items, String next) {
    }

    private final ClockQueue queue;
    private final Organisation organisation;
    private final InputLimits limits;
    private final Clock clock;

    ClockQueueWeb(ClockQueue queue, Organisation organisation, InputLimits limits, Clock clock) {
        this.queue = queue;
        this.organisation = organisation;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/api/v1/time-limits")
    @Operation(summary = "Open clocks in the caller's scope, soonest due first, with a cursor: the queues due soon"
            + " (state=WARNING), breached (state=BREACHED) and paused, or the clocks of a page of requests"
            + " (requestIds, at most 100)")
    QueuePage list(
            @Parameter(description = "RUNNING, WARNING, BREACHED, PAUSED (repeat or comma-separate); default all")
            @RequestParam(required = false) List<ClockStatus> state,
            @Parameter(description = "only clocks due before this instant")
            @RequestParam(required = false) Instant dueBefore,
            @Parameter(description = "only the clocks of these requests, at most 100")
            @RequestParam(required = false) List<Long> requestIds,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        if (dueBefore != null) {
            limits.moment("dueBefore", dueBefore, clock.instant());
        }
        EnumSet<ClockStatus> states = EnumSet.noneOf(ClockStatus.class);
        if (state != null) {
            state.stream().filter(Objects::nonNull).forEach(states::add);
        }
        List<Long> ids = requestIds == null ? null : requestIds.stream().filter(Objects::nonNull).toList();
        var filter = new ClockQueue.Filter(states, dueBefore, ids);
        CursorPage<ClockQueue.QueuedClock> page = queue.page(filter, cursor, CursorPage.limit(limit),
                organisation.currentUser());
        return new QueuePage(page.items(), page.next());
    }
}
