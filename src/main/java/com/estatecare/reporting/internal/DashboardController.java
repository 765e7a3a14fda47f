package com.estatecare.reporting.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.StaffOnly;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestVolumes;
import com.estatecare.timelimits.OnTimeFigures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The manager's dashboard over HTTP: one aggregate per chart, counted in the
 * database. {@code from}/{@code to} are days in Asia/Shanghai, both included;
 * {@code orgNodeId} a node in the caller's scope (default: their own).
 */
@RestController
@RequestMapping("/api/v1/dashboard")
@StaffOnly
@Tag(name = "Dashboard", description = "Aggregates of the manager's dashboard (管理看板), per period bucket and"
        + " organisation branch")
class DashboardController {

    private static final String PERIOD = "from/to: days (yyyy-MM-dd) in Asia/Shanghai, both included, at most"
            + " two years; bucket DAY, WEEK (from Monday) or MONTH, at most 400 buckets.";

    private final Dashboard dashboard;
    private final Organisation organisation;

    DashboardController(Dashboard dashboard, Organisation organisation) {
        this.dashboard = dashboard;
        this.organisation = organisation;
    }

    @GetMapping("/volumes")
    @Operation(summary = "Requests registered per bucket, by kind, channel, category, project or status",
            description = PERIOD + " The drill-down names the request list behind each cell.")
    Charts.VolumeChart volumes(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") ReportPeriod.Bucket bucket,
            @RequestParam(defaultValue = "KIND") RequestVolumes.GroupBy groupBy,
            @RequestParam(required = false) RequestKind kind, @RequestParam(required = false) Long orgNodeId) {
        return dashboard.volumes(ReportPeriod.of(from, to, bucket), groupBy, kind, orgNodeId,
                organisation.currentUser());
    }

    @GetMapping("/on-time")
    @Operation(summary = "On-time rate (及时率) per bucket: clocks met and breached, by limit or project",
            description = PERIOD + " A clock counts in the bucket in which it was met or breached; rate ="
                    + " met / (met + breached), null when none was decided.")
    Charts.OnTimeChart onTime(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") ReportPeriod.Bucket bucket,
            @RequestParam(defaultValue = "LIMIT") OnTimeFigures.GroupBy groupBy,
            @Parameter(description = "only the clocks of this limit key") @RequestParam(required = false) String limit,
            @RequestParam(required = false) Long orgNodeId) {
        return dashboard.onTime(ReportPeriod.of(from, to, bucket), groupBy, limit, orgNodeId,
                organisation.currentUser());
    }

    @GetMapping("/grades")
    @Operation(summary = "Complaints received per bucket by their current grade (1 重大 … 4 一般)",
            description = PERIOD)
    Charts.GradeChart grades(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") ReportPeriod.Bucket bucket,
            @RequestParam(required = false) Long orgNodeId) {
        return dashboard.grades(ReportPeriod.of(from, to, bucket), orgNodeId, organisation.currentUser());
    }

    @GetMapping("/hotspots")
    @Operation(summary = "Open hotspot complaints (热点投诉, grade 2) now, per project, with the newest 100")
    Charts.HotspotChart hotspots(@RequestParam(required = false) Long orgNodeId) {
        return dashboard.hotspots(orgNodeId, organisation.currentUser());
    }

    @GetMapping("/escalations")
    @Operation(summary = "Steps up the escalation ladder (投诉上移) per bucket, by the level reached",
            description = PERIOD)
    Charts.EscalationChart escalations(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "MONTH") ReportPeriod.Bucket bucket,
            @RequestParam(required = false) Long orgNodeId) {
        return dashboard.escalations(ReportPeriod.of(from, to, bucket), orgNodeId, organisation.currentUser());
    }

    @GetMapping("/fines")
    @Operation(summary = "Fines proposed in the period (累计处罚): count and amount in fen per status and liable"
            + " party; open = awaiting a decision (PROPOSED)", description = PERIOD + " The bucket is not used.")
    Charts.FineChart fines(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgNodeId) {
        return dashboard.fines(ReportPeriod.of(from, to, ReportPeriod.Bucket.MONTH), orgNodeId,
                organisation.currentUser());
    }
}
