package com.estatecare.delivery.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.delivery.DeliveryBoard;
import com.estatecare.delivery.InspectionView;
import com.estatecare.delivery.Inspections;
import com.estatecare.delivery.Room;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery", description = "Delivery inspections (交付验房), their findings, the delivery board")
class InspectionController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";
    private static final String INSPECTORS = "hasAnyRole('ADMIN','AGENT','ENGINEER','MANAGER')";

    private final Inspections inspections;
    private final DeliveryBoard board;
    private final Organisation organisation;

    InspectionController(Inspections inspections, DeliveryBoard board, Organisation organisation) {
        this.inspections = inspections;
        this.board = board;
        this.organisation = organisation;
    }

    record AppointmentBody(@NotNull Long unitId, @NotNull Instant appointedAt, @Size(max = 100) String inspector) {
    }

    @PostMapping("/inspections")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Appoint a unit's delivery inspection with its owner (a unit already appointed is moved)")
    ResponseEntity<InspectionView> appoint(@Valid @RequestBody AppointmentBody body) {
        InspectionView view = inspections.appoint(body.unitId(), body.appointedAt(), body.inspector(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/delivery/inspections/" + view.id())).body(view);
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "An inspection with its findings and the repair requests they became")
    InspectionView get(@PathVariable long id) {
        return inspections.get(id, organisation.currentUser());
    }

    record FindingBody(@NotNull Room room, @NotBlank @Size(max = 40) String componentCode,
            @NotBlank @Size(max = 1000) String description) {
    }

    @PostMapping("/inspections/{id}/findings")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Record a finding: room, component (its warranty), what is wrong")
    ResponseEntity<InspectionView> addFinding(@PathVariable long id, @Valid @RequestBody FindingBody body) {
        InspectionView view = inspections.addFinding(id,
                new Inspections.NewFinding(body.room(), body.componentCode(), body.description()),
                organisation.currentUser());
        return ResponseEntity.status(201).body(view);
    }

    @PostMapping("/inspections/{id}/deliver")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Finish the inspection: each finding without a request becomes a repair request, once")
    InspectionView deliver(@PathVariable long id) {
        return inspections.deliver(id, organisation.currentUser());
    }

    @GetMapping("/projects/{id}/board")
    @PreAuthorize(STAFF)
    @Operation(summary = "A project's delivery board: figures and a page of units (inspection, open findings, keys)")
    DeliveryBoard.ProjectDelivery board(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        return board.of(id, cursor, CursorPage.limit(limit), user);
    }

    @GetMapping("/my-inspections")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The owner's own units' delivery inspections, their findings and repairs")
    List<InspectionView> mine() {
        return inspections.ofOwner(organisation.currentUser());
    }
}
