package com.estatecare.organisation.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A person's open browser sessions, and an administrator's view of the sessions and tokens of the accounts in
 * their branch; each may be ended. Another branch's or another person's session is not found.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sessions", description = "Open browser sessions and personal access tokens, listed and revoked")
class SessionController {

    private final SessionTracker tracker;
    private final AccessTokens tokens;
    private final Organisation organisation;
    private final StaffAdministration administration;

    SessionController(SessionTracker tracker, AccessTokens tokens, Organisation organisation,
            StaffAdministration administration) {
        this.tracker = tracker;
        this.tokens = tokens;
        this.organisation = organisation;
        this.administration = administration;
    }

    @GetMapping("/me/sessions")
    @Operation(summary = "The caller's open browser sessions: when, from where, with which browser; current marked")
    List<SessionTracker.OpenSession> mine(HttpServletRequest request) {
        return tracker.open(organisation.currentUser().accountId(), SessionTracker.row(request));
    }

    @DeleteMapping("/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End one of the caller's sessions (signed out at its next request)")
    void revokeMine(@PathVariable long id) {
        CurrentUser user = organisation.currentUser();
        revoke(user.accountId(), user.username(), user.orgNodeId(), id);
    }

    @GetMapping("/accounts/{id}/sessions")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The open sessions of an account in the caller's branch")
    List<SessionTracker.OpenSession> ofAccount(@PathVariable long id) {
        return tracker.open(administration.managed(organisation.currentUser(), id).getId(), null);
    }

    @DeleteMapping("/accounts/{id}/sessions/{sessionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "End a session of an account in the caller's branch; audited")
    void revokeOfAccount(@PathVariable long id, @PathVariable long sessionId) {
        Account account = administration.managed(organisation.currentUser(), id);
        revoke(account.getId(), account.getUsername(), account.getOrgNodeId(), sessionId);
    }

    @GetMapping("/accounts/{id}/tokens")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The personal access tokens (never their values) of an account in the caller's branch")
    CursorPage<AccessTokens.TokenInfo> tokensOf(@PathVariable long id,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        long account = administration.managed(organisation.currentUser(), id).getId();
        return tokens.list(account, cursor, CursorPage.limit(limit));
    }

    @DeleteMapping("/accounts/{id}/tokens/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke a personal access token of an account in the caller's branch; audited")
    void revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        long account = administration.managed(organisation.currentUser(), id).getId();
        if (!tokens.revoke(account, tokenId)) {
            throw DomainException.notFound("token");
        }
    }

    private void revoke(long accountId, String username, long orgNodeId, long sessionId) {
        if (!tracker.revoke(accountId, username, orgNodeId, sessionId)) {
            throw DomainException.notFound("session");
        }
    }
}
