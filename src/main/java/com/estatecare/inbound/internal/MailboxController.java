package com.estatecare.inbound.internal;

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
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/mailboxes")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Inbound channels")
class MailboxController {

    /** A company's mailbox; without {@code password} on a change, the stored one stays. Never answered. */
    @Schema(name = "MailboxSettings")
    record MailboxSettings(@NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9.:\\-\\[\\]]+") String host,
            @NotNull @Min(1) @Max(65535) Integer port, @NotNull Mailboxes.Security security,
            @NotBlank @Size(max = 320) @Pattern(regexp = "[^\\p{Cntrl}]+") String username,
            @Size(max = 500) String password,
            @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]+") String folder, Boolean enabled) {

        @Override
        public String toString() {
            return "MailboxSettings " + username + "@" + host + ":" + port;
        }
    }

    private final Mailboxes mailboxes;
    private final MailboxPoller poller;
    private final Organisation organisation;

    MailboxController(Mailboxes mailboxes, MailboxPoller poller, Organisation organisation) {
        this.mailboxes = mailboxes;
        this.poller = poller;
        this.organisation = organisation;
    }

    @GetMapping
    @Operation(summary = "The mailboxes of the companies in the administrator's branch: server, account, last poll "
            + "and its error; the password never, only whether it is set", operationId = "listMailboxes")
    List<Mailboxes.View> list() {
        return mailboxes.list(organisation.currentUser());
    }

    @PutMapping("/{companyId}")
    @Operation(summary = "Set the company's mailbox (polled over IMAP); the password is sealed and never answered; "
            + "left out on a change, the stored one stays", operationId = "putMailbox")
    Mailboxes.View put(@PathVariable long companyId, @Valid @RequestBody MailboxSettings body) {
        return mailboxes.save(companyId, new Mailboxes.Settings(body.host(), body.port(), body.security(),
                body.username(), body.password(), body.folder() == null ? "INBOX" : body.folder(),
                body.enabled() == null || body.enabled()), organisation.currentUser());
    }

    /** How a test of the saved settings went: the folder's mail count, or the server's or network's error. */
    @Schema(name = "MailboxCheck")
    record Check(boolean ok, Integer messages, String error) {
    }

    @PostMapping("/{companyId}/test")
    @Operation(summary = "Connect to the company's mailbox with its saved settings and open the folder read-only "
            + "(nothing is read or marked); answers whether it worked and the server's error if not",
            operationId = "testMailbox")
    Check test(@PathVariable long companyId) {
        MailboxPoller.Checked checked = poller.check(mailboxes.connection(companyId, organisation.currentUser()));
        return new Check(checked.ok(), checked.messages(), checked.error());
    }

    @DeleteMapping("/{companyId}")
    @Operation(summary = "Stop polling the company's mailbox (its settings stay, disabled)",
            operationId = "disableMailbox")
    ResponseEntity<Void> delete(@PathVariable long companyId) {
        mailboxes.remove(companyId, organisation.currentUser());
        return ResponseEntity.noContent().build();
    }
}
