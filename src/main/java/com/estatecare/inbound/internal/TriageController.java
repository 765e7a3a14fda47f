package com.estatecare.inbound.internal;

import java.util.Arrays;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.inbound.TriageChannel;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/triage")
@PreAuthorize("hasAnyRole('AGENT','MANAGER','HQ')")
@Tag(name = "Triage", description = "Messages of unknown senders (e-mail, WeChat) waiting for an agent (待分拣)")
class TriageController {

    @Schema(name = "TriageToRequest")
    record MakeRequest(@NotNull Long customerId, @NotNull RequestKind kind, Long unitId, Category category) {
    }

    @Schema(name = "TriageAttach")
    record AttachTo(@NotNull Long requestId) {
    }

    @Schema(name = "TriageDiscard")
    record Discard(@NotBlank @Size(max = 500) String reason) {
    }

    private final TriageItems items;
    private final Organisation organisation;

    TriageController(TriageItems items, Organisation organisation) {
        this.items = items;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "Items of the caller's branch, newest first, of one state (OPEN, REQUEST_MADE, ATTACHED, "
            + "DISCARDED) or channel (EMAIL, WECHAT) if asked; sender and personal data in the text masked",
            operationId = "listTriage")
    CursorPage<TriageItems.View> list(@RequestParam(required = false) String state,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return items.list(state == null ? null : parse(TriageItems.State.class, "state", state),
                channel == null ? null : parse(TriageChannel.class, "channel", channel), cursor,
                CursorPage.limit(limit), organisation.currentUser());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item with its whole text (personal data masked)", operationId = "getTriageItem")
    TriageItems.Detail get(@PathVariable long id) {
        return items.get(id, organisation.currentUser());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download a file of an item (not kept once the item is discarded)")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        TriageItems.Content content = items.attachment(id, attachmentId, organisation.currentUser());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(content.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content.bytes());
    }

    @PostMapping("/{id}/request")
    @Operation(summary = "Make a request of the item for the customer picked (of the item's company), with its "
            + "files; 409 when the item is resolved already", operationId = "triageToRequest")
    TriageItems.Detail makeRequest(@PathVariable long id, @Valid @RequestBody MakeRequest body) {
        return items.makeRequest(id, body.customerId(), body.kind(), body.unitId(), body.category(),
                organisation.currentUser());
    }

    @PostMapping("/{id}/attach")
    @Operation(summary = "Put the item on a request's timeline (staff only), with its files while the request is "
            + "open; 409 when the item is resolved already", operationId = "attachTriageItem")
    TriageItems.Detail attach(@PathVariable long id, @Valid @RequestBody AttachTo body) {
        return items.attach(id, body.requestId(), organisation.currentUser());
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Discard the item with a reason (its files are deleted); 409 when resolved already",
            operationId = "discardTriageItem")
    TriageItems.Detail discard(@PathVariable long id, @Valid @RequestBody Discard body) {
        return items.discard(id, body.reason(), organisation.currentUser());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> DomainException.invalidField(field, "one-of",
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }
}
