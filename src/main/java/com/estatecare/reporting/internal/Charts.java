package com.estatecare.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/** The dashboard's answers: one record per chart, laid out for ECharts (one value per bucket and series). */
final class Charts {

    private Charts() {
    }

    @Schema(description = "A bucket: the day it starts on (label), and the instants of the list behind it,"
            + " cut to the period")
    record BucketView(LocalDate start, Instant from, Instant to) {
    }

    @Schema(description = "One series: its key (an enum code, a grade 1-4, a project id, or null for requests"
            + " without one) and one count per bucket, in the order of buckets")
    record Series(String key, List<Long> counts, long total) {
    }

    @Schema(description = "The list behind a cell: GET path with params, plus fromParam/toParam set to the"
            + " bucket's from/to, keyParam (if not null) set to the series key, and segmentParam (if not null) set"
            + " to the part of the cell clicked: on-time MET or BREACHED, fines the liable party")
    record DrillDown(String path, Map<String, Object> params, String fromParam, String toParam, String keyParam,
            String segmentParam) {

        DrillDown(String path, Map<String, Object> params, String fromParam, String toParam, String keyParam) {
            this(path, params, fromParam, toParam, keyParam, null);
        }
    }

    @Schema(description = "The period as asked, and the organisation node it covers")
    record Scope(LocalDate from, LocalDate to, ReportPeriod.Bucket bucket, long orgNodeId, String orgNodeName) {
    }

    record VolumeChart(Scope scope, String groupBy, List<BucketView> buckets, List<Series> series, long total,
            DrillDown drillDown) {
    }

    @Schema(description = "On-time series: met and breached clocks per bucket, and the rate met/(met+breached),"
            + " null where nothing was decided")
    record RateSeries(String key, List<Long> met, List<Long> breached, List<Double> rate, long totalMet,
            long totalBreached, Double totalRate) {
    }

    @Schema(description = "drillDown is null when grouped by PROJECT without a limit: a project's cell then counts"
            + " the clocks of several limits, several of one request")
    record OnTimeChart(Scope scope, String groupBy, List<BucketView> buckets, List<RateSeries> series,
            long totalMet, long totalBreached, Double totalRate, DrillDown drillDown) {
    }

    record GradeChart(Scope scope, List<BucketView> buckets, List<Series> series, long total, DrillDown drillDown) {
    }

    record EscalationChart(Scope scope, List<BucketView> buckets, List<Series> series, long total,
            DrillDown drillDown) {
    }

    @Schema(description = "Open hotspot complaints (grade 2) now: counted per project, and the newest at most"
            + " 100 of them to open with GET /api/v1/requests/{requestId}")
    record HotspotChart(long orgNodeId, String orgNodeName, long total, List<Series> byProject,
            List<com.estatecare.grading.GradeFigures.Hotspot> newest, DrillDown drillDown) {
    }

    record FineCell(String status, String party, long count, long amountFen) {
    }

    record FineChart(Scope scope, List<FineCell> cells, long count, long amountFen, long openCount,
            long openAmountFen, DrillDown drillDown) {
    }
}
