package com.estatecare.policies.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.StaffOnly;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "Policies", description = "Rules as data: versioned, audited, with the spec's numbers as defaults")
class PolicyController {

    private final Policies policies;
    private final Organisation organisation;

    PolicyController(Policies policies, Organisation organisation) {
        this.policies = policies;
        this.organisation = organisation;
    }

    @GetMapping
    @StaffOnly
    @Operation(summary = "The kinds of policy that can be read and changed")
    List<String> kinds() {
        return policies.kinds();
    }

    @GetMapping("/{kind}")
    @StaffOnly
    @Operation(summary = "The policy in force: the company's own version, else the group's, else the defaults")
    Versioned<?> current(@PathVariable String kind, @RequestParam(required = false) Long companyId) {
        return policies.currentByKind(kind, company(companyId, organisation.currentUser()));
    }

    @GetMapping("/{kind}/versions")
    @StaffOnly
    @Operation(summary = "Every version of a policy, newest first, with who changed it, when and why; with a cursor")
    CursorPage<Versioned<?>> history(@PathVariable String kind, @RequestParam(required = false) Long companyId,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return policies.history(kind, company(companyId, organisation.currentUser()), cursor, CursorPage.limit(limit));
    }

    record Change(@NotNull Object policy, @NotBlank @Size(max = 1000) String reason) {
    }

    @PutMapping("/{kind}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Store a new version; a policy that cannot work is refused with 400 and nothing changes", operationId = "changePolicy")
    Versioned<?> change(@PathVariable String kind, @RequestParam(required = false) Long companyId,
            @Valid @RequestBody Change body) {
        CurrentUser user = organisation.currentUser();
        return policies.change(kind, company(companyId, user), body.policy(), body.reason(), user);
    }

    /** Group-wide (0) for group staff by default; a company only if the caller's scope covers it. */
    private long company(Long requested, CurrentUser user) {
        if (requested == null) {
            return user.companyId() == null ? Policies.GROUP : user.companyId();
        }
        if (requested == Policies.GROUP) {
            if (user.companyId() != null) {
                throw DomainException.notFound("policy");
            }
            return Policies.GROUP;
        }
        organisation.node(requested).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.notFound("policy"));
        return requested;
    }
}
