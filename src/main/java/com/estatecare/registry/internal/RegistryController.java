package com.estatecare.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.IdentityDocument;
import com.estatecare.platform.MaskedText;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.registry.BuildingView;
import com.estatecare.registry.ComponentView;
import com.estatecare.registry.CustomerDetails;
import com.estatecare.registry.CustomerGrade;
import com.estatecare.registry.CustomerKind;
import com.estatecare.registry.CustomerView;
import com.estatecare.registry.OwnershipRole;
import com.estatecare.registry.OwnershipView;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonSerialize;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Projects, buildings, units, components, customers and ownership")
class RegistryController {

    private static final String STAFF_WRITE = "hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY','HQ')";
    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";
    private static final int MAX_UNIT_IDS = 200;
    private final Registry registry;
    private final Organisation organisation;

    RegistryController(Registry registry, Organisation organisation) {
        this.registry = registry;
        this.organisation = organisation;
    }

    record UnitItem(long id, long projectId, String project, long buildingId, String building, String unitNo,
            Integer floor, BigDecimal areaSqm, String layout, LocalDate deliveredOn) {
        static UnitItem of(UnitView u) {
            return new UnitItem(u.id(), u.projectId(), u.project(), u.buildingId(), u.building(), u.unitNo(), u.floor(),
                    u.areaSqm(), u.layout(), u.deliveredOn());
        }
    }

    /** A customer as staff see it: phone and e-mail masked (SPEC §13), with the staff's note (备注). */
    record CustomerItem(long id, String name, CustomerKind kind, CustomerGrade grade, String phone, String email,
            String wechat, String preferredChannel, Long advisorId, long version, List<UnitItem> units,
            @JsonSerialize(using = MaskedText.class) String note, String idType, String idNumber) {
        static CustomerItem of(CustomerView c, List<UnitView> units) {
            return new CustomerItem(c.id(), c.name(), c.kind(), c.grade(), PhoneNumber.mask(c.phone()),
                    maskEmail(c.email()), c.wechat() == null ? null : "******", c.preferredChannel(), c.advisorId(),
                    c.version(), units.stream().map(UnitItem::of).toList(), c.note(), c.idType(), c.idMasked());
        }
    }

    /**
     * A customer as they read their own record: who they are, how to reach
     * them (masked as for staff) and their units. Not the staff's records of
     * them: no grade, advisor or internal note.
     */
    record OwnCustomerItem(long id, String name, CustomerKind kind, String phone, String email, String wechat,
            String preferredChannel, List<UnitItem> units, String idType, String idNumber) {
        static OwnCustomerItem of(CustomerView c, List<UnitView> units) {
            return new OwnCustomerItem(c.id(), c.name(), c.kind(), PhoneNumber.mask(c.phone()), maskEmail(c.email()),
                    c.wechat() == null ? null : "******", c.preferredChannel(),
                    units.stream().map(UnitItem::of).toList(), c.idType(), c.idMasked());
        }
    }

    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    @GetMapping("/projects")
    @Operation(summary = "The projects the caller may see")
    List<ProjectView> projects() {
        return registry.projectsVisibleTo(organisation.currentUser());
    }

    record ProjectRequest(@NotNull Long companyId, @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 200) String name, @Size(max = 100) String city, @Size(max = 400) String address) {
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','HQ','PROJECT_COMPANY')")
    @Operation(summary = "Create a project under a company")
    ProjectView createProject(@Valid @RequestBody ProjectRequest body) {
        CurrentUser user = organisation.currentUser();
        organisation.node(body.companyId()).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.unknownReference("companyId"));
        return registry.createProject(body.companyId(), body.code(), body.name(), body.city(), body.address());
    }

    @GetMapping("/projects/{id}/buildings")
    @Operation(summary = "The buildings of a project")
    List<BuildingView> buildings(@PathVariable long id) {
        visibleProject(id, organisation.currentUser());
        return registry.buildingsOf(id);
    }

    /** The name is at most as long as an import allows: the building's organisation code is derived from it. */
    record BuildingRequest(@NotNull Long projectId, @NotBlank @Size(max = UnitImport.MAX_BUILDING_NAME) String name,
            @PositiveOrZero Integer floors) {
    }

    @PostMapping("/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Add a building to a project; a name used in the project already is a 409")
    BuildingView createBuilding(@Valid @RequestBody BuildingRequest body) {
        CurrentUser user = organisation.currentUser();
        registry.project(body.projectId()).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("projectId"));
        return registry.createBuilding(body.projectId(), body.name(), body.floors());
    }

    @GetMapping("/units")
    @Operation(summary = "Search units by number, project or building, with a cursor")
    CursorPage<UnitItem> units(@RequestParam(required = false) String q, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Long buildingId, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return registry.searchUnits(q, projectId, buildingId, cursor, CursorPage.limit(limit), organisation.currentUser())
                .map(UnitItem::of);
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "One unit")
    UnitItem unit(@PathVariable long id) {
        return UnitItem.of(registry.unitVisibleTo(id, organisation.currentUser())
                .orElseThrow(() -> DomainException.notFound("unit")));
    }

    record UnitRequest(@NotNull Long buildingId, @NotBlank @Size(max = 40) String unitNo, Integer floor,
            @DecimalMin("0.0") @Digits(integer = 8, fraction = 2) BigDecimal areaSqm, @Size(max = 40) String layout,
            LocalDate deliveredOn) {
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Add a unit to a building; a number used in the building already is a 409")
    UnitItem createUnit(@Valid @RequestBody UnitRequest body) {
        CurrentUser user = organisation.currentUser();
        registry.building(body.buildingId()).filter(b -> user.covers(b.scopePath()))
                .orElseThrow(() -> DomainException.unknownReference("buildingId"));
        return UnitItem.of(registry.createUnit(body.buildingId(), body.unitNo(), body.floor(), body.areaSqm(),
                body.layout(), body.deliveredOn()));
    }

    /** An owner of a unit as staff see them: the phone masked (SPEC §13). */
    record UnitOwnerItem(long unitId, long customerId, String name, String phone, OwnershipRole role,
            LocalDate since) {
    }

    @GetMapping("/ownerships")
    @PreAuthorize(STAFF)
    @Operation(summary = "The owners and co-owners of up to 200 units (a page of the unit list), by unit; phone masked")
    List<UnitOwnerItem> ownerships(@RequestParam(required = false) List<Long> unitIds) {
        List<Long> ids = unitIds == null ? List.of() : unitIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.size() > MAX_UNIT_IDS) {
            throw DomainException.invalidField("unitIds", "max-items", MAX_UNIT_IDS);
        }
        return registry.ownersOf(ids, organisation.currentUser()).stream()
                .map(o -> new UnitOwnerItem(o.unitId(), o.customerId(), o.name(), PhoneNumber.mask(o.phone()), o.role(),
                        o.since()))
                .toList();
    }

    @GetMapping("/customers")
    @Operation(summary = "Search customers by name or phone, with a cursor; phone and e-mail masked;"
            + " an owner lists only their own record, without the staff's fields")
    CursorPage<?> customers(@RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        String digits = q == null ? null : q.matches("[\\d\\s\\-]+") ? PhoneNumber.normalise(q) : q;
        CurrentUser user = organisation.currentUser();
        CursorPage<CustomerView> page = registry.searchCustomers(digits, cursor, CursorPage.limit(limit), user);
        var units = registry.unitsOf(page.items().stream().map(CustomerView::id).toList());
        if (user.isOwner()) {
            return page.map(c -> OwnCustomerItem.of(c, units.getOrDefault(c.id(), List.of())));
        }
        return page.map(c -> CustomerItem.of(c, units.getOrDefault(c.id(), List.of())));
    }

    @GetMapping("/customers/{id}")
    @Operation(summary = "One customer with their units; phone and e-mail masked; an owner reads their own record"
            + " without the staff's fields (grade, advisor, version)")
    Object customer(@PathVariable long id) {
        CurrentUser user = organisation.currentUser();
        CustomerView c = registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        return user.isOwner() ? OwnCustomerItem.of(c, registry.unitsOf(id)) : CustomerItem.of(c, registry.unitsOf(id));
    }

    record CustomerRequest(@NotBlank @Size(max = 100) String name, @NotNull CustomerKind kind, CustomerGrade grade,
            @Size(max = 30) String phone, @Email @Size(max = 200) String email, @Size(max = 100) String wechat,
            @Size(max = 20) String preferredChannel, Long advisorId, @Size(max = 2000) String note, Long projectId,
            Long version, @Size(max = 20) String idType, @Size(max = 40) String idNumber) {
    }

    @PostMapping("/customers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Register a customer in a project, or in the caller's company")
    CustomerItem createCustomer(@Valid @RequestBody CustomerRequest body) {
        CurrentUser user = organisation.currentUser();
        CustomerDetails details = details(body, user);
        Optional<IdentityDocument> identity = IdentityInput.identity(body.idType(), body.idNumber());
        if (body.projectId() != null) {
            ProjectView project = registry.project(body.projectId()).filter(p -> user.covers(p.scopePath()))
                    .orElseThrow(() -> DomainException.unknownReference("projectId"));
            return CustomerItem.of(registry.registerCustomer(project.companyId(), project.scopePath(), details,
                    identity.orElse(null)), List.of());
        }
        if (user.companyId() == null) {
            throw DomainException.invalidField("projectId", "required");
        }
        return CustomerItem.of(registry.registerCustomer(user.companyId(), user.scopePath(), details,
                identity.orElse(null)), List.of());
    }

    @PutMapping("/customers/{id}")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Change a customer's details; the version read must be the current one. The identity"
            + " document stays as it is (PATCH changes it)")
    CustomerItem updateCustomer(@PathVariable long id, @Valid @RequestBody CustomerRequest body) {
        CurrentUser user = organisation.currentUser();
        registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        if (body.version() == null) {
            throw DomainException.invalidField("version", "required");
        }
        return CustomerItem.of(registry.updateCustomer(id, body.version(), details(body, user)), registry.unitsOf(id));
    }

    /** What staff may correct on a customer's file (客户服务档案); a field left out stays as it is. */
    record CustomerAmendment(@Size(max = 100) String name, @Size(max = 30) String phone, @Size(max = 2000) String note,
            @NotNull Long version, @Size(max = 20) String idType, @Size(max = 40) String idNumber) {
    }

    @PatchMapping("/customers/{id}")
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Correct a customer's name, phone, note or identity document (idType ID_CARD by default,"
            + " PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT; idNumber): a field left out stays as it is, an empty phone,"
            + " note or idNumber is removed; the version read must be the current one. The phone and idNumber are"
            + " new values in full (the masked ones are never sent back); the idNumber is stored encrypted")
    CustomerItem amendCustomer(@PathVariable long id, @Valid @RequestBody CustomerAmendment body) {
        CurrentUser user = organisation.currentUser();
        registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        if (body.name() != null && body.name().isBlank()) {
            throw DomainException.invalidField("name", "required");
        }
        String phone = PhoneNumber.normalise(body.phone());
        if (phone != null && !phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw DomainException.invalidField("phone", "phone");
        }
        String name = body.name() == null ? null : body.name().strip();
        Optional<IdentityDocument> identity = body.idNumber() == null ? null : IdentityInput.identity(body.idType(), body.idNumber());
        return CustomerItem.of(registry.amendCustomer(id, body.version(), name, phone, body.note(), identity),
                registry.unitsOf(id));
    }

    /** A unit the customer owns or co-owns, with its label ({@code 翠湖苑 3栋 1803}), role and since. */
    record OwnershipItem(UnitItem unit, String label, OwnershipRole role, LocalDate since) {
        static OwnershipItem of(OwnershipView o) {
            return new OwnershipItem(UnitItem.of(o.unit()), Registry.label(o.unit()), o.role(), o.since());
        }
    }

    @GetMapping("/customers/{id}/ownerships")
    @StaffOnly
    @Operation(summary = "The units the customer owns or co-owns (产权人, 共有产权人) that the caller may see, with"
            + " role and since. Staff only")
    List<OwnershipItem> ownerships(@PathVariable long id) {
        CurrentUser user = organisation.currentUser();
        registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        return registry.ownershipsOf(id, user).stream().map(OwnershipItem::of).toList();
    }

    private CustomerDetails details(CustomerRequest body, CurrentUser user) {
        String phone = PhoneNumber.normalise(body.phone());
        if (phone != null && !phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw DomainException.invalidField("phone", "phone");
        }
        if (body.advisorId() != null && organisation.staffVisibleTo(body.advisorId(), user).isEmpty()) {
            throw DomainException.unknownReference("advisorId");
        }
        return new CustomerDetails(body.name(), body.kind(), body.grade(), phone == null || phone.isEmpty() ? null : phone,
                body.email(), body.wechat(), body.preferredChannel(), body.advisorId(), body.note());
    }

    record OwnershipRequest(@NotNull Long unitId, @NotNull OwnershipRole role, LocalDate since) {
    }

    @PostMapping("/customers/{id}/ownerships")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(STAFF_WRITE)
    @Operation(summary = "Record that the customer owns or co-owns a unit")
    CustomerItem addOwnership(@PathVariable long id, @Valid @RequestBody OwnershipRequest body) {
        CurrentUser user = organisation.currentUser();
        registry.customerVisibleTo(id, user).orElseThrow(() -> DomainException.notFound("customer"));
        registry.unitVisibleTo(body.unitId(), user).orElseThrow(() -> DomainException.unknownReference("unitId"));
        registry.recordOwnership(id, body.unitId(), body.role(), body.since());
        return CustomerItem.of(registry.customerVisibleTo(id, user).orElseThrow(), registry.unitsOf(id));
    }

    @GetMapping("/components")
    @Operation(summary = "The components (部位) a repair or complaint can name, with their warranty group")
    List<ComponentView> components() {
        return registry.components();
    }

    private ProjectView visibleProject(long id, CurrentUser user) {
        return registry.projectsVisibleTo(user).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> DomainException.notFound("project"));
    }
}
