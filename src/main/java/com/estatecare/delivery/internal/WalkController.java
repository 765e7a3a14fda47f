package com.estatecare.delivery.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.delivery.Checklist;
import com.estatecare.delivery.Checklists;
import com.estatecare.delivery.Contractors;
import com.estatecare.delivery.InspectionView;
import com.estatecare.delivery.InspectionWalk;
import com.estatecare.delivery.Measured;
import com.estatecare.delivery.Room;
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
@Tag(name = "Delivery", description = "The checklist (验房标准), results, defects, re-inspection and sign-off")
class WalkController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";
    private static final String INSPECTORS = "hasAnyRole('ADMIN','AGENT','ENGINEER','MANAGER')";
    private static final String EDITORS = "hasAnyRole('ADMIN','MANAGER')";

    private final InspectionWalk walk;
    private final Checklists checklists;
    private final Contractors contractors;
    private final Organisation organisation;

    WalkController(InspectionWalk walk, Checklists checklists, Contractors contractors, Organisation organisation) {
        this.walk = walk;
        this.checklists = checklists;
        this.contractors = contractors;
        this.organisation = organisation;
    }

    @GetMapping("/checklist")
    @PreAuthorize(STAFF)
    @Operation(summary = "The company's inspection checklist: the current version, or the one named")
    Checklist checklist(@RequestParam(required = false) Integer version) {
        return checklists.of(version, organisation.currentUser());
    }

    @GetMapping("/checklist/versions")
    @PreAuthorize(STAFF)
    @Operation(summary = "The versions of the company's checklist, newest first: number, items, who and when")
    CursorPage<Checklist.ChecklistVersion> versions(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return checklists.versions(cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    record ChecklistBody(@NotNull @Size(max = 100) List<Checklist.ChecklistItem> items) {
    }

    @PutMapping("/checklist")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Change the checklist: a new version; inspections keep the version they used")
    Checklist change(@Valid @RequestBody ChecklistBody body) {
        return checklists.change(body.items(), organisation.currentUser());
    }

    @GetMapping("/projects/{id}/contractors")
    @PreAuthorize(STAFF)
    @Operation(summary = "The contractors of a project, who rectify its defects")
    List<Contractors.Contractor> contractors(@PathVariable long id) {
        return contractors.ofProject(id, organisation.currentUser());
    }

    record ContractorBody(@NotBlank @Size(max = 100) String name, @Size(max = 100) String trade) {
    }

    @PostMapping("/projects/{id}/contractors")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Add a contractor to a project")
    ResponseEntity<Contractors.Contractor> addContractor(@PathVariable long id, @Valid @RequestBody ContractorBody body) {
        return ResponseEntity.status(201).body(contractors.add(id, body.name(), body.trade(), organisation.currentUser()));
    }

    @PutMapping("/projects/{id}/contractors/{contractorId}")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Rename a contractor of a project or change its trade")
    Contractors.Contractor changeContractor(@PathVariable long id, @PathVariable long contractorId,
            @Valid @RequestBody ContractorBody body) {
        return contractors.change(id, contractorId, body.name(), body.trade(), organisation.currentUser());
    }

    record ResultBody(Room room, String roomName, String itemCode, BigDecimal value, Boolean passed, String place,
            String note, Long contractorId) {
    }

    record ResultsBody(@NotNull @Size(max = InspectionWalk.MAX_RESULTS) List<ResultBody> results) {
    }

    @PostMapping("/inspections/{id}/results")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Record results of the checklist; a failed one becomes a defect with its deadline")
    InspectionView record(@PathVariable long id, @Valid @RequestBody ResultsBody body) {
        List<Measured> results = body.results().stream().map(r -> r == null ? new Measured(null, null, null, null,
                null, null, null, null) : new Measured(r.room(), r.roomName(), r.itemCode(), r.value(), r.passed(),
                        r.place(), r.note(), r.contractorId())).toList();
        return walk.record(id, results, organisation.currentUser());
    }

    record AssignmentBody(Long contractorId, LocalDate rectifyBy) {
    }

    @PutMapping("/inspections/{id}/findings/{findingId}/assignment")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "The contractor responsible for a defect and the day to rectify it by")
    InspectionView assign(@PathVariable long id, @PathVariable long findingId, @RequestBody AssignmentBody body) {
        return walk.assign(id, findingId, body.contractorId(), body.rectifyBy(), organisation.currentUser());
    }

    @PostMapping(path = "/inspections/{id}/findings/{findingId}/photos",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Add a photo to a defect (JPEG, PNG, WebP, at most 10 MiB; at most 6 a defect)")
    ResponseEntity<InspectionView> addPhoto(@PathVariable long id, @PathVariable long findingId,
            @RequestParam("file") MultipartFile file) throws IOException {
        return ResponseEntity.status(201).body(walk.addPhoto(id, findingId, file.getBytes(), organisation.currentUser()));
    }

    @GetMapping("/inspections/{id}/findings/{findingId}/photos/{photoId}")
    @Operation(summary = "A photo of a defect: staff of the branch, owners of the unit")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long findingId, @PathVariable long photoId) {
        var photo = walk.photo(id, findingId, photoId, organisation.currentUser());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=3600").body(photo.content());
    }

    record ReinspectionBody(@NotNull Boolean passed, @Size(max = 500) String note) {
    }

    @PostMapping("/inspections/{id}/findings/{findingId}/reinspection")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "Re-inspect a rectified defect (复验); failed, a new defect follows it")
    InspectionView reinspect(@PathVariable long id, @PathVariable long findingId,
            @Valid @RequestBody ReinspectionBody body) {
        return walk.reinspect(id, findingId, body.passed(), body.note(), organisation.currentUser());
    }

    @PostMapping(path = "/inspections/{id}/sign-off", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "The owner's signature drawn on the screen (PNG, at most 256 KiB): closes the inspection")
    InspectionView signOff(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return walk.signOff(id, file.getBytes(), organisation.currentUser());
    }

    @GetMapping("/inspections/{id}/signature")
    @Operation(summary = "The owner's signature: staff of the branch, owners of the unit")
    ResponseEntity<byte[]> signature(@PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header("Cache-Control", "private, max-age=3600")
                .body(walk.signature(id, organisation.currentUser()));
    }

    record RefusalBody(@NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/inspections/{id}/refusal")
    @PreAuthorize(INSPECTORS)
    @Operation(summary = "The owner refuses to sign, with a reason; the inspection stays open")
    InspectionView refuse(@PathVariable long id, @Valid @RequestBody RefusalBody body) {
        return walk.refuse(id, body.reason(), organisation.currentUser());
    }
}
