package com.estatecare.workbench.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.workbench.ViewFilters.ViewList;
import com.estatecare.workbench.internal.SavedViews.SavedView;
import com.estatecare.workbench.internal.SavedViews.ViewContent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "Workbench")
@StaffOnly
class SavedViewController {

    private final SavedViews views;
    private final Organisation organisation;

    SavedViewController(SavedViews views, Organisation organisation) {
        this.views = views;
        this.organisation = organisation;
    }

    /**
     * A view to save: {@code filters} are the list's query parameters by name, e.g. {@code {"assignee":"ME"}};
     * {@code shared} (default false) offers it to the author's branch.
     */
    record ViewBody(@NotBlank @Size(max = 60) String name, @NotNull ViewList list, Map<String, String> filters,
            Boolean shared, Long version) {

        ViewContent content() {
            return new ViewContent(name, list, filters, Boolean.TRUE.equals(shared));
        }
    }

    /** My views and those colleagues share with me. */
    record Views(List<SavedView> items) {
    }

    @GetMapping("/api/v1/me/views")
    @Operation(summary = "My saved views (at most 50), then those my colleagues share with my branch (at most 100)")
    Views list() {
        return new Views(views.visibleTo(organisation.currentUser()));
    }

    @PostMapping("/api/v1/me/views")
    @Operation(summary = "Save a view: a name, the list (REQUESTS or TIME_LIMITS) and its filters; unknown filters"
            + " are refused naming them; at most 50 per person")
    ResponseEntity<SavedView> create(@Valid @RequestBody ViewBody body) {
        SavedView view = views.create(body.content(), organisation.currentUser());
        return ResponseEntity.created(URI.create("/api/v1/me/views/" + view.id())).body(view);
    }

    @PutMapping("/api/v1/me/views/{id}")
    @Operation(summary = "Change one of my views (version required)")
    SavedView update(@PathVariable long id, @Valid @RequestBody ViewBody body) {
        if (body.version() == null) {
            throw com.estatecare.platform.DomainException.invalidField("version", "required");
        }
        return views.update(id, body.version(), body.content(), organisation.currentUser());
    }

    @DeleteMapping("/api/v1/me/views/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my views")
    void delete(@PathVariable long id) {
        views.delete(id, organisation.currentUser());
    }
}
