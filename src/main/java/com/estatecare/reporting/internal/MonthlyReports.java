package com.estatecare.reporting.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.accountability.FineFigures;
import com.estatecare.club.MerchantFigures;
import com.estatecare.club.ClubFigures;
import com.estatecare.escalation.EscalationFigures;
import com.estatecare.grading.GradeFigures;
import com.estatecare.hotline.HotlineFigures;
import com.estatecare.knowledge.CaseFigures;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.BucketCount;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.reporting.internal.MonthlyReport.Kpi;
import com.estatecare.reporting.internal.MonthlyReport.Line;
import com.estatecare.reporting.internal.MonthlyReport.Unit;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestVolumes;
import com.estatecare.requests.ServiceFigures;
import com.estatecare.revisits.RevisitFigures;
import com.estatecare.surveys.SurveyFigures;
import com.estatecare.timelimits.OnTimeFigures;

/**
 * Builds the monthly report (客服月报) of a node and a month, or the quarterly evaluation report (季度评估报告) of a
 * quarter, from the modules' aggregates (docs/decisions/008): a dozen statements, each one range of an
 * index of one month; the formulas are in docs/kpis.md.
 */
@Component
class MonthlyReports {

    /** The limits whose clocks make the complaint on-time handling rate (投诉处理及时率). */
    static final List<String> COMPLAINT_LIMITS = List.of("COMPLAINT_DISPATCH", "COMPLAINT_INVESTIGATION",
            "COMPLAINT_FEEDBACK");
    /** The limits whose clocks make the response timeliness (响应及时率): the first answer or visit. */
    static final List<String> RESPONSE_LIMITS = List.of("CONSULTATION_ANSWER", "EMERGENCY_REPAIR_ON_SITE",
            "REPAIR_CONTACT");
    static final int TOP_PROBLEMS = 10;

    private final Organisation organisation;
    private final RequestVolumes volumes;
    private final ServiceFigures service;
    private final OnTimeFigures onTime;
    private final GradeFigures grades;
    private final EscalationFigures escalations;
    private final FineFigures fines;
    private final RevisitFigures revisits;
    private final HotlineFigures hotline;
    private final SurveyFigures surveys;
    private final CaseFigures cases;
    private final ClubFigures club;
    private final ReportLabels labels;
    private final Clock clock;
    private final MerchantFigures merchants;

    MonthlyReports(Organisation organisation, RequestVolumes volumes, ServiceFigures service, OnTimeFigures onTime,
            GradeFigures grades, EscalationFigures escalations, FineFigures fines, RevisitFigures revisits,
            HotlineFigures hotline, SurveyFigures surveys, CaseFigures cases, ClubFigures club, ReportLabels labels,
            Clock clock, MerchantFigures merchants) {
        this.merchants = merchants;
        this.cases = cases;
        this.club = club;
        this.hotline = hotline;
        this.surveys = surveys;
        this.organisation = organisation;
        this.volumes = volumes;
        this.service = service;
        this.onTime = onTime;
        this.grades = grades;
        this.escalations = escalations;
        this.fines = fines;
        this.revisits = revisits;
        this.labels = labels;
        this.clock = clock;
    }

    /**
     * The report a user asked for: the node must exist (else 400 naming {@code org}) and lie in their scope
     * (else it does not exist for them: 404); the period may not start after the current month in Shanghai (400
     * naming {@code field}: {@code month} or {@code period}).
     */
    @Transactional(readOnly = true)
    MonthlyReport forUser(Long orgNodeId, ReportingPeriod period, String field, CurrentUser user, Locale locale) {
        if (period.startsAfter(YearMonth.now(clock.withZone(ReportPeriod.ZONE)))) {
            throw DomainException.invalidField(field, period.kind() == ReportingPeriod.Kind.MONTH ? "future-month"
                    : "future-quarter");
        }
        long id = orgNodeId == null ? user.orgNodeId() : orgNodeId;
        OrgNodeView node = organisation.node(id).orElseThrow(() -> DomainException.invalidField("org", "unknown"));
        if (!user.covers(node.path())) {
            throw DomainException.notFound("orgNode");
        }
        return build(node, period, locale);
    }

    /**
     * The report of a node and a month or quarter, for whoever may read it (checked by the caller). A quarter is
     * counted by the same aggregates over its three months; their cells, one per month and key, are added up per key.
     */
    @Transactional(readOnly = true)
    MonthlyReport build(OrgNodeView node, ReportingPeriod reporting, Locale locale) {
        ReportPeriod period = reporting.days();
        String path = node.path();
        List<BucketCount> gradeCells = byKey(grades.gradesReceived(period, path));
        List<BucketCount> clocks = byKey(onTime.decided(period, OnTimeFigures.GroupBy.LIMIT, null, path));
        List<BucketCount> steps = byKey(escalations.stepsByLevel(period, path));
        List<FineFigures.FineTotal> fineTotals = fines.proposedIn(period, path);
        ServiceFigures.Closures closures = service.closures(period, path);
        ServiceFigures.Repeats repeats = service.repeats(period, path);
        ServiceFigures.Ratings ratings = service.ratings(period, path);

        List<MonthlyReport.Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(breakdown("KIND", byKey(volumes.count(period, RequestVolumes.GroupBy.KIND, null, path)),
                k -> labels.kind(k, locale), locale));
        breakdowns.add(breakdown("CHANNEL", byKey(volumes.count(period, RequestVolumes.GroupBy.CHANNEL, null, path)),
                k -> labels.channel(k, locale), locale));
        breakdowns.add(breakdown("CATEGORY", byKey(volumes.count(period, RequestVolumes.GroupBy.CATEGORY, null, path)),
                k -> labels.category(k, locale), locale));
        breakdowns.add(breakdown("GRADE", gradeCells, k -> labels.grade(k, locale), locale));
        breakdowns.add(breakdown("PROJECT", byKey(volumes.count(period, RequestVolumes.GroupBy.PROJECT, null, path)),
                k -> labels.project(k, locale), locale));

        List<MonthlyReport.LimitRate> limits = clocks.stream().sorted(java.util.Comparator.comparing(BucketCount::key))
                .map(c -> new MonthlyReport.LimitRate(c.key(), labels.limit(c.key(), locale), c.count(), c.second(),
                        Layout.rate(c.count(), c.second())))
                .toList();
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(onTimeKpi("COMPLAINT_ON_TIME_RATE", limits, COMPLAINT_LIMITS, locale));
        kpis.add(onTimeKpi("RESPONSE_ON_TIME_RATE", limits, RESPONSE_LIMITS, locale));
        kpis.add(onTimeKpi("ON_TIME_RATE", limits, null, locale));
        kpis.add(rate("OWNER_SATISFACTION_RATE", ratings.ratingsGood(), ratings.ratings(), locale));
        kpis.add(score("OWNER_RATING_AVERAGE", ratings.ratingSum(), ratings.ratings(), locale));
        RevisitFigures.Totals revisited = revisits.totalDueIn(period, path);
        kpis.add(rate("REVISIT_COVERAGE", revisited.revisited(), revisited.due(), locale));
        kpis.add(count("REVISITS_DURING_ACTIVITIES", revisited.duringActivities(), locale));
        kpis.add(rate("REVISIT_SATISFACTION_RATE", ratings.revisitsSatisfied(), ratings.revisits(), locale));
        kpis.add(score("REVISIT_SCORE_AVERAGE", ratings.revisitScoreSum(), ratings.revisits(), locale));
        kpis.add(rate("FOLLOW_UP_RATE", ratings.followedUp(), ratings.followUpAnswers(), locale));
        kpis.add(rate("FIRST_CONTACT_RESOLUTION_RATE", closures.firstContact(), closures.closed(), locale));
        kpis.add(rate("REOPEN_RATE", closures.reopened(), closures.closed(), locale));
        kpis.add(rate("REPEAT_REPAIR_RATE", repeats.repeated(), repeats.repairs(), locale));
        kpis.add(count("MAJOR_COMPLAINTS", sum(gradeCells, "1"), locale));
        kpis.add(count("HOTSPOT_COMPLAINTS", sum(gradeCells, "2"), locale));
        kpis.add(count("ESCALATIONS", sum(steps, null), locale));
        // 销售管理类投诉: the share of the complaints received that were born in the sales stage
        List<BucketCount> complaintCategories = byKey(volumes.count(period, RequestVolumes.GroupBy.CATEGORY,
                RequestKind.COMPLAINT, path));
        kpis.add(rate("SALES_COMPLAINT_SHARE", sum(complaintCategories, Category.SALES_MANAGEMENT.name()),
                sum(complaintCategories, null), locale));
        hotlineKpis(kpis, period, path, locale);
        kpis.add(count("CASES", cases.approvedIn(period, path), locale));

        List<Line> problems = service.topProblems(period, path, TOP_PROBLEMS).stream()
                .map(p -> new Line(p.kind().name(), labels.problem(p, locale), p.count())).toList();
        List<Line> levels = steps.stream().sorted(java.util.Comparator.comparing(BucketCount::key))
                .map(s -> new Line(s.key(), labels.level(s.key(), locale), s.count())).toList();
        MonthlyReport.Fines fined = new MonthlyReport.Fines(
                fineTotals.stream().mapToLong(FineFigures.FineTotal::count).sum(),
                fineTotals.stream().mapToLong(FineFigures.FineTotal::amountFen).sum());
        List<MonthlyReport.Unavailable> missing = List.of();
        MonthlyReport.Surveys surveyed = SurveySection.of(surveys.answeredIn(period, path),
                m -> labels.milestone(m, locale), labels.text("report.surveys.all", locale));
        YearMonth month = reporting.kind() == ReportingPeriod.Kind.MONTH ? reporting.first() : null;
        return new MonthlyReport(reporting.label(), month, reporting.from(), reporting.to(), node.id(), node.name(),
                labels.title(node.name(), reporting, locale), clock.instant(), kpis, breakdowns, limits, problems,
                levels, fined, surveyed, missing, merchantSection(period, path),
                ClubSection.of(club.in(period, path)));
    }

    /** 联盟商家: the merchants active in the period and the members' ratings of it (docs/kpis.md). */
    private MonthlyReport.Merchants merchantSection(ReportPeriod period, String path) {
        MerchantFigures.Totals totals = merchants.of(period, path);
        return new MonthlyReport.Merchants(totals.activeMerchants(), totals.ratings(), totals.average());
    }

    /**
     * The city hotline's cases forwarded in the month, counted apart (12345): how many, and of the deadlines decided
     * by the time the report is made (met, or past with nothing done or done late) how many were met.
     */
    private void hotlineKpis(List<Kpi> kpis, ReportPeriod period, String path, Locale locale) {
        HotlineFigures.Totals cases = hotline.forwardedIn(period, path, clock.instant());
        kpis.add(count("HOTLINE_CASES", cases.cases(), locale));
        kpis.add(rate("HOTLINE_CONTACT_ON_TIME_RATE", cases.contactedOnTime(),
                cases.contactedOnTime() + cases.contactOverdue(), locale));
        kpis.add(rate("HOTLINE_REPLY_ON_TIME_RATE", cases.repliedOnTime(),
                cases.repliedOnTime() + cases.replyOverdue(), locale));
    }

    private MonthlyReport.Breakdown breakdown(String dimension, List<BucketCount> cells,
            Function<String, String> label, Locale locale) {
        List<Line> lines = cells.stream()
                .sorted(java.util.Comparator.comparingLong(BucketCount::count).reversed()
                        .thenComparing(BucketCount::key, java.util.Comparator.nullsLast(String::compareTo)))
                .map(c -> new Line(c.key(), label.apply(c.key()), c.count())).toList();
        return new MonthlyReport.Breakdown(dimension, labels.dimension(dimension, locale), lines, sum(cells, null));
    }

    /** The clocks of {@code limits} (all when null) decided in the month: met / (met + breached). */
    private Kpi onTimeKpi(String code, List<MonthlyReport.LimitRate> rates, List<String> limits, Locale locale) {
        long met = 0;
        long decided = 0;
        for (MonthlyReport.LimitRate r : rates) {
            if (limits == null || limits.contains(r.limit())) {
                met += r.met();
                decided += r.met() + r.breached();
            }
        }
        return rate(code, met, decided, locale);
    }

    private Kpi rate(String code, long numerator, long denominator, Locale locale) {
        return new Kpi(code, labels.kpi(code, locale), Unit.RATE, Layout.rate(numerator, denominator - numerator),
                numerator, denominator);
    }

    private Kpi score(String code, long sum, long answers, Locale locale) {
        Double average = answers == 0 ? null : Math.round(sum * 100.0 / answers) / 100.0;
        return new Kpi(code, labels.kpi(code, locale), Unit.SCORE, average, sum, answers);
    }

    private Kpi count(String code, long count, Locale locale) {
        return new Kpi(code, labels.kpi(code, locale), Unit.COUNT, (double) count, count, null);
    }

    /** The cells of each key added up over the buckets (a quarter's three months), in the order keys first came. */
    static List<BucketCount> byKey(List<BucketCount> cells) {
        java.util.Map<String, long[]> sums = new java.util.LinkedHashMap<>();
        for (BucketCount cell : cells) {
            long[] sum = sums.computeIfAbsent(cell.key(), k -> new long[2]);
            sum[0] += cell.count();
            sum[1] += cell.second();
        }
        List<BucketCount> merged = new ArrayList<>();
        sums.forEach((key, sum) -> merged.add(new BucketCount(null, key, sum[0], sum[1])));
        return merged;
    }

    /** The cells of {@code key} (all when null) added up. */
    private static long sum(List<BucketCount> cells, String key) {
        return cells.stream().filter(c -> key == null || key.equals(c.key())).mapToLong(BucketCount::count).sum();
    }
}
