package com.estatecare.inbound.internal;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/inbound/calls")
@Tag(name = "Inbound channels", description = "Call-centre screen pop (来电弹屏) and night emergency intake")
class CallController {

    /** What the call centre reports: its call id, the caller's number, and the agent (user name) who took it. */
    record IncomingCall(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7e]+") String callId,
            @NotBlank @Size(max = 30) String callerNumber, @NotBlank @Size(max = 80) String agent) {
    }

    record CallRecording(@NotBlank @Size(max = 500) @Pattern(regexp = "[\\x21-\\x7e]+") String recordingRef) {
    }

    record CallLink(@NotNull Long requestId) {
    }

    private final Calls calls;
    private final Organisation organisation;

    CallController(Calls calls, Organisation organisation) {
        this.calls = calls;
        this.organisation = organisation;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @Operation(summary = "An incoming call (CTI): the agent's open workbench opens the intake with the caller's "
            + "customer found; the same callId again answers the same call")
    ResponseEntity<Calls.CallView> arrived(@Valid @RequestBody IncomingCall body) {
        Calls.CallView call = calls.arrived(body.callId(), body.callerNumber(), body.agent(), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/inbound/calls/" + call.id())).body(call);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A call, for its agent's intake screen: the caller's number and the customers it matches")
    Calls.CallView get(@PathVariable long id) {
        return calls.find(id, organisation.currentUser());
    }

    @PutMapping("/{id}/recording")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @Operation(summary = "The call centre's reference to the call's recording; on the request's timeline once the "
            + "call is linked to one")
    Calls.CallView recording(@PathVariable long id, @Valid @RequestBody CallRecording body) {
        return calls.recording(id, body.recordingRef(), organisation.currentUser());
    }

    @PutMapping("/{id}/request")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @Operation(summary = "The request registered from the call (its recording then goes on that request's timeline)")
    Calls.CallView link(@PathVariable long id, @Valid @RequestBody CallLink body) {
        return calls.linkRequest(id, body.requestId(), organisation.currentUser());
    }
}
