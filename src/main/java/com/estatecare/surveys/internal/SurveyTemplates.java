package com.estatecare.surveys.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The survey templates: append-only versions per company and code (a change is a new version, so a campaign's
 * version never changes under its answers); a company's own version of a code stands before the group's (0).
 */
@Component
class SurveyTemplates {

    private static final TypeReference<List<SurveyForm.Question>> QUESTIONS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyTemplates(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The newest version of every code in force for a company (its own, else the group's). */
    @Transactional(readOnly = true)
    List<SurveyForm> current(long companyId) {
        return jdbc.sql("""
                select distinct on (code) * from survey_template
                where company_id in (0, :company)
                order by code, company_id desc, version desc""")
                .param("company", companyId).query(this::read).list();
    }

    /** A version the company may use (its own or the group's), else {@code templateId} is unknown. */
    SurveyForm usable(long id, long companyId) {
        return jdbc.sql("select * from survey_template where id = :id and company_id in (0, :company)")
                .param("id", id).param("company", companyId).query(this::read).optional()
                .orElseThrow(() -> DomainException.unknownReference("templateId"));
    }

    Optional<SurveyForm> byId(long id) {
        return jdbc.sql("select * from survey_template where id = :id").param("id", id).query(this::read).optional();
    }

    /** A new version of the company's template {@code code} (HQ without a company: the group's). */
    @Transactional
    SurveyForm change(String code, String name, String nameEn, List<SurveyForm.Question> questions,
            CurrentUser user) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{0,39}")) {
            throw DomainException.invalidField("code", "malformed");
        }
        List<FieldProblem> problems = SurveyForm.check(name, nameEn, questions);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        long company = user.companyId() == null ? 0 : user.companyId();
        jdbc.sql("select pg_advisory_xact_lock(hashtext('survey_template:' || :company || ':' || :code))")
                .param("company", company).param("code", code).query(Object.class).single();
        int next = jdbc.sql("""
                select coalesce(max(version), 0) + 1 from survey_template where company_id = :company and code = :code""")
                .param("company", company).param("code", code).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into survey_template (company_id, code, version, name, name_en, questions, changed_by, changed_at)
                values (:company, :code, :version, :name, :nameEn, cast(:questions as jsonb), :by, :at)
                returning id""")
                .param("company", company).param("code", code).param("version", next).param("name", name.strip())
                .param("nameEn", nameEn.strip()).param("questions", json.writeValueAsString(questions))
                .param("by", user.displayName()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return byId(id).orElseThrow();
    }

    private SurveyForm read(ResultSet rs, int row) throws SQLException {
        return new SurveyForm(rs.getLong("id"), rs.getLong("company_id"), rs.getString("code"), rs.getInt("version"),
                rs.getString("name"), rs.getString("name_en"), json.readValue(rs.getString("questions"), QUESTIONS),
                rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"));
    }
}
