package com.estatecare.notifications.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.StampedCache;

/**
 * The wording of each message kind in each language: a company's own (edited by its administrators), else the
 * group's (company 0), else the built-in default.
 */
@Component
class MessageTemplates {

    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** A template as the editor shows it: {@code custom} when a company or the group changed the default. */
    @Schema(name = "MessageTemplate")
    record Template(MessageKind kind, String language, String subject, String body, List<String> placeholders,
            boolean custom, long version, String changedBy, Instant changedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    /**
     * Each company's rows, from memory (every intake writes an acknowledgement from them). A change here empties
     * it when its transaction ends; a change on another instance is seen within the recheck period, by a stamp
     * that every save (the version and the time rise) and every reset (the count falls) changes.
     */
    private final StampedCache<Long, List<Template>> rowsOf;

    MessageTemplates(JdbcClient jdbc, Clock clock, @Value("${estatecare.policies.recheck:PT1S}") Duration recheck) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rowsOf = new StampedCache<>(recheck, () -> jdbc.sql("""
                select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(changed_at)::text, '')
                from message_template""").query(String.class).single());
    }

    /** Every kind in both languages, as messages of this company are written now. */
    @Transactional(readOnly = true)
    List<Template> all(long companyId) {
        Map<String, Template> own = new HashMap<>();
        rows(companyId).forEach(t -> own.put(t.kind() + "/" + t.language(), t));
        List<Template> all = new ArrayList<>();
        for (MessageKind kind : MessageKind.templatedKinds()) {
            for (String language : LANGUAGES) {
                all.add(own.getOrDefault(kind + "/" + language, builtIn(kind, language)));
            }
        }
        return all;
    }

    @Transactional(readOnly = true)
    Template of(long companyId, MessageKind kind, String language) {
        return rows(companyId).stream().filter(t -> t.kind() == kind && t.language().equals(language)).findFirst()
                .orElseGet(() -> builtIn(kind, language));
    }

    /**
     * Saves a company's wording, if valid and if {@code expectedVersion} (when given) is the version it replaces.
     */
    @Transactional
    Template save(long companyId, MessageKind kind, String language, String subject, String body,
            Long expectedVersion, String changedBy) {
        List<FieldProblem> problems = TemplateText.problems(kind, subject, body);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        Optional<Long> current = jdbc.sql("""
                select version from message_template where company_id = :company and kind = :kind
                    and language = :language for update""")
                .param("company", companyId).param("kind", kind.name()).param("language", language)
                .query(Long.class).optional();
        long actual = current.orElse(0L);
        if (expectedVersion != null && expectedVersion != actual) {
            throw DomainException.staleVersion(expectedVersion, actual);
        }
        jdbc.sql("""
                insert into message_template (company_id, kind, language, subject, body, version, changed_by, changed_at)
                values (:company, :kind, :language, :subject, :body, 1, :by, :at)
                on conflict (company_id, kind, language) do update set subject = excluded.subject,
                    body = excluded.body, version = message_template.version + 1, changed_by = excluded.changed_by,
                    changed_at = excluded.changed_at""")
                .param("company", companyId).param("kind", kind.name()).param("language", language)
                .param("subject", subject).param("body", body).param("by", changedBy)
                .param("at", Timestamp.from(clock.instant())).update();
        rowsOf.changed();
        return of(companyId, kind, language);
    }

    /** Back to the group's or the built-in wording. */
    @Transactional
    Template reset(long companyId, MessageKind kind, String language) {
        jdbc.sql("delete from message_template where company_id = :company and kind = :kind and language = :language")
                .param("company", companyId).param("kind", kind.name()).param("language", language).update();
        rowsOf.changed();
        return of(companyId, kind, language);
    }

    private List<Template> rows(long companyId) {
        return rowsOf.get(companyId, this::read);
    }

    private List<Template> read(long companyId) {
        return jdbc.sql("""
                select distinct on (kind, language) kind, language, subject, body, version, changed_by, changed_at
                from message_template where company_id in (:company, 0)
                order by kind, language, company_id desc""")
                .param("company", companyId)
                .query((rs, i) -> {
                    MessageKind kind = MessageKind.valueOf(rs.getString("kind"));
                    return new Template(kind, rs.getString("language"), rs.getString("subject"), rs.getString("body"),
                            kind.placeholders(), true, rs.getLong("version"), rs.getString("changed_by"),
                            rs.getTimestamp("changed_at").toInstant());
                }).list().stream().toList();
    }

    private static Template builtIn(MessageKind kind, String language) {
        DefaultTemplates.Text text = DefaultTemplates.of(kind, language);
        return new Template(kind, language, text.subject(), text.body(), kind.placeholders(), false, 0, null, null);
    }
}
