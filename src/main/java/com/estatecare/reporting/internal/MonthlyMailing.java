package com.estatecare.reporting.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.policies.Policies;
import com.estatecare.reporting.DefectReportPolicy;
import com.estatecare.reporting.MonthlyReportPolicy;
import com.estatecare.reporting.ReportQueued;

/**
 * On the first working day of a month (each company's business calendar), the reports of each company's top node
 * whose period has just ended are generated (PDF and Excel, in Chinese) and queued in the {@link ReportOutbox}:
 * the previous month's report (客服月报) for the headquarters address of the policy {@code monthly-report}, and
 * the product-defect report (项目缺陷反馈) of the previous month or quarter (the policy {@code defect-report}'s
 * cadence) for its design and engineering address. Both leave by e-mail with both files attached, through the
 * outbox of {@code notifications} ({@link com.estatecare.reporting.ReportQueued}).
 */
@Component
class MonthlyMailing {

    static final String REPORT = ReportQueued.Report.MONTHLY.name();
    static final String DEFECTS = ReportQueued.Report.DEFECTS.name();
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** One report queued by a call: the company's top node, which report, its period. */
    record Queued(long orgNodeId, String report, String period) {
    }

    private final Organisation organisation;
    private final BusinessCalendar calendar;
    private final Policies policies;
    private final MonthlyReports reports;
    private final DefectFeedbackReports defects;
    private final ReportDocument document;
    private final ReportWorkbook workbook;
    private final DefectFeedbackFiles defectFiles;
    private final ReportLabels labels;
    private final ReportOutbox outbox;
    private final Clock clock;

    MonthlyMailing(Organisation organisation, BusinessCalendar calendar, Policies policies, MonthlyReports reports,
            DefectFeedbackReports defects, ReportDocument document, ReportWorkbook workbook,
            DefectFeedbackFiles defectFiles, ReportLabels labels, ReportOutbox outbox, Clock clock) {
        this.organisation = organisation;
        this.calendar = calendar;
        this.policies = policies;
        this.reports = reports;
        this.defects = defects;
        this.document = document;
        this.workbook = workbook;
        this.defectFiles = defectFiles;
        this.labels = labels;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the reports due now; returns those queued by this call (another instance's are not among them). */
    List<Queued> queueDue() {
        Instant now = clock.instant();
        List<Queued> queued = new ArrayList<>();
        for (OrgNodeView company : organisation.companies()) {
            long companyId = company.companyId();
            LocalDate today = calendar.dayOf(companyId, now);
            if (!firstWorkingDay(companyId, today)) {
                continue;
            }
            YearMonth month = YearMonth.from(today);
            queueMonthly(company, ReportingPeriod.month(month.minusMonths(1)), now).ifPresent(queued::add);
            defectPeriod(companyId, month).flatMap(period -> queueDefects(company, period, now))
                    .ifPresent(queued::add);
        }
        return queued;
    }

    /** Whether {@code day} is a working day and no day of its month before it is one. */
    boolean firstWorkingDay(long companyId, LocalDate day) {
        for (LocalDate d = day.withDayOfMonth(1); !d.isAfter(day); d = d.plusDays(1)) {
            boolean working = calendar.isWorkingDay(companyId, d.atTime(LocalTime.NOON).atZone(ReportPeriod.ZONE)
                    .toInstant());
            if (working) {
                return d.equals(day);
            }
        }
        return false;
    }

    /** The defect period that ended just before {@code month}: the month before, or the quarter before if one did. */
    Optional<ReportingPeriod> defectPeriod(long companyId, YearMonth month) {
        return defectPeriod(policies.current(DefectReportPolicy.class, companyId).policy().cadence(), month);
    }

    static Optional<ReportingPeriod> defectPeriod(DefectReportPolicy.Cadence cadence, YearMonth month) {
        if (cadence == DefectReportPolicy.Cadence.MONTHLY) {
            return Optional.of(ReportingPeriod.month(month.minusMonths(1)));
        }
        return (month.getMonthValue() - 1) % 3 == 0 ? Optional.of(ReportingPeriod.quarterOf(month.minusMonths(1)))
                : Optional.empty();
    }

    private Optional<Queued> queueMonthly(OrgNodeView company, ReportingPeriod period, Instant now) {
        if (outbox.has(company.companyId(), REPORT, period.label())) {
            return Optional.empty();
        }
        MonthlyReport report = reports.build(company, period, CHINESE);
        String recipient = policies.current(MonthlyReportPolicy.class, company.companyId()).policy().hqAddress();
        String subject = labels.text("report.monthly.subject", CHINESE, company.name(), period.first().getYear(),
                period.first().getMonthValue());
        return queue(new ReportOutbox.Queued(company, REPORT, period.label(), recipient,
                subject, document.write(report, CHINESE), workbook.write(report, CHINESE)), now);
    }

    private Optional<Queued> queueDefects(OrgNodeView company, ReportingPeriod period, Instant now) {
        if (outbox.has(company.companyId(), DEFECTS, period.label())) {
            return Optional.empty();
        }
        DefectFeedbackReport report = defects.build(company, period, CHINESE);
        String recipient = policies.current(DefectReportPolicy.class, company.companyId()).policy().designAddress();
        String subject = labels.text("report.defects.subject", CHINESE, report.title());
        return queue(new ReportOutbox.Queued(company, DEFECTS, period.label(), recipient,
                subject, defectFiles.pdf(report, CHINESE), defectFiles.xlsx(report, CHINESE)), now);
    }

    private Optional<Queued> queue(ReportOutbox.Queued report, Instant now) {
        return outbox.queue(report, now) ? Optional.of(new Queued(report.company().id(), report.report(), report.period()))
                : Optional.empty();
    }
}
