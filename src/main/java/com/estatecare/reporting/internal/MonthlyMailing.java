package com.estatecare.reporting.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.estatecare.calendar.BusinessCalendar;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.ReportPeriod;
import com.estatecare.policies.Policies;
import com.estatecare.reporting.MonthlyReportPolicy;
import com.estatecare.reporting.MonthlyReportQueued;

/**
 * On the first working day of a month (each company's business calendar), the
 * previous month's report of each company's top node is generated (PDF and
 * Excel, in Chinese), kept in {@code report_outbox} and, by {@link MonthlyReportQueued}, mailed with both files
 * attached to the headquarters address of the policy through the outbox (notifications). The
 * unique key (company, report, month) queues it once, even when two instances
 * run the sweep at once (ShedLock keeps them apart in the first place).
 */
@Component
class MonthlyMailing {

    static final String REPORT = "MONTHLY";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Organisation organisation;
    private final BusinessCalendar calendar;
    private final Policies policies;
    private final MonthlyReports reports;
    private final ReportDocument document;
    private final ReportWorkbook workbook;
    private final ReportLabels labels;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MonthlyMailing(Organisation organisation, BusinessCalendar calendar, Policies policies, MonthlyReports reports,
            ReportDocument document, ReportWorkbook workbook, ReportLabels labels, JdbcClient jdbc,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.organisation = organisation;
        this.calendar = calendar;
        this.policies = policies;
        this.reports = reports;
        this.document = document;
        this.workbook = workbook;
        this.labels = labels;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Queues the reports due now; returns the companies (top node ids) whose report was queued by this call. */
    List<Long> queueDue() {
        Instant now = clock.instant();
        List<Long> queued = new ArrayList<>();
        for (OrgNodeView company : organisation.companies()) {
            long companyId = company.companyId();
            LocalDate today = calendar.dayOf(companyId, now);
            if (!firstWorkingDay(companyId, today)) {
                continue;
            }
            YearMonth month = YearMonth.from(today).minusMonths(1);
            if (alreadyQueued(companyId, month) || !queue(company, month, now)) {
                continue;
            }
            queued.add(company.id());
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

    private boolean alreadyQueued(long companyId, YearMonth month) {
        return jdbc.sql("""
                select count(*) from report_outbox
                where company_id = :company and report = :report and period = :period""")
                .param("company", companyId).param("report", REPORT).param("period", month.toString())
                .query(Long.class).single() > 0;
    }

    /**
     * Generates and inserts the report and tells the outbox in the same transaction ({@link MonthlyReportQueued});
     * false when another instance queued it first.
     */
    private boolean queue(OrgNodeView company, YearMonth month, Instant now) {
        MonthlyReport report = reports.build(company, month, CHINESE);
        String recipient = policies.current(MonthlyReportPolicy.class, company.companyId()).policy().hqAddress();
        byte[] pdf = document.write(report, CHINESE);
        byte[] xlsx = workbook.write(report, CHINESE);
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            Optional<Long> id = jdbc.sql("""
                    insert into report_outbox (company_id, org_node_id, report, period, recipient, subject, pdf, xlsx,
                                               queued_at)
                    values (:company, :node, :report, :period, :recipient, :subject, :pdf, :xlsx, :at)
                    on conflict (company_id, report, period) do nothing returning id""")
                    .param("company", company.companyId()).param("node", company.id()).param("report", REPORT)
                    .param("period", month.toString()).param("recipient", recipient)
                    .param("subject", labels.text("report.monthly.subject", CHINESE, company.name(), month.getYear(),
                            month.getMonthValue()))
                    .param("pdf", pdf).param("xlsx", xlsx).param("at", Timestamp.from(now))
                    .query(Long.class).optional();
            id.ifPresent(reportId -> events.publishEvent(new MonthlyReportQueued(reportId, company.companyId(),
                    company.path(), company.name(), month.toString(), recipient)));
            return id.isPresent();
        }));
    }
}
