package com.estatecare.delivery.internal;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.delivery.NoticeView;
import com.estatecare.delivery.ProgressNotices;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/delivery")
@Tag(name = "Delivery", description = "Construction progress notices (工程进度通知) to a project's buyers")
class NoticeController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";
    private static final String PUBLISHERS = "hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY')";

    private final ProgressNotices notices;
    private final Organisation organisation;

    NoticeController(ProgressNotices notices, Organisation organisation) {
        this.notices = notices;
        this.organisation = organisation;
    }

    record NoticeBody(@NotBlank @Size(max = 7) String month, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 8000) String body) {
    }

    @PostMapping("/projects/{id}/notices")
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Publish the project's progress notice of a month to its buyers; one per month")
    ResponseEntity<NoticeView> publish(@PathVariable long id, @Valid @RequestBody NoticeBody body) {
        NoticeView notice = notices.publish(id, body.month(), body.title(), body.body(), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/delivery/notices/" + notice.id())).body(notice);
    }

    @GetMapping("/projects/{id}/notices")
    @PreAuthorize(STAFF)
    @Operation(summary = "A project's progress notices, newest month first")
    List<NoticeView> ofProject(@PathVariable long id) {
        return notices.ofProject(id, organisation.currentUser());
    }

    @PostMapping(path = "/notices/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(PUBLISHERS)
    @Operation(summary = "Add a photo (JPEG, PNG, WebP, at most 10 MiB; at most 9 a notice) to a notice")
    ResponseEntity<NoticeView> addPhoto(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        return ResponseEntity.status(201).body(notices.addPhoto(id, file.getBytes(), organisation.currentUser()));
    }

    @GetMapping("/notices/{id}/photos/{photoId}")
    @Operation(summary = "A photo of a notice: staff of its branch, owners of a unit of its project")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        var photo = notices.photo(id, photoId, organisation.currentUser())
                .orElseThrow(() -> DomainException.notFound("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("Cache-Control", "private, max-age=3600").body(photo.content());
    }

    @GetMapping("/my-notices")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The progress notices of the projects where the owner owns a unit, newest first")
    List<NoticeView> mine() {
        return notices.ofOwner(organisation.currentUser());
    }
}
