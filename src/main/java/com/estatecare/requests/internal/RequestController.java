package com.estatecare.requests.internal;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.Idempotency;
import com.estatecare.requests.Action;
import com.estatecare.requests.ActionCommand;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.RecordFilters;
import com.estatecare.requests.Request;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestDetailsContributor;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestListFilters;
import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.RequestView;
import com.estatecare.requests.ShownRequest;
import com.estatecare.requests.StaffRequestView;
import com.estatecare.requests.Requests;
import com.estatecare.requests.WaitingOn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "Intake and the life of a request (工单)")
class RequestController {

    private final Requests requests;
    private final RequestQueries queries;
    private final Organisation organisation;
    private final List<RequestDetailsContributor> contributors;
    private final ActionBodies bodies;
    private final Idempotency idempotency;

    RequestController(Requests requests, RequestQueries queries, Organisation organisation,
            List<RequestDetailsContributor> contributors, ActionBodies bodies, Idempotency idempotency) {
        this.contributors = contributors;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.requests = requests;
        this.queries = queries;
        this.organisation = organisation;
    }

    @PostMapping
    @Operation(summary = "Register a request; an Idempotency-Key makes a retry return the first result")
    ResponseEntity<?> register(@Valid @RequestBody NewRequest body,
            @RequestHeader(name = Idempotency.KEY_HEADER, required = false) String idempotencyKey) {
        CurrentUser user = organisation.currentUser();
        return idempotency.once(user.accountId(), idempotencyKey, body, () -> {
            Requests.Registered registered = requests.register(body, user);
            return ResponseEntity.created(URI.create("/api/v1/requests/" + registered.id())).body(registered);
        });
    }

    @GetMapping("/{id}")
    @Operation(summary = "A request with the steps the caller may take now, its clocks, grade and escalation;"
            + " an owner reads the customer's view of it")
    ShownRequest get(@PathVariable long id) {
        CurrentUser user = organisation.currentUser();
        return present(requests.find(id, user), user);
    }

    /**
     * Staff read the request with what other modules know of it (clocks, grade,
     * escalation: internal records); its customer reads the customer's view.
     */
    private ShownRequest present(Request request, CurrentUser user) {
        if (user.isOwner()) {
            return requests.customerView(request, user);
        }
        RequestView view = requests.view(request, user);
        Map<String, Object> details = new LinkedHashMap<>();
        for (RequestDetailsContributor contributor : contributors) {
            details.putAll(contributor.details(view.id()));
        }
        return new StaffRequestView(view, details);
    }

    @GetMapping("/{id}/timeline")
    @Operation(summary = "Every step, oldest first; an owner reads only the entries written to the customer")
    List<?> timeline(@PathVariable long id) {
        return requests.timeline(id, organisation.currentUser());
    }

    @GetMapping
    @Operation(summary = "List requests, newest first, with filters and a cursor; the workbench's queues are"
            + " filters: assignee=ME (mine), assignee=TEAM (my team: my department's, in my branch),"
            + " assignee=NONE (unassigned), open=true (everything open in my branch), waitingOn=CUSTOMER, ids (the"
            + " requests of a page of clocks, at most 100); orgNodeId narrows the list to a branch of the caller's"
            + " scope, and grade, clock, clockOutcome, decidedFrom/To, escalationLevel, escalatedFrom/To filter on"
            + " what the grading, time-limit and escalation modules record (staff only): the dashboard's"
            + " drill-down")
    CursorPage<?> list(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Long projectId, @RequestParam(required = false) Long buildingId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long assigneeId, @RequestParam(required = false) Instant createdFrom,
            @RequestParam(required = false) Instant createdTo, @RequestParam(required = false) String q,
            @Parameter(description = "ME: assigned to me; TEAM: handled by my department; NONE: neither a person nor a department took it (staff)")
            @RequestParam(required = false) RequestListFilters.Assignee assignee,
            @Parameter(description = "true: not archived or cancelled; false: archived or cancelled")
            @RequestParam(required = false) Boolean open,
            @Parameter(description = "CUSTOMER: only the customer's step is open (业主确认)")
            @RequestParam(required = false) WaitingOn waitingOn,
            @Parameter(description = "only these requests (at most 100), e.g. those of a page of clocks")
            @RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) Long orgNodeId,
            @Parameter(description = "received (receivedAt) at or after") @RequestParam(required = false) Instant receivedFrom,
            @Parameter(description = "received before") @RequestParam(required = false) Instant receivedTo,
            @Parameter(description = "a complaint's current grade, 1 (重大) to 4 (一般)") @RequestParam(required = false) Integer grade,
            @Parameter(description = "a time limit's key: a clock of that limit was decided") @RequestParam(required = false) String clock,
            @Parameter(description = "MET: a clock was met; BREACHED: a clock breached") @RequestParam(required = false) RecordFilters.ClockOutcome clockOutcome,
            @Parameter(description = "a clock was decided (met or breached) at or after") @RequestParam(required = false) Instant decidedFrom,
            @Parameter(description = "a clock was decided before") @RequestParam(required = false) Instant decidedTo,
            @Parameter(description = "climbed the ladder to this level (PROJECT_COMPANY, HEADQUARTERS)") @RequestParam(required = false) String escalationLevel,
            @Parameter(description = "the step up was taken at or after") @RequestParam(required = false) Instant escalatedFrom,
            @Parameter(description = "the step up was taken before") @RequestParam(required = false) Instant escalatedTo,
            @Parameter(description = "true: the owner's requests that wait on them (a plan to answer, finished work to"
                    + " confirm: their allowedActions); false: the others (owners only)")
            @RequestParam(required = false) Boolean awaitingMe,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        CurrentUser user = organisation.currentUser();
        String branch = orgNodeId == null ? null : organisation.node(orgNodeId).map(OrgNodeView::path)
                .filter(user::covers).orElseThrow(() -> DomainException.unknownReference("orgNodeId"));
        RecordFilters recorded = new RecordFilters(grade, clock, clockOutcome, decidedFrom, decidedTo, escalationLevel,
                escalatedFrom, escalatedTo);
        var page = queries.list(new RequestQueries.Filter(status, kind, category, projectId, buildingId, unitId,
                customerId, assigneeId, createdFrom, createdTo, q, assignee, open, waitingOn, ids, channel, branch,
                receivedFrom, receivedTo, recorded, awaitingMe), cursor, CursorPage.limit(limit), user);
        return user.isOwner() ? page.map(RequestQueries.CustomerItem::of) : page;
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a photo (JPEG, PNG, WebP) or a PDF, at most 10 MiB; what staff add is internal"
            + " unless shareWithCustomer=true, what an owner adds is theirs to see")
    ResponseEntity<Attachments.Attachment> attach(@PathVariable long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @RequestParam(defaultValue = "false") boolean shareWithCustomer) throws java.io.IOException {
        var attachment = requests.attach(id, file.getOriginalFilename(), file.getBytes(), shareWithCustomer,
                organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id + "/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The photos and documents of a request")
    List<Attachments.Attachment> attachments(@PathVariable long id) {
        return requests.attachments(id, organisation.currentUser());
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download one photo or document")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        var content = requests.attachment(id, attachmentId, organisation.currentUser());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                        .filename(content.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @PostMapping("/{id}/actions/{action}")
    @Operation(summary = "Take one lifecycle step; 409 names the steps allowed now",
            description = "The body is the record of the action named in the path (see the ActionCommand schemas "
                    + "and docs/api.md); a field the action does not have is refused with 400 not-for-action.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(oneOf = {
                            ActionCommand.Classify.class, ActionCommand.Dispatch.class, ActionCommand.Respond.class,
                            ActionCommand.Investigate.class, ActionCommand.AgreePlan.class,
                            ActionCommand.Complete.class, ActionCommand.Answer.class, ActionCommand.Verify.class,
                            ActionCommand.Revisit.class, ActionCommand.Archive.class, ActionCommand.Reopen.class,
                            ActionCommand.Cancel.class, ActionCommand.Link.class, ActionCommand.Note.class,
                            ActionCommand.NotifyProgress.class, ActionCommand.UpdateFacts.class,
                            ActionCommand.Reschedule.class }))))
    ShownRequest act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) JsonNode body) throws MethodArgumentNotValidException {
        CurrentUser user = organisation.currentUser();
        Action step = Action.fromPath(action)
                .orElseThrow(() -> DomainException.unknown("unknown-action", action));
        return present(requests.act(id, bodies.read(step, body), user), user);
    }
}
