package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The gift catalogue of a company (礼品目录): gifts with their names in both languages and the points they cost.
 * A gift is withdrawn, never deleted, so that the ledger's redemptions keep naming it.
 */
@Component
class Gifts {

    static final int MAX_GIFTS = 200;

    @Schema(name = "ClubGift")
    record Gift(long id, String nameZh, String nameEn, int points, boolean active) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    Gifts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Gift> of(long companyId, boolean offeredOnly) {
        return jdbc.sql("select id, name_zh, name_en, points, active from club_gift where company_id = :c"
                + (offeredOnly ? " and active" : "") + " order by points, id limit " + MAX_GIFTS)
                .param("c", companyId).query(Rows.of(Gift.class)).list();
    }

    @Transactional
    Gift add(long companyId, String nameZh, String nameEn, Integer points) {
        check(nameZh, nameEn, points);
        int count = jdbc.sql("select count(*) from club_gift where company_id = :c").param("c", companyId)
                .query(Integer.class).single();
        if (count >= MAX_GIFTS) {
            throw DomainException.conflict("club-gifts-full", MAX_GIFTS);
        }
        long id = jdbc.sql("""
                insert into club_gift (company_id, name_zh, name_en, points, active, changed_at)
                values (:c, :zh, :en, :points, true, :at) returning id""")
                .param("c", companyId).param("zh", nameZh.strip()).param("en", nameEn.strip()).param("points", points)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        return new Gift(id, nameZh.strip(), nameEn.strip(), points, true);
    }

    @Transactional
    Gift change(long companyId, long id, String nameZh, String nameEn, Integer points, Boolean active) {
        check(nameZh, nameEn, points);
        int changed = jdbc.sql("""
                update club_gift set name_zh = :zh, name_en = :en, points = :points, active = :active, changed_at = :at
                where id = :id and company_id = :c""")
                .param("zh", nameZh.strip()).param("en", nameEn.strip()).param("points", points)
                .param("active", active == null || active).param("at", Timestamp.from(clock.instant()))
                .param("id", id).param("c", companyId).update();
        if (changed == 0) {
            throw DomainException.notFound("club-gift");
        }
        return new Gift(id, nameZh.strip(), nameEn.strip(), points, active == null || active);
    }

    private static void check(String nameZh, String nameEn, Integer points) {
        List<FieldProblem> problems = new ArrayList<>();
        name(problems, "nameZh", nameZh);
        name(problems, "nameEn", nameEn);
        if (points == null) {
            problems.add(FieldProblem.of("points", "required"));
        } else if (points < 1 || points > ClubPolicyDefinitions.MAX_POINTS) {
            problems.add(new FieldProblem("points", "range", new Object[] { 1, ClubPolicyDefinitions.MAX_POINTS }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
    }

    private static void name(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > 100) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, 100 }));
        }
    }
}
