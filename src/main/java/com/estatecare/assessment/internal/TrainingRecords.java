package com.estatecare.assessment.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Training records per person (培训记录, seed 003: 服务人员培训与考核): a person reads their own; managers,
 * administrators and headquarters keep those of the staff in their branch.
 */
@Component
class TrainingRecords {

    @Schema(name = "TrainingRecord")
    record TrainingRecord(long id, long accountId, LocalDate takenOn, String course, BigDecimal hours, Result result,
            String note, String recordedBy, Instant recordedAt, long version) {
    }

    enum Result {
        /** 合格 */
        PASSED,
        /** 不合格 */
        FAILED,
        /** 已参加 (no examination) */
        ATTENDED
    }

    /** What a manager enters. */
    record Entry(LocalDate takenOn, String course, BigDecimal hours, Result result, String note) {
    }

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(1000);

    private final JdbcClient jdbc;
    private final Assessments assessments;
    private final Organisation organisation;
    private final Clock clock;

    TrainingRecords(JdbcClient jdbc, Assessments assessments, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<TrainingRecord> of(long accountId, CurrentUser user) {
        assessments.inScope(accountId, user).orElseThrow(() -> DomainException.notFound("account"));
        return jdbc.sql("select * from training_record where account_id = :account order by taken_on desc, id desc limit 500")
                .param("account", accountId).query(this::read).list();
    }

    @Transactional
    TrainingRecord add(long accountId, Entry entry, CurrentUser user) {
        String path = managed(accountId, user);
        check(entry);
        long company = organisation.account(accountId).flatMap(a -> organisation.node(a.orgNodeId()))
                .map(n -> n.companyId() == null ? 0L : n.companyId()).orElse(0L);
        long id = jdbc.sql("""
                insert into training_record (company_id, account_id, scope_path, taken_on, course, hours, result, note,
                    recorded_by, recorded_at, version)
                values (:company, :account, :path, :on, :course, :hours, :result, :note, :by, :at, 0)
                returning id""")
                .param("company", company).param("account", accountId).param("path", path)
                .params(values(entry, user)).query(Long.class).single();
        return byId(id);
    }

    @Transactional
    TrainingRecord change(long id, long expectedVersion, Entry entry, CurrentUser user) {
        TrainingRecord before = byId(id);
        managed(before.accountId(), user);
        check(entry);
        if (before.version() != expectedVersion) {
            throw DomainException.staleVersion(expectedVersion, before.version());
        }
        jdbc.sql("""
                update training_record set taken_on = :on, course = :course, hours = :hours, result = :result,
                    note = :note, recorded_by = :by, recorded_at = :at, version = version + 1
                where id = :id""").params(values(entry, user)).param("id", id).update();
        return byId(id);
    }

    @Transactional
    void remove(long id, CurrentUser user) {
        managed(byId(id).accountId(), user);
        jdbc.sql("delete from training_record where id = :id").param("id", id).update();
    }

    private String managed(long accountId, CurrentUser user) {
        if (!Assessments.mayAssess(user)) {
            throw DomainException.notFound("account");
        }
        return assessments.inScope(accountId, user).filter(user::covers)
                .orElseThrow(() -> DomainException.notFound("account"));
    }

    private java.util.Map<String, Object> values(Entry entry, CurrentUser user) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("on", Date.valueOf(entry.takenOn()));
        values.put("course", entry.course().strip());
        values.put("hours", entry.hours());
        values.put("result", entry.result().name());
        values.put("note", entry.note() == null || entry.note().isBlank() ? null : entry.note().strip());
        values.put("by", user.displayName());
        values.put("at", Timestamp.from(clock.instant()));
        return values;
    }

    private void check(Entry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        if (entry.takenOn() == null) {
            problems.add(FieldProblem.of("takenOn", "required"));
        } else if (entry.takenOn().isAfter(today) || entry.takenOn().getYear() < AssessmentPeriod.FIRST_YEAR) {
            problems.add(new FieldProblem("takenOn", "range", new Object[] { AssessmentPeriod.FIRST_YEAR + "-01-01", today }));
        }
        if (entry.course() == null || entry.course().isBlank() || entry.course().length() > 200) {
            problems.add(new FieldProblem("course", "length", new Object[] { 1, 200 }));
        }
        if (entry.hours() == null || entry.hours().signum() <= 0 || entry.hours().compareTo(MAX_HOURS) > 0
                || entry.hours().scale() > 1) {
            problems.add(new FieldProblem("hours", "range", new Object[] { "0.1", MAX_HOURS }));
        }
        if (entry.result() == null) {
            problems.add(FieldProblem.of("result", "required"));
        }
        if (entry.note() != null && entry.note().length() > 1000) {
            problems.add(new FieldProblem("note", "length", new Object[] { 0, 1000 }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }

    private TrainingRecord byId(long id) {
        return jdbc.sql("select * from training_record where id = :id").param("id", id).query(this::read).optional()
                .orElseThrow(() -> DomainException.notFound("trainingRecord"));
    }

    private TrainingRecord read(ResultSet rs, int row) throws SQLException {
        return new TrainingRecord(rs.getLong("id"), rs.getLong("account_id"), rs.getDate("taken_on").toLocalDate(),
                rs.getString("course"), rs.getBigDecimal("hours"), Result.valueOf(rs.getString("result")),
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getLong("version"));
    }
}
