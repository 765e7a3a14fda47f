package com.estatecare.webhooks.internal;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.webhooks.WebhookEventType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Webhooks", description = "Signed event deliveries to integrators (docs/channels-in.md)")
class WebhookController {

    /** A new subscription: the URL, the event types, and the company when the administrator's branch has several. */
    record NewWebhookSubscription(Long companyId, @NotBlank @Size(max = WebhookTargets.MAX_LENGTH) String url,
            @NotEmpty @Size(max = 10) List<WebhookEventType> eventTypes, @Size(max = 200) String description) {
    }

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Organisation organisation;

    WebhookController(Subscriptions subscriptions, Deliveries deliveries, Organisation organisation) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "The webhook subscriptions of the companies in the administrator's branch (never the secret)")
    List<Subscriptions.WebhookSubscription> list() {
        return subscriptions.list(organisation.currentUser());
    }

    @PostMapping
    @Operation(summary = "Subscribe a URL (http or https) to event types; the answer holds the signing secret, shown "
            + "only this once")
    ResponseEntity<Subscriptions.WebhookCreated> create(@Valid @RequestBody NewWebhookSubscription body) {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        body.eventTypes().forEach(t -> {
            if (t == null) {
                throw DomainException.invalidField("eventTypes", "required");
            }
            types.add(t);
        });
        var created = subscriptions.create(body.companyId(), body.url().strip(), types, body.description(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id())).body(created);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "End a subscription: nothing more is queued or sent for it; its log stays")
    ResponseEntity<Void> delete(@PathVariable long id) {
        subscriptions.deactivate(id, organisation.currentUser());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription, newest first, with a cursor")
    CursorPage<Deliveries.WebhookDeliveryLine> deliveries(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        subscriptions.find(id, user).orElseThrow(() -> DomainException.notFound("webhook"));
        return deliveries.log(id, cursor, CursorPage.limit(limit));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/retry")
    @Operation(summary = "Send a given-up (FAILED) delivery again; 409 when it is not given up")
    ResponseEntity<Void> retry(@PathVariable long id, @PathVariable long deliveryId) {
        subscriptions.find(id, organisation.currentUser()).orElseThrow(() -> DomainException.notFound("webhook"));
        if (!deliveries.retry(id, deliveryId)) {
            throw DomainException.conflict("webhook-not-failed");
        }
        return ResponseEntity.accepted().build();
    }
}
