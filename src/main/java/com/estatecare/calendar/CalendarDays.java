package com.estatecare.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.DomainException;
import com.estatecare.policies.Policies;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The marked days of a calendar — holidays and make-up working days — as an
 * administrator edits them or imports next year's ICS file from the State
 * Council's notice. Every change is kept with who, when and why.
 */
@Service
public class CalendarDays {

    /** A marked day. */
    public record Day(LocalDate date, DayKind kind, String name, long companyId, String source) {
    }

    /** What an import did (named apart from the registry's import report in the API description). */
    @Schema(name = "CalendarImportReport")
    public record ImportReport(int events, int days, List<Integer> years) {
    }

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;
    private final Policies policies;
    private final Clock clock;
    private final MarkedDaysCache marked;

    CalendarDays(JdbcClient jdbc, Policies policies, Clock clock, MarkedDaysCache marked) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.clock = clock;
        this.marked = marked;
    }

    public List<Day> year(long companyId, int year) {
        return jdbc.sql("""
                select on_day, kind, name, company_id, source from calendar_day
                where company_id in (0, :company) and on_day between :first and :last order by on_day, company_id""")
                .param("company", companyId).param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query((rs, row) -> new Day(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list().stream()
                .collect(LinkedHashMap<LocalDate, Day>::new, (m, d) -> m.put(d.date(), d), Map::putAll)
                .values().stream().toList();
    }

    @Transactional
    public Day mark(long companyId, LocalDate date, DayKind kind, String name, String reason, String who) {
        Optional<DayKind> old = current(companyId, date);
        jdbc.sql("delete from calendar_day where company_id = :company and on_day = :day")
                .param("company", companyId).param("day", date).update();
        jdbc.sql("""
                insert into calendar_day (company_id, on_day, kind, name, source)
                values (:company, :day, :kind, :name, :source)""")
                .param("company", companyId).param("day", date).param("kind", kind.name()).param("name", name)
                .param("source", "edited by " + who).update();
        audit(companyId, date, old.orElse(null), kind, name, reason, who);
        checkYearHasWorkingDays(companyId, date.getYear());
        return new Day(date, kind, name, companyId, "edited by " + who);
    }

    @Transactional
    public void unmark(long companyId, LocalDate date, String reason, String who) {
        Optional<DayKind> old = current(companyId, date);
        if (old.isEmpty()) {
            throw DomainException.notFound("calendar-day");
        }
        jdbc.sql("delete from calendar_day where company_id = :company and on_day = :day")
                .param("company", companyId).param("day", date).update();
        audit(companyId, date, old.get(), null, null, reason, who);
    }

    /**
     * Imports holidays (休) and make-up working days (班) from an ICS file such
     * as the one published with chinese-days; all-day events with
     * {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND}.
     */
    @Transactional
    public ImportReport importIcs(long companyId, String ics, String reason, String who) {
        List<String[]> events = parse(ics);
        int days = 0;
        List<Integer> years = new ArrayList<>();
        for (String[] event : events) {
            LocalDate start = LocalDate.parse(event[0], ICS_DATE);
            LocalDate end = event[1] == null ? start.plusDays(1) : LocalDate.parse(event[1], ICS_DATE);
            DayKind kind = DayKind.valueOf(event[2]);
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                mark(companyId, d, kind, event[3], reason, who);
                days++;
                if (!years.contains(d.getYear())) {
                    years.add(d.getYear());
                }
            }
        }
        if (events.isEmpty()) {
            throw DomainException.invalidField("file", "no-calendar-events");
        }
        return new ImportReport(events.size(), days, years);
    }

    /** [dtstart, dtend, kind, name] of every holiday or make-up-day event. */
    private static List<String[]> parse(String ics) {
        String unfolded = ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "");
        List<String[]> events = new ArrayList<>();
        String start = null;
        String end = null;
        String summary = null;
        String description = null;
        for (String line : unfolded.split("\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                start = end = summary = description = null;
            } else if (line.startsWith("DTSTART")) {
                start = line.substring(line.indexOf(':') + 1).trim();
            } else if (line.startsWith("DTEND")) {
                end = line.substring(line.indexOf(':') + 1).trim();
            } else if (line.startsWith("SUMMARY")) {
                summary = line.substring(line.indexOf(':') + 1).trim();
            } else if (line.startsWith("DESCRIPTION")) {
                description = line.substring(line.indexOf(':') + 1).trim();
            } else if (line.equals("END:VEVENT") && start != null && summary != null) {
                String kind = summary.contains("(班)") || "班".equals(description) ? "WORKDAY"
                        : summary.contains("(休)") || "休".equals(description) ? "HOLIDAY" : null;
                if (kind != null && start.length() >= 8) {
                    String name = summary.replace("(休)", "").replace("(班)", "").trim();
                    events.add(new String[] { start.substring(0, 8), end == null ? null : end.substring(0, 8), kind,
                            name.length() > 100 ? name.substring(0, 100) : name });
                }
            }
        }
        return events;
    }

    private Optional<DayKind> current(long companyId, LocalDate date) {
        return jdbc.sql("select kind from calendar_day where company_id = :company and on_day = :day")
                .param("company", companyId).param("day", date).query(String.class).optional().map(DayKind::valueOf);
    }

    private void audit(long companyId, LocalDate date, DayKind old, DayKind kind, String name, String reason,
            String who) {
        jdbc.sql("""
                insert into calendar_day_change (company_id, on_day, old_kind, new_kind, name, changed_by, changed_at, reason)
                values (:company, :day, :old, :new, :name, :by, :at, :reason)""")
                .param("company", companyId).param("day", date).param("old", old == null ? null : old.name())
                .param("new", kind == null ? null : kind.name()).param("name", name).param("by", who)
                .param("at", Timestamp.from(clock.instant())).param("reason", reason).update();
        marked.changed();
    }

    /** A year in which no day is worked cannot carry a time limit: refused, the calendar stays as it was. */
    private void checkYearHasWorkingDays(long companyId, int year) {
        CalendarPolicy policy = policies.current(CalendarPolicy.class, companyId).policy();
        Map<LocalDate, DayKind> marked = new LinkedHashMap<>();
        year(companyId, year).forEach(d -> marked.put(d.date(), d.kind()));
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayKind kind = marked.get(d);
            if (kind == DayKind.WORKDAY || (kind == null && policy.workingDays().contains(d.getDayOfWeek()))) {
                return;
            }
        }
        throw DomainException.invalidField("kind", "no-working-day");
    }
}
