package com.estatecare.notifications.internal;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.notifications.Inbox;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/me/inbox")
@Tag(name = "Notifications", description = "My inbox: assignments, warnings, breaches, escalations, approvals")
class InboxController {

    private final Inbox inbox;
    private final Organisation organisation;

    InboxController(Inbox inbox, Organisation organisation) {
        this.inbox = inbox;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "The caller's notifications, newest first, with a cursor", operationId = "listInbox")
    CursorPage<Inbox.Notification> list(@RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return inbox.of(organisation.currentUser().accountId(), unread, cursor, CursorPage.limit(limit));
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many of the caller's notifications are unread")
    Map<String, Long> unread() {
        return Map.of("count", inbox.unread(organisation.currentUser().accountId()));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a notification as read")
    void read(@PathVariable long id) {
        inbox.markRead(organisation.currentUser().accountId(), id);
    }
}
