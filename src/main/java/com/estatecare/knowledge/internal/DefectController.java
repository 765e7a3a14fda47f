package com.estatecare.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@StaffOnly
@Tag(name = "Defect feedback", description = "Product-defect feedback 项目缺陷反馈: counts, trend, heat map, report")
class DefectController {

    private final DefectFigures figures;
    private final DefectReport report;
    private final Organisation organisation;
    private final Clock clock;

    DefectController(DefectFigures figures, DefectReport report, Organisation organisation, Clock clock) {
        this.clock = clock;
        this.figures = figures;
        this.report = report;
        this.organisation = organisation;
    }

    @GetMapping("/api/v1/defects")
    @Operation(summary = "Defects of the caller's branch per project, building, component and cause, most first",
            description = "Repairs received in [from, to] (whole days, Asia/Shanghai; at most two years) that are"
                    + " product defects; recurring: 2 or more. projectId outside the caller's branch: 404.",
            operationId = "listDefects")
    List<DefectFigures.Group> groups(@RequestParam(required = false) Long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.groups(projectId, period(from, to), organisation.currentUser());
    }

    @GetMapping("/api/v1/defects/trend")
    @Operation(summary = "Defects per month (Asia/Shanghai) and cause", operationId = "defectTrend")
    List<DefectFigures.Month> trend(@RequestParam(required = false) Long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.trend(projectId, period(from, to), organisation.currentUser());
    }

    @GetMapping("/api/v1/defects/heatmap")
    @Operation(summary = "A project's buildings (the registry's, every one) × floors or components, with counts",
            description = "by: FLOOR (1 to the highest floor) or COMPONENT (those that had defects); cells are"
                    + " [column, row, count], as ECharts' heat map reads them.", operationId = "defectHeatMap")
    DefectFigures.HeatMap heatMap(@RequestParam long projectId,
            @RequestParam(defaultValue = "FLOOR") DefectFigures.By by,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.heatMap(projectId, by, period(from, to), organisation.currentUser());
    }

    @GetMapping(value = "/api/v1/defects/report.csv", produces = "text/csv")
    @Operation(summary = "The defect report for design and engineering as CSV (UTF-8 with BOM: Excel and WPS open it)",
            operationId = "defectReport")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Long projectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportPeriod period = period(from, to);
        byte[] body = report.csv(projectId, period, organisation.currentUser());
        String name = "defects-" + period.from() + "-" + period.to() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The last twelve months by default. */
    private ReportPeriod period(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        return ReportPeriod.of(from != null ? from : today.minusMonths(11).withDayOfMonth(1), to != null ? to : today,
                ReportPeriod.Bucket.MONTH);
    }
}
