package com.estatecare.reporting.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.knowledge.DefectFeedback;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;

/**
 * Builds the product-defect report (项目缺陷反馈) of a node and a month or quarter from the knowledge module's
 * aggregates over {@code defect_record}: three statements, whatever the number of defects.
 */
@Component
class DefectFeedbackReports {

    /** The most recurring groups one report lists (the most frequent first). */
    static final int MAX_GROUPS = 500;
    static final int TREND_MONTHS = 12;

    private final Organisation organisation;
    private final DefectFeedback defects;
    private final ReportLabels labels;
    private final Clock clock;

    DefectFeedbackReports(Organisation organisation, DefectFeedback defects, ReportLabels labels, Clock clock) {
        this.organisation = organisation;
        this.defects = defects;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * The report a user asked for: an unknown node is a 400 naming {@code org}, one outside their scope a 404, a
     * period starting after the current month a 400 naming {@code period}.
     */
    @Transactional(readOnly = true)
    DefectFeedbackReport forUser(Long orgNodeId, ReportingPeriod period, CurrentUser user, Locale locale) {
        if (period.startsAfter(YearMonth.now(clock.withZone(ReportPeriod.ZONE)))) {
            throw DomainException.invalidField("period", period.kind() == ReportingPeriod.Kind.MONTH
                    ? "future-month" : "future-quarter");
        }
        long id = orgNodeId == null ? user.orgNodeId() : orgNodeId;
        OrgNodeView node = organisation.node(id).orElseThrow(() -> DomainException.invalidField("org", "unknown"));
        if (!user.covers(node.path())) {
            throw DomainException.notFound("orgNode");
        }
        return build(node, period, locale);
    }

    /** The report of a node and period, for whoever may read it (checked by the caller). */
    @Transactional(readOnly = true)
    DefectFeedbackReport build(OrgNodeView node, ReportingPeriod period, Locale locale) {
        ReportPeriod days = period.days();
        ReportPeriod before = period.previous().days();
        DefectFeedback.Totals totals = defects.totals(days, before, node.path());
        List<DefectFeedbackReport.Recurring> recurring = defects.recurring(days, before, node.path(), MAX_GROUPS)
                .stream()
                .map(g -> new DefectFeedbackReport.Recurring(g.projectId(), g.project(), g.buildingId(), g.building(),
                        g.componentCode(), labels.component(g.componentCode(), locale), g.cause(),
                        labels.cause(g.cause(), locale), g.defects(), g.units(), g.previous()))
                .toList();
        ReportPeriod twelve = ReportPeriod.of(period.last().minusMonths(TREND_MONTHS - 1L).atDay(1), period.to(),
                ReportPeriod.Bucket.MONTH);
        List<DefectFeedbackReport.TrendMonth> trend = defects.trend(twelve, node.path()).stream()
                .map(m -> new DefectFeedbackReport.TrendMonth(m.month(), m.defects(),
                        m.byCause().getOrDefault("IN_WARRANTY", 0L), m.byCause().getOrDefault("OUT_OF_WARRANTY", 0L),
                        m.byCause().getOrDefault("UNDETERMINED", 0L)))
                .toList();
        return new DefectFeedbackReport(period.label(), period.from(), period.to(), node.id(), node.name(),
                labels.defectTitle(node.name(), period, locale), clock.instant(), totals.defects(), totals.units(),
                totals.previous(), DefectFeedback.RECURRING_FROM, totals.recurringGroups(), recurring, trend);
    }
}
