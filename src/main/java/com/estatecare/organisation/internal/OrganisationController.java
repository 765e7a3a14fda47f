package com.estatecare.organisation.internal;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.NewAccount;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffContact;
import com.estatecare.organisation.Role;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Organisation tree, accounts, personal access tokens")
class OrganisationController {

    /** As many as there are roles, and room for one more before this limit must follow the enum. */
    private static final int MAX_ROLES = 10;

    private final Organisation organisation;
    private final AccessTokens tokens;
    private final JdbcClient jdbc;
    private final PasswordRule passwordRule;
    private final StaffAdministration administration;

    OrganisationController(Organisation organisation, AccessTokens tokens, JdbcClient jdbc,
            StaffAdministration administration,
            @Value("${estatecare.security.password.min-length:10}") int passwordMinLength) {
        this.administration = administration;
        this.passwordRule = new PasswordRule(passwordMinLength);
        this.organisation = organisation;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user: roles, organisation and scope")
    CurrentUser me() {
        return organisation.currentUser();
    }

    record TokenRequest(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {
    }

    @PostMapping("/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a personal access token for API clients; its value is shown only once")
    AccessTokens.Issued issueToken(@Valid @RequestBody TokenRequest body) {
        return tokens.issue(organisation.currentUser().accountId(), body.name(), body.validDays());
    }

    @GetMapping("/me/tokens")
    @Operation(summary = "The caller's personal access tokens (without their values), newest first, with a cursor")
    CursorPage<AccessTokens.TokenInfo> myTokens(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return tokens.list(organisation.currentUser().accountId(), cursor, CursorPage.limit(limit));
    }

    @DeleteMapping("/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's personal access tokens")
    void revoke(@PathVariable long id) {
        if (!tokens.revoke(organisation.currentUser().accountId(), id)) {
            throw DomainException.notFound("token");
        }
    }

    @GetMapping("/org-nodes")
    @StaffOnly
    @Operation(summary = "The organisation tree within the caller's scope")
    List<OrgNodeView> nodes() {
        return organisation.nodesVisibleTo(organisation.currentUser());
    }

    record NodeRequest(Long parentId, @NotNull OrgKind kind, @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String name) {
    }

    @PostMapping("/org-nodes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a node (group, company, project, building) to the organisation tree")
    OrgNodeView createNode(@Valid @RequestBody NodeRequest body) {
        CurrentUser user = organisation.currentUser();
        if (body.parentId() != null) {
            OrgNodeView parent = organisation.node(body.parentId())
                    .filter(n -> user.covers(n.path()))
                    .orElseThrow(() -> DomainException.unknownReference("parentId"));
            return organisation.createNode(parent.id(), body.kind(), body.code(), body.name());
        }
        return organisation.createNode(null, body.kind(), body.code(), body.name());
    }

    record StaffRow(long id, String username, String displayName, long orgNodeId, String orgNodeName, String roles,
            String department, boolean enabled) {
    }

    /** Staff in the caller's branch of the tree (for dispatch pickers), optionally of one role. */
    @GetMapping("/accounts")
    @StaffOnly
    @Operation(summary = "Staff in the caller's branch of the tree, optionally of one role, with a cursor")
    CursorPage<StaffRow> staff(@RequestParam(required = false) Role role,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        int size = CursorPage.limit(limit);
        VisibleTo visible = VisibleTo.branchOrAbove(user, "n.path");
        List<StaffRow> rows = jdbc.sql("""
                select a.id, a.username, a.display_name, a.org_node_id, n.name as org_node_name, a.roles,
                       a.department, a.enabled
                from account a join org_node n on n.id = a.org_node_id
                where %s and a.roles <> 'OWNER'
                  and (:role = '' or a.roles like :rolePattern) and a.id < :after
                order by a.id desc limit :limit""".formatted(visible.sql()))
                .params(visible.params())
                .param("role", role == null ? "" : role.name())
                .param("rolePattern", role == null ? "%" : "%" + role.name() + "%")
                .param("after", CursorPage.decode(cursor)).param("limit", size + 1)
                .query(Rows.of(StaffRow.class)).list();
        return CursorPage.of(rows, size, StaffRow::id);
    }

    record AccountRequest(@NotBlank @Size(max = 80) String username, @NotBlank @Size(max = 200) String password,
            @NotBlank @Size(max = 200) String displayName, @NotNull Long orgNodeId,
            @NotEmpty @Size(max = MAX_ROLES) List<@NotNull Role> roles,
            Long customerId, @Size(max = 40) String department) {
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an account for a staff member or an owner")
    AccountView createAccount(@Valid @RequestBody AccountRequest body) {
        CurrentUser user = organisation.currentUser();
        OrgNodeView node = organisation.node(body.orgNodeId()).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.unknownReference("orgNodeId"));
        administration.checkGrant(Set.copyOf(body.roles()), node.kind());
        passwordRule.violation(body.password(), body.username()).ifPresent(reason -> {
            throw DomainException.invalidField("password", reason, passwordRule.minLength());
        });
        return organisation.createAccount(new NewAccount(body.username(), body.password(), body.displayName(),
                body.orgNodeId(), Set.copyOf(body.roles()), body.customerId(), body.department()));
    }

    /**
     * A list, not a set: a set would quietly fold 50,000 copies of one role into one and accept the body; the list
     * is refused beyond as many entries as there are roles (a role named twice is harmless and counted once).
     */
    record RolesRequest(@NotEmpty @Size(max = MAX_ROLES) List<@NotNull Role> roles) {
    }

    @PutMapping("/accounts/{id}/roles")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace a staff account's roles (in the caller's branch; HQ only at a group node)")
    void changeRoles(@PathVariable long id, @Valid @RequestBody RolesRequest body) {
        administration.changeRoles(organisation.currentUser(), id, Set.copyOf(body.roles()));
    }

    record EnabledRequest(@NotNull Boolean enabled) {
    }

    @PutMapping("/accounts/{id}/enabled")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Disable or enable an account in the caller's branch; a disabled one's sessions and tokens stop")
    void setEnabled(@PathVariable long id, @Valid @RequestBody EnabledRequest body) {
        administration.setEnabled(organisation.currentUser(), id, body.enabled());
    }

    record PasswordRequest(@NotBlank @Size(max = 200) String password) {
    }

    @PutMapping("/accounts/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a new password for an account in the caller's branch (and forget its sign-in failures)")
    void setPassword(@PathVariable long id, @Valid @RequestBody PasswordRequest body) {
        administration.setPassword(organisation.currentUser(), id, body.password(), passwordRule);
    }

    /** A staff member's e-mail address (blank or left out: none) and the language of their mail. */
    record ContactRequest(@Size(max = 320) @Email(regexp = "|[^\\s\\p{Cntrl}<>,;\"]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}")
            String email, @Pattern(regexp = "zh-CN|en") String language) {
    }

    @PutMapping("/accounts/{id}/contact")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a staff account's e-mail address (for the staff mail: assignments, time limits, "
            + "escalations) and the language of that mail", operationId = "putAccountContact")
    StaffContact setContact(@PathVariable long id, @Valid @RequestBody ContactRequest body) {
        return administration.setContact(organisation.currentUser(), id, body.email(), body.language());
    }

    @GetMapping("/accounts/{id}/contact")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A staff account's e-mail address and mail language", operationId = "getAccountContact")
    StaffContact contact(@PathVariable long id) {
        administration.managed(organisation.currentUser(), id);
        return organisation.contact(id).orElseThrow(() -> DomainException.notFound("account"));
    }

    /** The caller's own address (blank: none) and mail language, which they always give (no change by accident). */
    record OwnContactRequest(@Size(max = 320) @Email(regexp = "|[^\\s\\p{Cntrl}<>,;\"]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}")
            String email, @NotNull @Pattern(regexp = "zh-CN|en") String language) {
    }

    @GetMapping("/me/contact")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','HANDLER','ENGINEER','CONSULTANT','PROJECT_COMPANY','HQ','ADMIN')")
    @Operation(summary = "The caller's own e-mail address and mail language (staff mail: assignments, time limits, "
            + "escalations)", operationId = "getMyContact")
    StaffContact myContact() {
        return organisation.contact(organisation.currentUser().accountId())
                .orElseThrow(() -> DomainException.notFound("account"));
    }

    @PutMapping("/me/contact")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','HANDLER','ENGINEER','CONSULTANT','PROJECT_COMPANY','HQ','ADMIN')")
    @Operation(summary = "Set the caller's own e-mail address (blank: none) and mail language", operationId = "putMyContact")
    StaffContact setMyContact(@Valid @RequestBody OwnContactRequest body) {
        return administration.setOwnContact(organisation.currentUser(), body.email(), body.language());
    }
}
