package com.estatecare.knowledge.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.platform.DomainException;

/**
 * The synonym sets (同义词) of a company, which its administrator edits, and the group's, which the group's
 * administrator edits and every company uses: a search for one term of a set searches for all of them
 * ({@link SynonymExpansion}). Terms are words: letters and digits, 1 to 40 characters,
 * 2 to 20 of them in a set; a company has at most {@link #MAX_SETS} sets.
 */
@Component
class Synonyms {

    /** A synonym set as the API shows it; {@code shared}: the group's, in force for every company. */
    record SynonymSet(long id, List<String> terms, boolean shared, String changedBy, Instant changedAt) {
    }

    static final int MAX_SETS = 500;
    /** The company id of the group's sets, in force for every company. */
    static final long GROUP = 0;
    static final int MAX_TERMS = 20;
    private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}]{1,40}");

    private final JdbcClient jdbc;
    private final Clock clock;

    Synonyms(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The sets of a company, as lists of terms (what a search expands with). */
    @Transactional(readOnly = true)
    List<List<String>> setsOf(Long companyId) {
        return list(companyId).stream().map(SynonymSet::terms).toList();
    }

    /** The group's sets (company 0) and a company's own; a group member without a company reads every one. */
    @Transactional(readOnly = true)
    List<SynonymSet> list(Long companyId) {
        return jdbc.sql("""
                select id, terms, company_id, changed_by, changed_at from knowledge_synonym
                where company_id = 0 or company_id = coalesce(:company, company_id) order by id limit :max""")
                .param("company", companyId).param("max", MAX_SETS)
                .query((rs, i) -> new SynonymSet(rs.getLong("id"), terms(rs.getArray("terms")),
                        rs.getLong("company_id") == GROUP, rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @Transactional
    SynonymSet create(List<String> terms, CurrentUser user) {
        List<String> checked = checked(terms);
        long company = company(user);
        long count = jdbc.sql("select count(*) from knowledge_synonym where company_id = :company")
                .param("company", company).query(Long.class).single();
        if (count >= MAX_SETS) {
            throw DomainException.conflict("too-many-synonym-sets", MAX_SETS);
        }
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into knowledge_synonym (company_id, terms, changed_by, changed_at)
                values (:company, :terms, :by, :at) returning id""")
                .param("company", company).param("terms", checked.toArray(String[]::new))
                .param("by", user.displayName()).param("at", Timestamp.from(now)).query(Long.class).single();
        return new SynonymSet(id, checked, company == GROUP, user.displayName(), now);
    }

    @Transactional
    SynonymSet replace(long id, List<String> terms, CurrentUser user) {
        List<String> checked = checked(terms);
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update knowledge_synonym set terms = :terms, changed_by = :by, changed_at = :at
                where id = :id and company_id = :company""")
                .param("terms", checked.toArray(String[]::new)).param("by", user.displayName())
                .param("at", Timestamp.from(now)).param("id", id).param("company", company(user)).update();
        if (changed == 0) {
            throw DomainException.notFound("synonym");
        }
        return new SynonymSet(id, checked, company(user) == GROUP, user.displayName(), now);
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        int deleted = jdbc.sql("delete from knowledge_synonym where id = :id and company_id = :company")
                .param("id", id).param("company", company(user)).update();
        if (deleted == 0) {
            throw DomainException.notFound("synonym");
        }
    }

    /** The terms, trimmed and without repeats; each a word, 2 to 20 of them. */
    static List<String> checked(List<String> terms) {
        if (terms == null || terms.size() > MAX_TERMS * 5) {
            throw DomainException.invalidField("terms", "length", 2, MAX_TERMS);
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms.stream()
                .map(t -> t == null ? "" : t.strip()).toList()));
        for (int i = 0; i < distinct.size(); i++) {
            if (!TERM.matcher(distinct.get(i)).matches()) {
                throw DomainException.invalidField("terms[" + i + "]", "synonym-term");
            }
        }
        if (distinct.size() < 2 || distinct.size() > MAX_TERMS) {
            throw DomainException.invalidField("terms", "length", 2, MAX_TERMS);
        }
        return distinct;
    }

    /** The company whose sets the administrator edits: their own, or the group's (0) for the group's. */
    private static long company(CurrentUser user) {
        return user.companyId() == null ? GROUP : user.companyId();
    }

    private static List<String> terms(Array array) throws java.sql.SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
