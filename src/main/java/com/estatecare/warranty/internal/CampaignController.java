package com.estatecare.warranty.internal;

import java.net.URI;
import java.time.LocalDate;
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

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.warranty.CampaignView;
import com.estatecare.warranty.Campaigns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/campaigns")
@Tag(name = "Maintenance campaigns", description = "Proactive maintenance campaigns (定期保养), their visits and ratings")
class CampaignController {

    private static final String STAFF = "hasAnyRole('ADMIN','AGENT','ENGINEER','HANDLER','CONSULTANT','MANAGER','PROJECT_COMPANY','HQ')";

    private final Campaigns campaigns;
    private final Organisation organisation;

    CampaignController(Campaigns campaigns, Organisation organisation) {
        this.campaigns = campaigns;
        this.organisation = organisation;
    }

    record CampaignBody(@NotNull Long projectId, @NotEmpty @Size(max = 100) List<@NotNull Long> buildingIds,
            @NotBlank @Size(max = 40) String componentCode, @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','AGENT','MANAGER')")
    @Operation(summary = "Plan a campaign: a visit per unit of the buildings, spread over the period's working days")
    ResponseEntity<CampaignView> plan(@Valid @RequestBody CampaignBody body) {
        CampaignView view = campaigns.plan(new Campaigns.NewCampaign(body.projectId(), body.buildingIds(),
                body.componentCode(), body.title(), body.startsOn(), body.endsOn()), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + view.id())).body(view);
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "The campaigns of the caller's branch with their progress: visits, done, rated, average")
    List<CampaignView> list() {
        return campaigns.list(organisation.currentUser());
    }

    @GetMapping("/{id}/visits")
    @PreAuthorize(STAFF)
    @Operation(summary = "A campaign's visits in the order planned, a page at a time")
    CursorPage<CampaignView.Visit> visits(@PathVariable long id, @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return campaigns.visits(id, cursor, CursorPage.limit(limit), organisation.currentUser());
    }

    @GetMapping("/planned-visits")
    @PreAuthorize(STAFF)
    @Operation(summary = "The dispatch board's maintenance visits: those of the caller's branch planned from a day to a"
            + " day (at most 31 days), done or not, by day; at most 500")
    List<CampaignView.Visit> planned(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        return campaigns.planned(from, to, organisation.currentUser());
    }

    @GetMapping("/my-visits")
    @Operation(summary = "Staff: the open visits of their branch up to a week ahead; an owner: their units' visits")
    List<CampaignView.Visit> mine() {
        return campaigns.mine(organisation.currentUser());
    }

    record DoneBody(@Size(max = 1000) String note) {
    }

    @PostMapping("/visits/{id}/done")
    @PreAuthorize("hasAnyRole('ADMIN','AGENT','ENGINEER','MANAGER')")
    @Operation(summary = "Mark a visit done, with a note; marking it again changes nothing")
    CampaignView.Visit done(@PathVariable long id, @Valid @RequestBody(required = false) DoneBody body) {
        return campaigns.done(id, body == null ? null : body.note(), organisation.currentUser());
    }

    record RatingBody(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 500) String comment) {
    }

    @PostMapping("/visits/{id}/rating")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "The owner rates a visit to their unit that was done (1–5, with a comment), once")
    CampaignView.Visit rate(@PathVariable long id, @Valid @RequestBody RatingBody body) {
        return campaigns.rate(id, body.rating(), body.comment(), organisation.currentUser());
    }
}
