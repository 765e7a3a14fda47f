package com.estatecare.knowledge.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.Requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Knowledge", description = "The case library 客服案例库: proposals, review, Chinese full-text search, synonyms")
class CaseController {

    /** The most characters of a search. */
    static final int MAX_QUERY = 200;

    private final CaseLibrary library;
    private final CaseSearch search;
    private final Synonyms synonyms;
    private final Organisation organisation;
    private final Requests requests;

    CaseController(CaseLibrary library, CaseSearch search, Synonyms synonyms, Organisation organisation,
            Requests requests) {
        this.requests = requests;
        this.library = library;
        this.search = search;
        this.synonyms = synonyms;
        this.organisation = organisation;
    }

    /** A case's texts as a manager writes them; {@code version} when editing. */
    @Schema(name = "CaseTexts")
    record Texts(@NotBlank @Size(max = CaseProposal.MAX_TEXT) String problem,
            @Size(max = CaseProposal.MAX_TEXT) String cause, @Size(max = CaseProposal.MAX_TEXT) String solution,
            @Size(max = CaseProposal.MAX_TEXT) String lessons, Category category, Long version) {

        CaseLibrary.Texts texts() {
            return new CaseLibrary.Texts(problem, cause, solution, lessons, category);
        }
    }

    /** The manager's decision on a proposed case. */
    @Schema(name = "CaseReview")
    record Review(@NotNull Long version, @Size(max = 400) String note) {
    }

    /** The description typed at intake. */
    @Schema(name = "SimilarCasesQuery")
    record Similar(@NotNull @Size(max = 4000) String description, Integer limit) {
    }

    /** A closed complaint proposed as a case, with what the proposer learnt from it. */
    @Schema(name = "CaseProposalBody")
    record Proposal(@NotNull Long requestId, @Size(max = CaseProposal.MAX_TEXT) String lessons) {
    }

    @Schema(name = "SynonymSetBody")
    record SynonymBody(@NotNull @Size(min = 2, max = Synonyms.MAX_TERMS) List<@NotNull @Size(max = 40) String> terms) {
    }

    @GetMapping("/api/v1/cases")
    @StaffOnly
    @Operation(summary = "Cases of the caller's branch in one status (PROPOSED: 待审核, APPROVED, REJECTED), newest first",
            operationId = "listCases")
    CursorPage<KnowledgeCase> list(@RequestParam(defaultValue = "APPROVED") KnowledgeCase.Status status,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return library.list(status, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @GetMapping("/api/v1/cases/{id}")
    @StaffOnly
    @Operation(summary = "One case", operationId = "getCase")
    KnowledgeCase get(@PathVariable long id) {
        return library.find(id, organisation.currentUser());
    }

    @GetMapping("/api/v1/cases/search")
    @StaffOnly
    @Operation(summary = "Approved cases holding every word of q or one of its synonyms, most relevant first",
            description = "q is cut into words by Lucene's smartcn segmenter and widened by the company's synonym"
                    + " sets (漏水 finds 渗水 only when a set holds both); at most 200 characters; limit 1–50.",
            operationId = "searchCases")
    List<KnowledgeCase.Hit> search(@RequestParam String q, @RequestParam(required = false) Integer limit) {
        return search.search(query("q", q), hits(limit), organisation.currentUser());
    }

    @PostMapping("/api/v1/cases/similar")
    @StaffOnly
    @Operation(summary = "The approved cases most like a description typed at intake (any word shared, ranked)",
            operationId = "similarCases")
    List<KnowledgeCase.Hit> similar(@Valid @RequestBody Similar body) {
        return search.similar(body.description(), body.limit() == null ? 5 : hits(body.limit()),
                organisation.currentUser());
    }

    @PostMapping("/api/v1/cases/proposals")
    @PreAuthorize("hasAnyRole('AGENT','HANDLER','MANAGER','HQ','ADMIN')")
    @Operation(summary = "Propose a closed complaint of the caller's branch as a case (推荐为案例), prefilled from it",
            description = "The complaint must be done, verified, revisited or archived (else 409"
                    + " case-not-a-closed-complaint); a case returned by a manager is proposed again with the new"
                    + " lessons; a case waiting or approved already is 409 case-exists with its caseId.",
            operationId = "proposeCase")
    ResponseEntity<KnowledgeCase> propose(@Valid @RequestBody Proposal body) {
        CurrentUser user = organisation.currentUser();
        long id = requests.find(body.requestId(), user).id();
        RequestFacts facts = requests.facts(id).orElseThrow(() -> DomainException.notFound("request"));
        CaseProposal prefilled = requests.narrative(id).map(text -> CaseProposal.from(text, facts.number()))
                .orElseGet(() -> new CaseProposal("投诉 " + facts.number(), null, null, null));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(library.proposeByHand(facts, prefilled, body.lessons(), user));
    }

    @PostMapping("/api/v1/cases")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Operation(summary = "A case written by a manager from experience (not from a complaint), proposed for review",
            description = "The case is PROPOSED (待审核), as a complaint proposed as a case is; another manager approves"
                    + " or returns it (its writer may not: 403 case-four-eyes). problem 1–4,000 characters; cause,"
                    + " solution and lessons at most 4,000; category optional.",
            operationId = "writeCase")
    ResponseEntity<KnowledgeCase> write(@Valid @RequestBody Texts body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(library.write(body.texts(), organisation.currentUser()));
    }

    @PutMapping("/api/v1/cases/{id}")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ')")
    @Operation(summary = "Edit a proposed or approved case at the version read (stale: 409)", operationId = "editCase")
    KnowledgeCase edit(@PathVariable long id, @Valid @RequestBody Texts body) {
        if (body.version() == null) {
            throw DomainException.invalidField("version", "required");
        }
        return library.edit(id, body.version(), body.texts(), organisation.currentUser());
    }

    @PostMapping("/api/v1/cases/{id}/approve")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ')")
    @Operation(summary = "Approve a proposed case into the library (入库); not by its proposer or writer (403"
            + " case-four-eyes)", operationId = "approveCase")
    KnowledgeCase approve(@PathVariable long id, @Valid @RequestBody Review body) {
        return library.review(id, body.version(), true, body.note(), organisation.currentUser());
    }

    @PostMapping("/api/v1/cases/{id}/reject")
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN','HQ')")
    @Operation(summary = "Return a proposed case (退回, code REJECTED); not by its proposer or writer (403"
            + " case-four-eyes)", operationId = "rejectCase")
    KnowledgeCase reject(@PathVariable long id, @Valid @RequestBody Review body) {
        return library.review(id, body.version(), false, body.note(), organisation.currentUser());
    }

    @GetMapping("/api/v1/case-synonyms")
    @StaffOnly
    @Operation(summary = "The synonym sets of the caller's company", operationId = "listCaseSynonyms")
    List<Synonyms.SynonymSet> synonyms() {
        return synonyms.list(organisation.currentUser().companyId());
    }

    @PostMapping("/api/v1/case-synonyms")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A new synonym set (2–20 words of 1–40 letters or digits)", operationId = "createCaseSynonyms")
    ResponseEntity<Synonyms.SynonymSet> createSynonyms(@Valid @RequestBody SynonymBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(synonyms.create(body.terms(), organisation.currentUser()));
    }

    @PutMapping("/api/v1/case-synonyms/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Replace a synonym set's terms", operationId = "replaceCaseSynonyms")
    Synonyms.SynonymSet replaceSynonyms(@PathVariable long id, @Valid @RequestBody SynonymBody body) {
        return synonyms.replace(id, body.terms(), organisation.currentUser());
    }

    @DeleteMapping("/api/v1/case-synonyms/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Delete a synonym set", operationId = "deleteCaseSynonyms")
    ResponseEntity<Map<String, Object>> deleteSynonyms(@PathVariable long id) {
        synonyms.delete(id, organisation.currentUser());
        return ResponseEntity.noContent().build();
    }

    private static String query(String field, String q) {
        if (q == null || q.isBlank() || q.length() > MAX_QUERY) {
            throw DomainException.invalidField(field, "length", 1, MAX_QUERY);
        }
        return q;
    }

    private static int hits(Integer limit) {
        if (limit == null) {
            return 20;
        }
        if (limit < 1 || limit > CaseSearch.MAX_HITS) {
            throw DomainException.invalidField("limit", "range", 1, CaseSearch.MAX_HITS);
        }
        return limit;
    }
}
