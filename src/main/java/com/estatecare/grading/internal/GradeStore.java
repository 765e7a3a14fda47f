package com.estatecare.grading.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.grading.ComplaintGrade;
import com.estatecare.grading.GradeReason;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.requests.RequestFacts;

/** The grading module's tables: current grade per complaint, its history, special reports. */
@Component
public class GradeStore {

    /** 专题报告 as the API lists it. */
    public record SpecialReport(long id, long requestId, String number, int grade, Instant openedAt, String status) {
    }

    private final JdbcClient jdbc;

    GradeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The complaint's grade record, locked until the end of the transaction so
     * that changes do not interleave; started at grade 4 under the policy in
     * force when the complaint has none yet.
     */
    public GradeRecord lockOrStart(RequestFacts facts, long policyCompanyId, int policyVersion, Instant now) {
        boolean first = jdbc.sql("""
                insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id,
                                             policy_version, next_check_at, graded_at, scope_path, project_id,
                                             received_at, open)
                values (:request, :company, 4, '', '', :policyCompany, :policyVersion, null, :now, :scope, :project,
                        :received, :open)
                on conflict do nothing""")
                .param("request", facts.id()).param("company", facts.companyId())
                .param("policyCompany", policyCompanyId).param("policyVersion", policyVersion)
                .param("now", Timestamp.from(now)).param("scope", facts.scopePath())
                .param("project", facts.projectId()).param("received", Timestamp.from(facts.receivedAt()))
                .param("open", facts.status().isOpen()).update() == 1;
        return first ? GradeRecord.first(facts.id(), facts.companyId(), policyCompanyId, policyVersion)
                : select("where request_id = :request for update", facts.id()).orElseThrow();
    }

    public Optional<GradeRecord> find(long requestId) {
        return select("where request_id = :request", requestId);
    }

    private Optional<GradeRecord> select(String where, long requestId) {
        return jdbc.sql("""
                select request_id, company_id, grade, reasons, waived, policy_company_id, policy_version,
                       next_check_at
                from complaint_grade
                """ + where)
                .param("request", requestId).query(GradeStore::row).optional();
    }

    /** Writes the grade back, with whether the complaint is still open (the dashboard's current hotspots). */
    public void save(GradeRecord grade, boolean open, Instant now) {
        jdbc.sql("""
                update complaint_grade set grade = :grade, reasons = :reasons, waived = :waived,
                       next_check_at = :next, graded_at = :now, open = :open
                where request_id = :request""")
                .param("open", open)
                .param("grade", grade.grade().number()).param("reasons", codes(grade.reasons()))
                .param("waived", codes(grade.waived()))
                .param("next", grade.nextCheckAt() == null ? null : Timestamp.from(grade.nextCheckAt()))
                .param("now", Timestamp.from(now)).param("request", grade.requestId()).update();
    }

    /**
     * The first grade of a complaint registered in this transaction and its history row, in one statement,
     * placed in the organisation tree and its project with its receipt time and whether it is open (the
     * dashboard's figures). The change is the rules' (named {@code actorName}): no account, no reason.
     */
    public void insertFirst(GradeRecord grade, GradeRecord.Change change, String actorName, RequestFacts facts,
            Instant now) {
        jdbc.sql("""
                with graded as (
                    insert into complaint_grade (request_id, company_id, grade, reasons, waived, policy_company_id,
                                                 policy_version, next_check_at, graded_at, scope_path, project_id,
                                                 received_at, open)
                    values (:request, :company, :grade, :reasons, :waived, :policyCompany, :policyVersion, :next,
                            :now, :scope, :project, :received, :open))
                insert into complaint_grade_history (company_id, request_id, at, from_grade, to_grade, reasons,
                                                     policy_version, changed_by_id, changed_by, reason)
                values (:company, :request, :now, :from, :to, :changeReasons, :policyVersion, null, :actor, null)""")
                .param("request", grade.requestId()).param("company", grade.companyId())
                .param("grade", grade.grade().number()).param("reasons", codes(grade.reasons()))
                .param("waived", codes(grade.waived())).param("policyCompany", grade.policyCompanyId())
                .param("policyVersion", grade.policyVersion())
                .param("next", grade.nextCheckAt() == null ? null : Timestamp.from(grade.nextCheckAt()))
                .param("now", Timestamp.from(now)).param("scope", facts.scopePath())
                .param("project", facts.projectId()).param("received", Timestamp.from(facts.receivedAt()))
                .param("open", facts.status().isOpen())
                .param("from", change.from() == null ? null : change.from().number()).param("to", change.to().number())
                .param("changeReasons", codes(change.reasons())).param("actor", actorName).update();
    }

    public void clearNextCheck(long requestId) {
        jdbc.sql("update complaint_grade set next_check_at = null where request_id = :request")
                .param("request", requestId).update();
    }

    public void recordHistory(long companyId, long requestId, Instant at, ComplaintGrade from, ComplaintGrade to,
            Collection<GradeReason> reasons, int policyVersion, Long actorId, String actorName, String reason) {
        jdbc.sql("""
                insert into complaint_grade_history (company_id, request_id, at, from_grade, to_grade, reasons,
                                                     policy_version, changed_by_id, changed_by, reason)
                values (:company, :request, :at, :from, :to, :reasons, :version, :actorId, :actor, :reason)""")
                .param("company", companyId).param("request", requestId).param("at", Timestamp.from(at))
                .param("from", from == null ? null : from.number()).param("to", to.number()).param("reasons", codes(reasons))
                .param("version", policyVersion).param("actorId", actorId).param("actor", actorName)
                .param("reason", reason).update();
    }

    /** Complaints whose next time-based rule is due: an index range, however many complaints there are. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                select request_id from complaint_grade where next_check_at <= :now
                order by next_check_at limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    /** Opens the complaint's special report, once; a later, more serious grade is written on the open one. */
    public Optional<Long> openSpecialReport(long companyId, long requestId, String number, String scopePath,
            ComplaintGrade reported, Instant at) {
        int grade = reported.number();
        int raised = jdbc.sql("update special_report set grade = :grade where request_id = :request and grade > :grade")
                .param("grade", grade).param("request", requestId).update();
        boolean exists = raised > 0 || jdbc.sql("select count(*) from special_report where request_id = :request")
                .param("request", requestId).query(Long.class).single() > 0;
        if (exists) {
            return Optional.empty();
        }
        jdbc.sql("""
                insert into special_report (company_id, request_id, number, scope_path, grade, opened_at, status)
                values (:company, :request, :number, :scope, :grade, :at, 'OPEN')""")
                .param("company", companyId).param("request", requestId).param("number", number)
                .param("scope", scopePath)
                .param("grade", grade).param("at", Timestamp.from(at)).update();
        return Optional.of(jdbc.sql("select id from special_report where request_id = :request")
                .param("request", requestId).query(Long.class).single());
    }

    /** The special reports of the complaints the caller's scope covers, newest first. */
    public CursorPage<SpecialReport> specialReports(CurrentUser user, Long requestId, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, request_id, number, grade, opened_at, status from special_report
                where id < :after""");
        var statement = new java.util.HashMap<String, Object>();
        VisibleTo visible = VisibleTo.sql(user, "scope_path");
        sql.append(" and ").append(visible.sql());
        statement.putAll(visible.params());
        statement.put("after", CursorPage.decode(cursor));
        if (requestId != null) {
            sql.append(" and request_id = :request");
            statement.put("request", requestId);
        }
        sql.append(" order by id desc limit ").append(limit + 1);
        return CursorPage.of(jdbc.sql(sql.toString()).params(statement)
                .query((rs, n) -> new SpecialReport(rs.getLong("id"), rs.getLong("request_id"), rs.getString("number"),
                        rs.getInt("grade"), rs.getTimestamp("opened_at").toInstant(), rs.getString("status")))
                .list(), limit, SpecialReport::id);
    }

    private static GradeRecord row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_check_at");
        return new GradeRecord(rs.getLong("request_id"), rs.getLong("company_id"), false,
                ComplaintGrade.of(rs.getInt("grade")), parse(rs.getString("reasons")), parse(rs.getString("waived")),
                rs.getLong("policy_company_id"), rs.getInt("policy_version"), next == null ? null : next.toInstant());
    }

    private static Set<GradeReason> parse(String codes) {
        Set<GradeReason> reasons = EnumSet.noneOf(GradeReason.class);
        Arrays.stream(codes.split(",")).filter(c -> !c.isBlank()).map(GradeReason::valueOf).forEach(reasons::add);
        return reasons;
    }

    private static String codes(Collection<GradeReason> reasons) {
        return reasons.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
