package com.estatecare.club.internal;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.DomainException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The member magazine (会刊): staff edit and publish issues; members read them and opt in or out in the portal. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customer club", description = "Members, member cards, points and gifts of the customer club (客户会, SPEC §14)")
class MagazineController {

    private final Magazine magazine;
    private final Organisation organisation;

    MagazineController(Magazine magazine, Organisation organisation) {
        this.magazine = magazine;
        this.organisation = organisation;
    }

    record ClubMagazineIssueBody(Integer number, String title, LocalDate issueDate) {
    }

    record ClubMagazineArticleBody(String title, String body) {
    }

    record MyClubMagazineChoice(Boolean wanted, String consentTextVersion) {
    }

    @GetMapping("/club/magazine/issues")
    @StaffOnly
    @Operation(summary = "The member magazine's issues (会刊) the caller sees, newest number first, drafts too",
            operationId = "clubMagazineIssues")
    List<Magazine.Issue> issues() {
        return magazine.list(organisation.currentUser());
    }

    @PostMapping("/club/magazine/issues")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Start an issue as a draft: its number (unique in the company), title and date; of the"
            + " caller's company or companyId in their scope", operationId = "createClubMagazineIssue")
    ResponseEntity<Magazine.Issue> create(@RequestParam(required = false) Long companyId,
            @RequestBody ClubMagazineIssueBody body) {
        Magazine.Issue issue = magazine.create(companyId, body.number(), body.title(), body.issueDate(),
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/club/magazine/issues/" + issue.id())).body(issue);
    }

    @GetMapping("/club/magazine/issues/{id}")
    @StaffOnly
    @Operation(summary = "An issue with its articles", operationId = "clubMagazineIssue")
    Magazine.Issue issue(@PathVariable long id) {
        return magazine.one(id, organisation.currentUser());
    }

    @PostMapping("/club/magazine/issues/{id}/articles")
    @PreAuthorize(ClubController.CLUB_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an article (title, body of at most 20,000 characters) to a draft issue; a published"
            + " issue is 409 club-magazine-published", operationId = "addClubMagazineArticle")
    Magazine.Issue addArticle(@PathVariable long id, @RequestBody ClubMagazineArticleBody body) {
        return magazine.addArticle(id, body.title(), body.body(), organisation.currentUser());
    }

    @PostMapping(path = "/club/magazine/issues/{id}/pdf", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ClubController.CLUB_STAFF)
    @Operation(summary = "Attach the printed issue as a PDF (checked by its first bytes, at most 10 MiB) to a draft"
            + " issue, replacing one before", operationId = "attachClubMagazinePdf")
    Magazine.Issue attachPdf(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        if (file.getSize() > com.estatecare.platform.FileTypes.MAX_BYTES) {
            throw DomainException.invalidField("file", "range", 1, com.estatecare.platform.FileTypes.MAX_BYTES);
        }
        return magazine.attachPdf(id, file.getOriginalFilename(), file.getBytes(), organisation.currentUser());
    }

    @GetMapping("/club/magazine/issues/{id}/pdf")
    @StaffOnly
    @Operation(summary = "An issue's PDF", operationId = "clubMagazinePdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return pdfOf(id);
    }

    @PostMapping("/club/magazine/issues/{id}/publish")
    @PreAuthorize(ClubController.CLUB_MANAGERS)
    @Operation(summary = "Publish a draft issue: it is sent once to the members who opted in (their portal inbox) and"
            + " members read it in the portal; publishing again changes and sends nothing; an issue without article"
            + " or PDF is 409 club-magazine-empty", operationId = "publishClubMagazineIssue")
    Magazine.Issue publish(@PathVariable long id) {
        return magazine.publish(id, organisation.currentUser());
    }

    @GetMapping("/me/club/magazine")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The member's magazine page: the consent version to opt in with, whether they take the"
            + " magazine, and the published issues of their company", operationId = "myClubMagazine")
    Magazine.Mine mine() {
        return magazine.mine(organisation.currentUser());
    }

    @PutMapping("/me/club/magazine")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The member opts in to the magazine (wanted true, with consentTextVersion) or out; the"
            + " consent is recorded (purpose MAGAZINE) and audited", operationId = "chooseMyClubMagazine")
    Magazine.Mine choose(@RequestBody MyClubMagazineChoice body) {
        magazine.choose(body.wanted(), body.consentTextVersion(), organisation.currentUser());
        return magazine.mine(organisation.currentUser());
    }

    @GetMapping("/me/club/magazine/issues/{id}")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "A published issue of the member's company with its articles", operationId = "myClubMagazineIssue")
    Magazine.Issue read(@PathVariable long id) {
        return magazine.read(id, organisation.currentUser());
    }

    @GetMapping("/me/club/magazine/issues/{id}/pdf")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The PDF of a published issue of the member's company", operationId = "myClubMagazinePdf")
    ResponseEntity<byte[]> myPdf(@PathVariable long id) {
        return pdfOf(id);
    }

    private ResponseEntity<byte[]> pdfOf(long id) {
        Magazine.Pdf pdf = magazine.pdf(id, organisation.currentUser())
                .orElseThrow(() -> DomainException.notFound("club-magazine-pdf"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf.content());
    }
}
