package com.estatecare.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.surveys.SurveyFigures;

/**
 * The survey section of the monthly report (docs/kpis.md, "Satisfaction surveys"): satisfied rate = ratings of 4
 * or 5 ÷ ratings, average = sum ÷ ratings, per milestone and for all of them from the summed counts.
 */
class SurveySectionTests {

    @Test
    void satisfactionIsTheShareOfRatingsFourOrFiveAndTheTotalAddsUpTheCounts() {
        // after delivery: ratings 5, 4, 2 → 2 of 3 satisfied = 0.6667, (5 + 4 + 2) / 3 = 3.67
        // yearly: one rating 4 and one answer without a rating → 1 of 1 = 1.0, 4.00
        // all: 3 of 4 rated = 0.75, (11 + 4) / 4 = 3.75 — not the average of 0.6667 and 1.0
        var section = SurveySection.of(List.of(new SurveyFigures.Answers("AFTER_DELIVERY", 3, 3, 2, 11),
                new SurveyFigures.Answers("YEARLY", 2, 1, 1, 4)), m -> "label " + m, "all");
        MonthlyReport.SurveyLine delivery = section.byMilestone().get(0);
        assertThat(delivery.label()).isEqualTo("label AFTER_DELIVERY");
        assertThat(delivery.satisfiedRate()).isEqualTo(0.6667);
        assertThat(delivery.averageScore()).isEqualTo(3.67);
        assertThat(section.byMilestone().get(1).satisfiedRate()).isEqualTo(1.0);
        assertThat(section.byMilestone().get(1).averageScore()).isEqualTo(4.0);
        MonthlyReport.SurveyLine total = section.total();
        assertThat(total.milestone()).isNull();
        assertThat(List.of(total.answered(), total.rated(), total.satisfied())).containsExactly(5L, 4L, 3L);
        assertThat(total.satisfiedRate()).isEqualTo(0.75);
        assertThat(total.averageScore()).isEqualTo(3.75);
    }

    @Test
    void answersWithoutRatingsHaveNoSatisfaction() {
        var section = SurveySection.of(List.of(new SurveyFigures.Answers("AFTER_SIGNING", 2, 0, 0, 0)), m -> m,
                "all");
        assertThat(section.total().answered()).isEqualTo(2);
        assertThat(section.total().satisfiedRate()).isNull();
        assertThat(section.total().averageScore()).isNull();
        assertThat(SurveySection.of(List.of(), m -> m, "all").total().satisfiedRate()).isNull();
    }
}
