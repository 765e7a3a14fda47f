package com.estatecare.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The customer-service report (SPEC §12) of one organisation node and period: the monthly report (客服月报) of a
 * month or the quarterly evaluation report (季度评估报告) of a quarter, the same figures over the longer range.
 * Every figure is counted in the database by the module that owns it, with labels in the reader's language, and
 * the KPIs the data cannot give yet named as not available (docs/kpis.md).
 */
@Schema(description = "The monthly customer-service report (客服月报) of an organisation node and a month, or the"
        + " quarterly evaluation report (季度评估报告) of a quarter: period is 2026-11 or 2026-Q4, month null for a"
        + " quarter, from/to its first and last day")
record MonthlyReport(@Schema(example = "2026-11") String period,
        @Schema(type = "string", example = "2026-11") YearMonth month, LocalDate from, LocalDate to, long orgNodeId,
        String orgNodeName, String title, Instant generatedAt, List<Kpi> kpis, List<Breakdown> volumes,
        List<LimitRate> onTime, List<Line> topProblems, List<Line> escalations, Fines fines, Surveys surveys,
        List<Unavailable> notAvailable, Merchants merchants, Club club) {

    /** How a KPI's value reads: a rate 0–1, an average score 1–5, or a count. */
    enum Unit {
        RATE, SCORE, COUNT
    }

    @Schema(description = "A KPI: value = numerator / denominator for a RATE (null when the denominator is 0),"
            + " the average for a SCORE (null without answers), the count for a COUNT (denominator null)")
    record Kpi(String code, String label, Unit unit, Double value, Long numerator, Long denominator) {
    }

    @Schema(description = "Requests registered in the month by one dimension: KIND, CHANNEL, CATEGORY, GRADE"
            + " (complaints by their current grade) or PROJECT (key null: without a project)")
    record Breakdown(String dimension, String label, List<Line> lines, long total) {
    }

    @Schema(description = "One line of a table: a key (enum code, grade, project id), its label and a count")
    record Line(String key, String label, long count) {
    }

    @Schema(description = "The clocks of one time limit decided in the month: met, breached, rate met/(met+breached)")
    record LimitRate(String limit, String label, long met, long breached, Double rate) {
    }

    @Schema(description = "Fines proposed in the month (累计处罚): how many and how much, in fen")
    record Fines(long count, long amountFen) {
    }

    @Schema(description = "A KPI of SPEC §12 the data cannot give yet, and why")
    record Unavailable(String code, String label, String reason) {
    }

    @Schema(description = "Survey answers recorded in the period (满意度调查): all of them and per campaign milestone")
    record Surveys(SurveyLine total, List<SurveyLine> byMilestone) {
    }

    @Schema(description = "Answers of one milestone (null: all): how many, how many rated the overall satisfaction"
            + " 1-5, how many of those 4 or 5; satisfiedRate = satisfied / rated and averageScore = sum / rated,"
            + " null when none rated")
    record SurveyLine(String milestone, String label, long answered, long rated, long satisfied, Double satisfiedRate,
            Double averageScore) {
    }

    @Schema(description = "The customer club's partner merchants (联盟商家): merchants active in the period (active now,"
            + " contract overlapping it) of the node's company, and the members' ratings given or changed in the"
            + " period by members of the node with their average (null without ratings)")
    record Merchants(long active, long ratings, Double averageRating) {
    }

    @Schema(description = "The customer club in the period (客户会): members at its end and new in it, activities held"
            + " in it, their confirmed sign-ups and those attended, attendanceRate = attended / signedUp (null"
            + " without sign-ups), points earned and redeemed in it")
    record Club(long members, long newMembers, long activitiesHeld, long signedUp, long attended,
            Double attendanceRate, long pointsEarned, long pointsRedeemed) {
    }
}
