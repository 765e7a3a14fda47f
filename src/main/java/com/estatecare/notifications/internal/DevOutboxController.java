package com.estatecare.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What the development sink "sent", for staff in the demo profile: there is no
 * SMS there, so a demonstrator reads an owner's sign-in code here. Absent (404)
 * wherever the sink is off, as in the production profile.
 */
@RestController
@StaffOnly
@ConditionalOnProperty(name = "estatecare.notifications.dev-sink.enabled", havingValue = "true")
@Tag(name = "Development outbox", description = "Messages of the development sink (demo profile only)")
class DevOutboxController {

    /** One message: its channel, the recipient masked, the text whole (it is what the phone would show). */
    record OutboxEntry(long id, String channel, String to, String subject, String text, Instant sentAt) {
    }

    private final DevelopmentSink sink;

    DevOutboxController(DevelopmentSink sink) {
        this.sink = sink;
    }

    @GetMapping("/api/v1/dev/outbox")
    @Operation(summary = "Messages the development sink kept, newest first, optionally to one phone (demo only)")
    List<OutboxEntry> outbox(@RequestParam(required = false) String phone,
            @RequestParam(required = false) Integer limit) {
        String digits = null;
        if (phone != null) {
            digits = PhoneNumber.normalise(phone.length() > 40 ? phone.substring(0, 40) : phone);
            if (!PhoneNumber.isValid(digits)) {
                throw DomainException.invalidField("phone", "phone");
            }
        }
        return sink.recent(digits, CursorPage.limit(limit)).stream()
                .map(k -> new OutboxEntry(k.id(), k.channel(), DevelopmentSink.masked(k), k.subject(), k.text(),
                        k.sentAt()))
                .toList();
    }
}
