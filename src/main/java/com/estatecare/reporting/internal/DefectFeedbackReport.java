package com.estatecare.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The periodic product-defect report for design and engineering (项目缺陷反馈) of one organisation node and a
 * month or quarter: the recurring defects per project, building, component and cause beside the period before,
 * the period's totals, and the trend of the last twelve months per cause (docs/kpis.md, "Defect feedback").
 */
@Schema(description = "The product-defect report (项目缺陷反馈) of an organisation node and a month or quarter:"
        + " defects and units of the period, defects of the period before, the number of recurring groups (all of"
        + " them; the list holds the largest 500)")
record DefectFeedbackReport(@Schema(example = "2026-11") String period, LocalDate from, LocalDate to,
        long orgNodeId, String orgNodeName, String title, Instant generatedAt, long defects, long units,
        long previousDefects, int recurringFrom, long recurringGroups, List<Recurring> recurring, List<TrendMonth> trend) {

    @Schema(description = "A recurring defect: recurringFrom or more defects of one building, component and cause in"
            + " the period; previous: the same group's defects in the period before (a month or a quarter)")
    record Recurring(long projectId, String project, long buildingId, String building, String componentCode,
            String component, String cause, String causeLabel, long defects, long units, long previous) {
    }

    @Schema(description = "Defects received in one month (its first day) of the twelve up to the period's end, per"
            + " cause (IN_WARRANTY, OUT_OF_WARRANTY, UNDETERMINED)")
    record TrendMonth(LocalDate month, long defects, long inWarranty, long outOfWarranty, long undetermined) {
    }
}
