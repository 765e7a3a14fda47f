package com.estatecare.inbound.internal;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.Idempotency;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The night duty desk of the property monitoring centre (夜间紧急报修): a short form whose every request is an
 * emergency repair by night intercom, so that the emergency time limit (紧急维修到场) starts at once.
 */
@RestController
@RequestMapping("/api/v1/inbound/night-repairs")
class NightDeskController {

    /** What the duty officer takes down: the unit, who called, what is wrong, and that it was read back. */
    record NightRepair(@NotNull Long unitId, Long customerId, @Valid NewRequest.Reporter reporter,
            Category category, @NotBlank @Size(max = 4000) String description,
            @Size(max = 200) String locationInUnit, @NotNull @AssertTrue Boolean readBackConfirmed) {
    }

    private final Requests requests;
    private final Organisation organisation;
    private final Idempotency idempotency;

    NightDeskController(Requests requests, Organisation organisation, Idempotency idempotency) {
        this.requests = requests;
        this.organisation = organisation;
        this.idempotency = idempotency;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('AGENT','MANAGER')")
    @Operation(summary = "Register an emergency repair from the night duty desk (channel NIGHT_INTERCOM, emergency): "
            + "the emergency clock starts; an Idempotency-Key makes a retry return the first result")
    ResponseEntity<?> register(@Valid @RequestBody NightRepair body,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String idempotencyKey) {
        CurrentUser user = organisation.currentUser();
        return idempotency.once(user.accountId(), idempotencyKey, body, () -> {
            Requests.Registered registered = requests.register(new NewRequest(RequestKind.REPAIR,
                    Channel.NIGHT_INTERCOM, body.unitId(), body.customerId(), body.reporter(), body.category(), null,
                    true, body.description(), body.locationInUnit(), null, null, null, true, null, null, null), user);
            return ResponseEntity.created(URI.create("/api/v1/requests/" + registered.id())).body(registered);
        });
    }
}
