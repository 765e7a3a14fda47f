package com.estatecare.notifications.internal;

import java.util.Arrays;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The delivery log of the owners' messages in the caller's branch, and a retry of a failed one. */
@RestController
@RequestMapping("/api/v1/outbox")
@PreAuthorize("hasAnyRole('ADMIN','MANAGER','HQ','AGENT','PROJECT_COMPANY')")
@Tag(name = "Outbox", description = "Owners' e-mail, SMS and WeChat messages: state, attempts, last error")
class OutboxController {

    private final Outbox outbox;
    private final BouncingAddresses bouncing;
    private final Organisation organisation;

    OutboxController(Outbox outbox, BouncingAddresses bouncing, Organisation organisation) {
        this.outbox = outbox;
        this.bouncing = bouncing;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "Messages newest first (recipient masked), optionally of one state, channel or request number; with a cursor", operationId = "listOutbox")
    CursorPage<Outbox.Entry> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String number,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        if (number != null && (number.isBlank() || number.length() > 40)) {
            throw DomainException.invalidField("number", "length", 1, 40);
        }
        return outbox.list(state == null ? null : parse(Outbox.State.class, "state", state),
                channel == null ? null : parse(ContactChannel.class, "channel", channel), number, cursor,
                CursorPage.limit(limit), organisation.currentUser());
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','HQ')")
    @Operation(summary = "Send a FAILED message again (its attempts start afresh); 409 when it has not failed", operationId = "retryOutboundMessage")
    Outbox.Entry retry(@PathVariable long id) {
        return outbox.retry(id, organisation.currentUser());
    }

    @GetMapping("/bounces")
    @PreAuthorize("hasAnyRole('ADMIN','MANAGER','HQ')")
    @Operation(summary = "The e-mail addresses that bounced (masked) of the companies in the caller's branch "
            + "(their own company's for a branch below one), newest first; mail to them is skipped", operationId = "listBouncingAddresses")
    CursorPage<BouncingAddresses.Entry> bounces(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return bouncing.list(companies(), cursor, CursorPage.limit(limit));
    }

    @DeleteMapping("/bounces/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The address is mended: mail to it is sent again", operationId = "clearBouncingAddress")
    ResponseEntity<Void> clearBounce(@PathVariable long id) {
        bouncing.clear(companies(), id);
        return ResponseEntity.noContent().build();
    }

    /** The companies the caller's branch covers (a group's staff: every company), or the caller's own. */
    private java.util.List<Long> companies() {
        CurrentUser user = organisation.currentUser();
        return organisation.companies().stream()
                .filter(c -> user.covers(c.path()) || c.companyId() != null && c.companyId().equals(user.companyId()))
                .map(OrgNodeView::companyId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> DomainException.invalidField(field, "one-of",
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
