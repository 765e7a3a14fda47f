package com.estatecare.calendar.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.calendar.CalendarDays;
import com.estatecare.calendar.DayKind;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.InputLimits;
import com.estatecare.policies.Policies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Business calendar", description = "Holidays, make-up working days (调休) and working-time arithmetic")
class CalendarController {

    private final BusinessCalendar calendar;
    private final CalendarDays days;
    private final Organisation organisation;
    private final InputLimits limits;
    private final Clock clock;

    CalendarController(BusinessCalendar calendar, CalendarDays days, Organisation organisation, InputLimits limits,
            Clock clock) {
        this.calendar = calendar;
        this.days = days;
        this.organisation = organisation;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/days")
    @StaffOnly
    @Operation(summary = "The marked days (holidays, make-up working days) of a year")
    List<CalendarDays.Day> year(@RequestParam int year) {
        return days.year(company(), limits.year("year", year, clock.instant()));
    }

    record DayChange(@NotNull DayKind kind, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 1000) String reason) {
    }

    @PutMapping("/days/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Mark a day as holiday or working day, with a reason")
    CalendarDays.Day mark(@PathVariable LocalDate date, @Valid @RequestBody DayChange body) {
        return days.mark(company(), date, body.kind(), body.name(), body.reason(), organisation.currentUser().displayName());
    }

    @DeleteMapping("/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Remove a day's mark, with a reason")
    void unmark(@PathVariable LocalDate date, @RequestParam String reason) {
        days.unmark(company(), date, reason, organisation.currentUser().displayName());
    }

    @PostMapping(path = "/ics", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import next year's holidays and make-up days from an ICS file (part 'file')")
    CalendarDays.ImportReport importIcs(@RequestParam("file") MultipartFile file, @RequestParam String reason)
            throws IOException {
        return days.importIcs(company(), new String(file.getBytes(), StandardCharsets.UTF_8), reason,
                organisation.currentUser().displayName());
    }

    record Moment(Instant at, boolean workingTime, Instant nextWorkingMoment) {
    }

    @GetMapping("/check")
    @StaffOnly
    @Operation(summary = "Whether a moment is working time, and the next working moment")
    Moment check(@RequestParam Instant at) {
        limits.moment("at", at, clock.instant());
        long company = company();
        return new Moment(at, calendar.isWorkingTime(company, at), calendar.nextWorkingMoment(company, at));
    }

    record Sum(Instant from, Instant result) {
    }

    @GetMapping("/add")
    @StaffOnly
    @Operation(summary = "A moment plus N working hours (workingHours) or N working days (workingDays)")
    Sum add(@RequestParam Instant from, @RequestParam(required = false) Integer workingHours,
            @RequestParam(required = false) Integer workingDays) {
        if ((workingHours == null) == (workingDays == null)) {
            throw DomainException.invalidField("workingHours", "required");
        }
        limits.moment("from", from, clock.instant());
        if (workingHours != null) {
            InputLimits.atMost("workingHours", workingHours, limits.workingHours());
        } else {
            InputLimits.atMost("workingDays", workingDays, limits.workingDays());
        }
        long company = company();
        return new Sum(from, workingHours != null
                ? calendar.addWorkingTime(company, from, Duration.ofHours(workingHours))
                : calendar.addWorkingDays(company, from, workingDays));
    }

    record Between(Instant from, Instant to, long workingMinutes) {
    }

    @GetMapping("/between")
    @StaffOnly
    @Operation(summary = "Working time between two moments, in minutes")
    Between between(@RequestParam Instant from, @RequestParam Instant to) {
        Instant now = clock.instant();
        limits.moment("from", from, now);
        limits.moment("to", to, now);
        if (Duration.between(from, to).toDays() > limits.calendarSpanDays()) {
            throw DomainException.invalidField("to", "max-span", from, limits.calendarSpanDays());
        }
        return new Between(from, to, calendar.workingTimeBetween(company(), from, to).toMinutes());
    }

    /** The caller's company calendar; group staff edit the national one. */
    private long company() {
        CurrentUser user = organisation.currentUser();
        return user.companyId() == null ? Policies.GROUP : user.companyId();
    }
}
