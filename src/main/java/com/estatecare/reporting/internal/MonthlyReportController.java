package com.estatecare.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The monthly customer-service report (客服月报) and the quarterly evaluation report (季度评估报告) over HTTP, as JSON, Excel or PDF. */
@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAnyRole('MANAGER','HQ','ADMIN')")
@Tag(name = "Reports", description = "The monthly customer-service report (客服月报) and the quarterly evaluation"
        + " report (季度评估报告)")
class MonthlyReportController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> FORMATS = List.of("json", "xlsx", "pdf");

    private final MonthlyReports reports;
    private final ReportWorkbook workbook;
    private final ReportDocument document;
    private final Organisation organisation;

    MonthlyReportController(MonthlyReports reports, ReportWorkbook workbook, ReportDocument document,
            Organisation organisation) {
        this.reports = reports;
        this.workbook = workbook;
        this.document = document;
        this.organisation = organisation;
    }

    @GetMapping("/monthly")
    @Operation(summary = "The monthly report of an organisation node and a month",
            description = "Every KPI of the report is counted in the database for the node's branch and the"
                    + " month's days in Asia/Shanghai (formulas: docs/kpis.md); KPIs the data cannot give yet are"
                    + " listed in notAvailable. An unknown org, a malformed or future month or an unknown format"
                    + " is a 400 naming the field; a node outside the caller's scope a 404.",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = MonthlyReport.class)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) }))
    ResponseEntity<?> monthly(
            @Parameter(description = "organisation node id (default: the caller's own)")
            @RequestParam(required = false) Long org,
            @Parameter(description = "the month, yyyy-MM, not after the current month in Asia/Shanghai",
                    example = "2026-11") @RequestParam(required = false) String month,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(defaultValue = "json")
            String format) {
        return answer(org, ReportingPeriod.parse("month", month, false, true), "month", format);
    }

    @GetMapping("/quarterly")
    @Operation(summary = "The quarterly evaluation report (季度评估报告) of an organisation node and a quarter",
            description = "The monthly report's KPIs and sections over the quarter's three months, counted by the"
                    + " same aggregates over the longer range (docs/kpis.md). An unknown org, a malformed period"
                    + " (not yyyy-Qn), a quarter that starts after the current month or an unknown format is a 400"
                    + " naming the field; a node outside the caller's scope a 404.",
            responses = @ApiResponse(responseCode = "200", description = "The report", content = {
                    @Content(mediaType = "application/json", schema = @Schema(implementation = MonthlyReport.class)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")) }))
    ResponseEntity<?> quarterly(
            @Parameter(description = "organisation node id (default: the caller's own)")
            @RequestParam(required = false) Long org,
            @Parameter(description = "the quarter, yyyy-Qn (n 1-4), not starting after the current month in"
                    + " Asia/Shanghai", example = "2026-Q4") @RequestParam(required = false) String period,
            @Parameter(description = "json (default), xlsx or pdf") @RequestParam(defaultValue = "json")
            String format) {
        return answer(org, ReportingPeriod.parse("period", period, true, false), "period", format);
    }

    private ResponseEntity<?> answer(Long org, ReportingPeriod period, String field, String format) {
        checkFormat(format);
        Locale locale = LocaleContextHolder.getLocale();
        MonthlyReport report = reports.forUser(org, period, field, organisation.currentUser(), locale);
        return switch (format) {
            case "xlsx" -> file(workbook.write(report, locale), XLSX, report.title(), "xlsx");
            case "pdf" -> file(document.write(report, locale), MediaType.APPLICATION_PDF, report.title(), "pdf");
            default -> ResponseEntity.ok(report);
        };
    }

    static void checkFormat(String format) {
        if (!FORMATS.contains(format)) {
            throw DomainException.invalidInput(List.of(new FieldProblem("format", "one-of",
                    new Object[] { String.join(", ", FORMATS) })));
        }
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String title, String extension) {
        String name = title + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
