package com.estatecare.reporting.internal;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The periodic product-defect report (项目缺陷反馈) over HTTP, as JSON, Excel or PDF, for every staff role. */
@RestController
@StaffOnly
@Tag(name = "Defect feedback", description = "Product-defect feedback 项目缺陷反馈: counts, trend, heat map, report")
class DefectFeedbackController {

    private final DefectFeedbackReports reports;
    private final DefectFeedbackFiles files;
    private final Organisation organisation;

    DefectFeedbackController(DefectFeedbackReports reports, DefectFeedbackFiles files, Organisation organisation) {
        this.reports = reports;
        this.files = files;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/reports/defects")
    @Operation(summary = "The product-defect report for design and engineering of a node and a month or quarter",
            description = "The recurring defects (2 or more of one building, component and cause) of the node's"
                    + " branch in the period, beside the period before, with the twelve months' trend per cause"
                    + " (docs/kpis.md). An unknown org, a malformed period (yyyy-MM or yyyy-Qn), a period starting"
                    + " after the current month or an unknown format is a 400 naming the field; a node outside the"
                    + " caller's scope a 404.", operationId = "defectFeedbackReport",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = DefectFeedbackReport.class)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) }))
    ResponseEntity<?> defects(
            @Parameter(description = "organisation node id (default: the caller's own)")
            @RequestParam(required = false) Long org,
            @Parameter(description = "a month yyyy-MM or a quarter yyyy-Qn, not starting after the current month in"
                    + " Asia/Shanghai", example = "2026-11") @RequestParam(required = false) String period,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(defaultValue = "json")
            String format) {
        ReportingPeriod asked = ReportingPeriod.parse("period", period, true, true);
        MonthlyReportController.checkFormat(format);
        Locale locale = LocaleContextHolder.getLocale();
        DefectFeedbackReport report = reports.forUser(org, asked, organisation.currentUser(), locale);
        return switch (format) {
            case "xlsx" -> MonthlyReportController.file(files.xlsx(report, locale), MonthlyReportController.XLSX,
                    report.title(), "xlsx");
            case "pdf" -> MonthlyReportController.file(files.pdf(report, locale), MediaType.APPLICATION_PDF,
                    report.title(), "pdf");
            default -> ResponseEntity.ok(report);
        };
    }
}
