package com.estatecare.registry.internal;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.InputLimits;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.internal.UnitImport.Rejected;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Bulk import of units and owners from CSV or Excel: all rows or none. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Registry", description = "Projects, buildings, units, components, customers and ownership")
class ImportController {

    private final UnitImporter importer;
    private final Registry registry;
    private final Organisation organisation;
    private final MessageSource messages;
    private final InputLimits limits;

    ImportController(UnitImporter importer, Registry registry, Organisation organisation, MessageSource messages,
            InputLimits limits) {
        this.importer = importer;
        this.registry = registry;
        this.organisation = organisation;
        this.messages = messages;
        this.limits = limits;
    }

    /** The answer to an import: {@code rejectedRows} is empty, or nothing was imported. */
    record ImportReport(int totalRows, int imported, int buildingsCreated, int customersCreated, boolean dryRun,
            List<RejectedRow> rejectedRows) {
    }

    record RejectedRow(int row, List<Map<String, String>> errors) {
    }

    @PostMapping(path = "/projects/{projectId}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN','AGENT','MANAGER','PROJECT_COMPANY','HQ')")
    @Operation(summary = "Import units and owners from a CSV or Excel file (part 'file'): all rows or none")
    ResponseEntity<ImportReport> importUnits(@PathVariable long projectId, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) {
        CurrentUser user = organisation.currentUser();
        ProjectView project = registry.project(projectId).filter(p -> user.covers(p.scopePath()))
                .orElseThrow(() -> DomainException.notFound("project"));
        UnitImporter.Result result = importer.run(project, ImportFile.read(file, limits.importRows()), dryRun);
        List<RejectedRow> rejected = result.rejected().stream().map(this::translate).toList();
        if (!rejected.isEmpty()) {
            throw DomainException.unprocessable("import-rejected", result.totalRows(),
                    rejected.size())
                    .with("totalRows", result.totalRows()).with("imported", 0).with("rejectedRows", rejected);
        }
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(new ImportReport(
                result.totalRows(), result.imported(), result.buildingsCreated(), result.customersCreated(), dryRun,
                List.of()));
    }

    private RejectedRow translate(Rejected rejected) {
        return new RejectedRow(rejected.row(), rejected.errors().stream().map(this::translate).toList());
    }

    private Map<String, String> translate(FieldProblem problem) {
        return Map.of("field", problem.field(), "reason", messages.getMessage("field.reason." + problem.reasonCode(),
                problem.arguments(), problem.reasonCode(), LocaleContextHolder.getLocale()));
    }
}
