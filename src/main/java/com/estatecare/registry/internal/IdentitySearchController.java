package com.estatecare.registry.internal;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.IdentityDocument;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.IdentityDocuments;
import com.estatecare.registry.Registry;
import com.estatecare.registry.internal.RegistryController.CustomerItem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Projects, buildings, units, components, customers and ownership")
class IdentitySearchController {

    private final IdentityDocuments identityDocuments;
    private final Registry registry;
    private final Organisation organisation;

    IdentitySearchController(IdentityDocuments identityDocuments, Registry registry, Organisation organisation) {
        this.identityDocuments = identityDocuments;
        this.registry = registry;
        this.organisation = organisation;
    }

    record IdentitySearch(@Size(max = 20) String idType, @NotBlank @Size(max = 40) String idNumber) {
    }

    @PostMapping("/customers/identity-search")
    @StaffOnly
    @Operation(summary = "The customers the caller may see whose identity document is exactly this one (found by"
            + " its blind index; the number travels in the body, never in a URL); masked as everywhere. Staff only")
    List<CustomerItem> customersByIdentity(@Valid @RequestBody IdentitySearch body) {
        CurrentUser user = organisation.currentUser();
        IdentityDocument identity = IdentityInput.identity(body.idType(), body.idNumber())
                .orElseThrow(() -> DomainException.invalidField("idNumber", "required"));
        List<CustomerView> found = identityDocuments.customersWith(identity, user);
        var units = registry.unitsOf(found.stream().map(CustomerView::id).toList());
        return found.stream().map(c -> CustomerItem.of(c, units.getOrDefault(c.id(), List.of()))).toList();
    }
}
