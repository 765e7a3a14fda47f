package com.estatecare.reporting.internal;

import java.util.List;
import java.util.function.Function;

import com.estatecare.surveys.SurveyFigures;

/**
 * The survey section of the monthly and quarterly report (满意度调查, docs/kpis.md "Satisfaction surveys"): the
 * answers recorded in the period per milestone and together, satisfied rate = answers rating the overall
 * satisfaction 4 or 5 ÷ answers rating it, average = sum of those ratings ÷ their number. The total adds up the
 * milestones' counts; it is never an average of their rates.
 */
final class SurveySection {

    private SurveySection() {
    }

    static MonthlyReport.Surveys of(List<SurveyFigures.Answers> answers, Function<String, String> milestoneLabel,
            String totalLabel) {
        List<MonthlyReport.SurveyLine> lines = answers.stream()
                .map(a -> line(a.milestone(), milestoneLabel.apply(a.milestone()), a.answered(), a.rated(),
                        a.satisfied(), a.scoreSum()))
                .toList();
        MonthlyReport.SurveyLine total = line(null, totalLabel,
                answers.stream().mapToLong(SurveyFigures.Answers::answered).sum(),
                answers.stream().mapToLong(SurveyFigures.Answers::rated).sum(),
                answers.stream().mapToLong(SurveyFigures.Answers::satisfied).sum(),
                answers.stream().mapToLong(SurveyFigures.Answers::scoreSum).sum());
        return new MonthlyReport.Surveys(total, lines);
    }

    private static MonthlyReport.SurveyLine line(String milestone, String label, long answered, long rated,
            long satisfied, long scoreSum) {
        Double average = rated == 0 ? null : Math.round(scoreSum * 100.0 / rated) / 100.0;
        return new MonthlyReport.SurveyLine(milestone, label, answered, rated, satisfied,
                Layout.rate(satisfied, rated - satisfied), average);
    }
}
