package com.estatecare.delivery.internal;

import java.net.URI;
import java.time.Instant;
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

import com.estatecare.delivery.OpenDaySignUp;
import com.estatecare.delivery.OpenDayView;
import com.estatecare.delivery.OpenDays;
import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery", description = "Open days (工地开放日), their time slots and owners' sign-ups with a waiting list")
class OpenDayController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";

    private static final String PUBLISHERS = "hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY')";

    private final OpenDays openDays;
    private final Organisation organisation;

    OpenDayController(OpenDays openDays, Organisation organisation) {
        this.openDays = openDays;
        this.organisation = organisation;
    }

    record OpenDayBody(@NotBlank @Size(max = 200) String title, @Size(max = 200) String place,
            @NotNull Instant startsAt, @NotNull Instant endsAt,
            @NotNull @Min(1) @Max(OpenDays.MAX_CAPACITY) Integer capacity) {
    }

    record AttendanceBody(@NotNull Boolean attended) {
    }

    record SlotBody(@NotNull Instant startsAt, @NotNull Instant endsAt,
            @NotNull @Min(1) @Max(OpenDays.MAX_CAPACITY) Integer capacity) {
    }

    record SignUpBody(@Min(1) Long slotId) {
    }

    record SlotChangeBody(@NotNull Instant startsAt, @NotNull Instant endsAt,
            @NotNull @Min(1) @Max(OpenDays.MAX_CAPACITY) Integer capacity, Boolean cancelSignUps) {
    }

    @PostMapping("/projects/{id}/open-days")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Schedule an open day of a project with its capacity")
    ResponseEntity<OpenDayView> schedule(@PathVariable long id, @Valid @RequestBody OpenDayBody body) {
        OpenDayView day = openDays.schedule(id, body.title(), body.place(), body.startsAt(), body.endsAt(), body.capacity(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/delivery/open-days/" + day.id())).body(day);
    }

    @GetMapping("/projects/{id}/open-days")
    @PreAuthorize(STAFF)
    @Operation(summary = "A project's open days with the places confirmed and the owners waiting")
    List<OpenDayView> ofProject(@PathVariable long id) {
        return openDays.ofProject(id, organisation.currentUser());
    }

    @PostMapping("/open-days/{id}/slots")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Add a time slot to an open day: within its time, overlapping no other, places within the day's")
    ResponseEntity<OpenDayView> addSlot(@PathVariable long id, @Valid @RequestBody SlotBody body) {
        OpenDayView day = openDays.addSlot(id, body.startsAt(), body.endsAt(), body.capacity(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/delivery/open-days/" + day.id())).body(day);
    }

    @PutMapping("/open-days/{id}/slots/{slotId}")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Change a time slot's time and places by the rules of adding one; 409 open-day-slot-signed-up "
            + "naming how many owners would lose their place or chosen time, unless cancelSignUps (they are told)",
            operationId = "editOpenDaySlot")
    OpenDayView editSlot(@PathVariable long id, @PathVariable long slotId, @Valid @RequestBody SlotChangeBody body) {
        return openDays.editSlot(id, slotId, body.startsAt(), body.endsAt(), body.capacity(),
                Boolean.TRUE.equals(body.cancelSignUps()), organisation.currentUser());
    }

    @DeleteMapping("/open-days/{id}/slots/{slotId}")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Remove a time slot; 409 open-day-slot-signed-up naming how many owners hold or wait for its "
            + "places, unless cancelSignUps=true (their sign-ups are cancelled and each is told once)",
            operationId = "removeOpenDaySlot")
    OpenDayView removeSlot(@PathVariable long id, @PathVariable long slotId,
            @RequestParam(defaultValue = "false") boolean cancelSignUps) {
        return openDays.removeSlot(id, slotId, cancelSignUps, organisation.currentUser());
    }

    @GetMapping("/open-days/{id}/sign-ups")
    @PreAuthorize(STAFF)
    @Operation(summary = "An open day's sign-ups: confirmed, then the waiting line in order, then cancelled")
    List<OpenDaySignUp> signUps(@PathVariable long id) {
        return openDays.signUps(id, organisation.currentUser());
    }

    @PutMapping("/open-days/{id}/sign-ups/{signUpId}/attendance")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Record whether a confirmed owner came, once the day has begun")
    OpenDaySignUp attendance(@PathVariable long id, @PathVariable long signUpId,
            @Valid @RequestBody AttendanceBody body) {
        return openDays.recordAttendance(id, signUpId, body.attended(), organisation.currentUser());
    }

    @GetMapping("/my-open-days")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The open days of the owner's projects, with their own sign-up")
    List<OpenDayView> mine() {
        return openDays.ofOwner(organisation.currentUser());
    }

    @PostMapping("/open-days/{id}/sign-up")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Sign up (for a slot, required on a day with slots): confirmed while places are free, else"
            + " on the waiting list; again for the same slot changes nothing, for another slot moves the sign-up")
    OpenDayView signUp(@PathVariable long id, @Valid @RequestBody(required = false) SignUpBody body) {
        return openDays.signUp(id, body == null ? null : body.slotId(), organisation.currentUser());
    }

    @DeleteMapping("/open-days/{id}/sign-up")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Cancel the sign-up; a confirmed place goes to the first owner waiting")
    OpenDayView cancel(@PathVariable long id) {
        return openDays.cancel(id, organisation.currentUser());
    }
}
