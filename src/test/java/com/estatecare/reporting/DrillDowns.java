package com.estatecare.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.estatecare.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * The cells of a dashboard chart with the list each one names ({@code drillDown}), built the way the
 * workbench builds it: the fixed params, the bucket's instants, the series key and the segment clicked.
 */
final class DrillDowns {

    /** One cell: what the chart counts in it, and the list behind it. */
    record Cell(String where, long count, String path, Map<String, Object> query) {
    }

    private DrillDowns() {
    }

    /** A chart over time (volumes, grades, escalations): one cell per series and bucket that counted something. */
    static List<Cell> bucketed(JsonNode chart) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode series : chart.get("series")) {
            if (series.get("key").isNull()) {
                continue; // the rows without a value (no category): the list has no filter for them
            }
            for (int i = 0; i < chart.get("buckets").size(); i++) {
                long n = series.get("counts").get(i).asLong();
                if (n > 0) {
                    cells.add(cell(chart, series.get("key").asString(), chart.get("buckets").get(i), null, n));
                }
            }
        }
        return cells;
    }

    /** A slice of a ring: a series over the whole period (from the first bucket to the end of the last). */
    static List<Cell> slices(JsonNode chart) {
        JsonNode buckets = chart.get("buckets");
        List<Cell> cells = new ArrayList<>();
        for (JsonNode series : chart.get("series")) {
            Cell cell = cell(chart, series.get("key").asString(), buckets.get(0), null, series.get("total").asLong());
            cell.query().put(chart.get("drillDown").get("toParam").asString(),
                    buckets.get(buckets.size() - 1).get("to").asString());
            cells.add(new Cell("slice " + series.get("key").asString(), cell.count(), cell.path(), cell.query()));
        }
        return cells;
    }

    /** The on-time chart: a met and a breached bar per limit and bucket. */
    static List<Cell> onTime(JsonNode chart) {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode series : chart.get("series")) {
            for (String outcome : List.of("MET", "BREACHED")) {
                JsonNode counts = series.get(outcome.equals("MET") ? "met" : "breached");
                for (int i = 0; i < chart.get("buckets").size(); i++) {
                    if (counts.get(i).asLong() > 0) {
                        cells.add(cell(chart, series.get("key").asString(), chart.get("buckets").get(i), outcome,
                                counts.get(i).asLong()));
                    }
                }
            }
        }
        return cells;
    }

    /** The hotspots: a bar per project (the group without a project has no list). */
    static List<Cell> hotspots(JsonNode chart) {
        return chart.get("byProject").valueStream().filter(s -> !s.get("key").isNull())
                .map(s -> cell(chart, s.get("key").asString(), null, null, s.get("total").asLong())).toList();
    }

    /** The fines: a bar per status (series) and liable party (segment). */
    static List<Cell> fines(JsonNode chart) {
        return chart.get("cells").valueStream().map(c -> cell(chart, c.get("status").asString(), null,
                c.get("party").asString(), c.get("count").asLong())).toList();
    }

    private static Cell cell(JsonNode chart, String key, JsonNode bucket, String segment, long count) {
        JsonNode drill = chart.get("drillDown");
        Map<String, Object> query = new LinkedHashMap<>();
        drill.get("params").properties().forEach(p -> query.put(p.getKey(), p.getValue().asString()));
        if (bucket != null) {
            query.put(drill.get("fromParam").asString(), bucket.get("from").asString());
            query.put(drill.get("toParam").asString(), bucket.get("to").asString());
        }
        query.put(drill.get("keyParam").asString(), key);
        if (segment != null) {
            query.put(drill.get("segmentParam").asString(), segment);
        }
        return new Cell(key + (bucket == null ? "" : " " + bucket.get("start").asString()) + " " + segment, count,
                drill.get("path").asString(), query);
    }

    /** How many rows the list has, every page read (200 a page, following the cursor). */
    static long listed(Api.Caller caller, String path, Map<String, Object> query) {
        Map<String, Object> page = new LinkedHashMap<>(query);
        page.put("limit", 200);
        long rows = 0;
        while (true) {
            Api.Response response = caller.get(path, page);
            if (response.status() != 200) {
                throw new AssertionError(path + " " + query + ": " + response);
            }
            JsonNode json = response.json();
            rows += json.get("items").size();
            if (json.get("next") == null || json.get("next").isNull()) {
                return rows;
            }
            page.put("cursor", json.get("next").asString());
        }
    }
}
