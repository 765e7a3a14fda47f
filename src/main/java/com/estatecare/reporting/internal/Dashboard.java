package com.estatecare.reporting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.estatecare.accountability.FineFigures;
import com.estatecare.accountability.FineStatus;
import com.estatecare.escalation.EscalationFigures;
import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeFigures;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestVolumes;
import com.estatecare.timelimits.OnTimeFigures;

/**
 * The manager's dashboard: checks the period and the organisation node (which
 * must lie in the caller's scope; none means the caller's own node), asks the
 * module that owns the data for its counts, and lays them out per bucket with
 * the list behind each cell.
 */
@Component
class Dashboard {

    private static final String REQUESTS = "/api/v1/requests";

    private final Organisation organisation;
    private final RequestVolumes volumes;
    private final OnTimeFigures onTime;
    private final GradeFigures grades;
    private final EscalationFigures escalations;
    private final FineFigures fines;

    Dashboard(Organisation organisation, RequestVolumes volumes, OnTimeFigures onTime, GradeFigures grades,
            EscalationFigures escalations, FineFigures fines) {
        this.organisation = organisation;
        this.volumes = volumes;
        this.onTime = onTime;
        this.grades = grades;
        this.escalations = escalations;
        this.fines = fines;
    }

    Charts.VolumeChart volumes(ReportPeriod period, RequestVolumes.GroupBy groupBy, RequestKind kind, Long orgNodeId,
            CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<BucketCount> cells = volumes.count(period, groupBy, kind, node.path());
        List<Charts.Series> series = Layout.series(period.buckets(), cells);
        Map<String, Object> params = listParams(node);
        if (kind != null) {
            params.put("kind", kind.name());
        }
        return new Charts.VolumeChart(scope(period, node), groupBy.name(), Layout.buckets(period), series,
                total(series), new Charts.DrillDown(REQUESTS, params, "createdFrom", "createdTo", listKey(groupBy)));
    }

    Charts.OnTimeChart onTime(ReportPeriod period, OnTimeFigures.GroupBy groupBy, String limit, Long orgNodeId,
            CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<Charts.RateSeries> series = Layout.rates(period.buckets(),
                onTime.decided(period, groupBy, limit, node.path()));
        long met = series.stream().mapToLong(Charts.RateSeries::totalMet).sum();
        long breached = series.stream().mapToLong(Charts.RateSeries::totalBreached).sum();
        return new Charts.OnTimeChart(scope(period, node), groupBy.name(), Layout.buckets(period), series, met,
                breached, Layout.rate(met, breached), onTimeList(groupBy, limit, node));
    }

    Charts.GradeChart grades(ReportPeriod period, Long orgNodeId, CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<Charts.Series> series = Layout.series(period.buckets(), grades.gradesReceived(period, node.path()));
        Map<String, Object> params = listParams(node);
        params.put("kind", RequestKind.COMPLAINT.name());
        return new Charts.GradeChart(scope(period, node), Layout.buckets(period), series, total(series),
                new Charts.DrillDown(REQUESTS, params, "receivedFrom", "receivedTo", "grade"));
    }

    Charts.EscalationChart escalations(ReportPeriod period, Long orgNodeId, CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<Charts.Series> series = Layout.series(period.buckets(), escalations.stepsByLevel(period, node.path()));
        return new Charts.EscalationChart(scope(period, node), Layout.buckets(period), series, total(series),
                new Charts.DrillDown(REQUESTS, listParams(node), "escalatedFrom", "escalatedTo", "escalationLevel"));
    }

    Charts.HotspotChart hotspots(Long orgNodeId, CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<Charts.Series> byProject = grades.openHotspotsByProject(node.path()).stream()
                .map(c -> new Charts.Series(c.key(), List.of(c.count()), c.count())).toList();
        Map<String, Object> params = listParams(node);
        params.put("grade", ComplaintGrade.HOTSPOT.number());
        params.put("open", true);
        return new Charts.HotspotChart(node.id(), node.name(), total(byProject), byProject,
                grades.openHotspots(node.path()), new Charts.DrillDown(REQUESTS, params, null, null, "projectId"));
    }

    Charts.FineChart fines(ReportPeriod period, Long orgNodeId, CurrentUser user) {
        OrgNodeView node = node(orgNodeId, user);
        List<FineFigures.FineTotal> totals = fines.proposedIn(period, node.path());
        List<Charts.FineCell> cells = totals.stream()
                .map(t -> new Charts.FineCell(t.status().name(), t.party().name(), t.count(), t.amountFen())).toList();
        var open = totals.stream().filter(t -> t.status() == FineStatus.PROPOSED).toList();
        return new Charts.FineChart(scope(period, node), cells, totals.stream().mapToLong(FineFigures.FineTotal::count)
                .sum(), totals.stream().mapToLong(FineFigures.FineTotal::amountFen).sum(),
                open.stream().mapToLong(FineFigures.FineTotal::count).sum(),
                open.stream().mapToLong(FineFigures.FineTotal::amountFen).sum(),
                fineList(period, node));
    }

    /**
     * The requests behind an on-time cell: a clock of the series' limit (or of the one asked for) decided in the
     * bucket, met or breached. A request has one clock per limit, so the list counts what the cell counts; a
     * project's cell of every limit may count one request several times, and has no list.
     */
    private static Charts.DrillDown onTimeList(OnTimeFigures.GroupBy groupBy, String limit, OrgNodeView node) {
        Map<String, Object> params = listParams(node);
        if (limit != null) {
            params.put("clock", limit);
        } else if (groupBy == OnTimeFigures.GroupBy.PROJECT) {
            return null;
        }
        return new Charts.DrillDown(REQUESTS, params, "decidedFrom", "decidedTo",
                groupBy == OnTimeFigures.GroupBy.LIMIT ? "clock" : "projectId", "clockOutcome");
    }

    /** The fines proposed in the period under the node; the bar is a status (series) and a liable party. */
    private static Charts.DrillDown fineList(ReportPeriod period, OrgNodeView node) {
        Map<String, Object> params = listParams(node);
        params.put("proposedFrom", period.start());
        params.put("proposedTo", period.end());
        return new Charts.DrillDown("/api/v1/fines", params, null, null, "status", "party");
    }

    /** The node asked for, if it lies in the caller's scope (else it does not exist for them); else their own. */
    private OrgNodeView node(Long orgNodeId, CurrentUser user) {
        long id = orgNodeId == null ? user.orgNodeId() : orgNodeId;
        return organisation.node(id).filter(n -> user.covers(n.path()))
                .orElseThrow(() -> DomainException.notFound("orgNode"));
    }

    private static Map<String, Object> listParams(OrgNodeView node) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("orgNodeId", node.id());
        return params;
    }

    /** The request list's parameter for a group's key. */
    private static String listKey(RequestVolumes.GroupBy groupBy) {
        return switch (groupBy) {
            case KIND -> "kind";
            case CHANNEL -> "channel";
            case CATEGORY -> "category";
            case PROJECT -> "projectId";
            case STATUS -> "status";
        };
    }

    private static Charts.Scope scope(ReportPeriod period, OrgNodeView node) {
        return new Charts.Scope(period.from(), period.to(), period.bucket(), node.id(), node.name());
    }

    private static long total(List<Charts.Series> series) {
        return series.stream().mapToLong(Charts.Series::total).sum();
    }
}
