package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.PhoneNumber;
import com.estatecare.platform.Rows;
import com.estatecare.policies.Policies;
import com.estatecare.policies.Versioned;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The club's partner merchants (联盟商家) as staff work them: onboarding with the contact (whose phone is shown
 * masked) and the contract period, the status from applied to ended ({@link MerchantStatusRule}), the discount
 * offers for members, the complaints recorded about a merchant, and the yearly assessment from the members'
 * ratings and those complaints ({@link MerchantAssessmentRule}, policy {@code club-merchants}). A merchant belongs to
 * a company: staff of the company or of a branch under it see it, and the group's staff see all; anyone else is
 * answered 404.
 */
@Component
class Merchants {

    @Schema(name = "ClubMerchant")
    record Merchant(long id, long companyId, String name, String category, String address, String contactName,
            String contactPhoneMasked, LocalDate contractFrom, LocalDate contractTo, String status,
            List<String> allowedStatuses, Instant createdAt, Assessment assessment) {
    }

    /** A grade or a sign, in both languages. */
    @Schema(name = "ClubMerchantGrade")
    record Grade(String code, String nameZh, String nameEn) {
    }

    @Schema(name = "ClubMerchantSign")
    record Sign(String nameZh, String nameEn) {
    }

    /**
     * 年度评估: the year's ratings (how many, their average) and complaints, the grade and sign they earn, why, and the
     * policy version that decided it.
     */
    @Schema(name = "ClubMerchantAssessment")
    record Assessment(int year, long ratings, Double average, long complaints, Grade grade, Sign sign, String reason,
            int minRatings, int policyVersion) {
    }

    @Schema(name = "ClubMerchantOffer")
    record Offer(long id, long merchantId, String title, String terms, int discountPercent, LocalDate validFrom,
            LocalDate validTo, List<String> levels, Integer points, boolean current) {
    }

    @Schema(name = "ClubMerchantComplaint")
    record Complaint(long id, LocalDate onDay, String note, String recorderName, Instant at) {
    }

    /** A merchant as stored. */
    record MerchantRow(long id, long companyId, String scopePath, String name, String category, String address,
            String contactName, String contactPhone, LocalDate contractFrom, LocalDate contractTo, String status,
            Instant createdAt) {

        static final String COLUMNS = """
                id, company_id, scope_path, name, category, address, contact_name, contact_phone, contract_from,
                contract_to, status, created_at""";
    }

    record OfferRow(long id, long merchantId, String title, String terms, int discountPercent, LocalDate validFrom,
            LocalDate validTo, String levels, Integer points) {

        static final String COLUMNS = """
                id, merchant_id, title, terms, discount_percent, valid_from, valid_to, levels, points""";
    }

    /** What onboarding records. */
    record Onboarding(String name, String category, String address, String contactName, String contactPhone,
            LocalDate contractFrom, LocalDate contractTo) {
    }

    /** What an offer says. */
    record OfferInput(String title, String terms, Integer discountPercent, LocalDate validFrom, LocalDate validTo,
            List<String> levels, Integer points) {
    }

    static final int MAX_OFFERS = 100;
    static final int MAX_COMPLAINTS = 500;

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final ClubCompanies companies;
    private final Policies policies;
    private final Clock clock;
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");

    Merchants(JdbcClient jdbc, Organisation organisation, ClubCompanies companies, Policies policies, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.companies = companies;
        this.policies = policies;
        this.clock = clock;
    }

    /** A new merchant of the caller's company (or a company in their scope they name), as APPLIED. */
    @Transactional
    Merchant onboard(Long companyId, Onboarding in, CurrentUser user) {
        var problems = MerchantInput.merchant(in.name(), in.category(), in.address(), in.contactName(),
                in.contactPhone(), in.contractFrom(), in.contractTo());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        long company = companies.of(companyId, user);
        String path = organisation.node(company).orElseThrow(() -> DomainException.notFound("company")).path();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                insert into club_merchant (company_id, scope_path, name, category, address, contact_name, contact_phone,
                    contract_from, contract_to, status, created_at, changed_at)
                values (:c, :path, :name, :category, :address, :contact, :phone, :from, :to, 'APPLIED', :at, :at)
                returning id""")
                .param("c", company).param("path", path).param("name", in.name().strip())
                .param("category", in.category()).param("address", in.address().strip())
                .param("contact", in.contactName().strip()).param("phone", PhoneNumber.normalise(in.contactPhone()))
                .param("from", in.contractFrom()).param("to", in.contractTo()).param("at", now)
                .query(Long.class).single();
        return view(row(id), today().getYear());
    }

    /** Merchants in the caller's sight, newest first, by status and name; each with this year's assessment. */
    @Transactional(readOnly = true)
    CursorPage<Merchant> list(String status, String q, String cursor, int limit, CurrentUser user) {
        if (status != null && !MerchantStatusRule.STATUSES.contains(status)) {
            throw DomainException.invalidField("status", "one-of", String.join(", ", MerchantStatusRule.STATUSES));
        }
        if (q != null && q.length() > MerchantInput.MAX_NAME) {
            throw DomainException.invalidField("q", "length", 0, MerchantInput.MAX_NAME);
        }
        VisibleTo visible = VisibleTo.branchOrAbove(user, "scope_path");
        Map<String, Object> params = new HashMap<>(visible.params());
        StringBuilder sql = new StringBuilder("select " + MerchantRow.COLUMNS + " from club_merchant where id < :after and "
                + visible.sql());
        params.put("after", CursorPage.decode(cursor));
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status);
        }
        if (q != null && !q.isBlank()) {
            sql.append(" and position(lower(:q) in lower(name)) > 0");
            params.put("q", q.strip());
        }
        sql.append(" order by id desc limit :limit");
        params.put("limit", limit + 1);
        List<MerchantRow> rows = jdbc.sql(sql.toString()).params(params).query(Rows.of(MerchantRow.class)).list();
        CursorPage<MerchantRow> page = CursorPage.of(rows, limit, MerchantRow::id);
        int year = today().getYear();
        Map<Long, long[]> figures = figures(page.items().stream().map(MerchantRow::id).toList(), year);
        return page.map(m -> view(m, assessment(m.companyId(), year, figures.getOrDefault(m.id(), new long[3]))));
    }

    @Transactional(readOnly = true)
    Merchant one(long id, CurrentUser user) {
        return view(visible(id, user), today().getYear());
    }

    /** Moves the merchant to another status, as {@link MerchantStatusRule} allows. */
    @Transactional
    Merchant status(long id, String to, CurrentUser user) {
        if (to == null || to.isBlank()) {
            throw DomainException.invalidField("status", "required");
        }
        if (!MerchantStatusRule.STATUSES.contains(to)) {
            throw DomainException.invalidField("status", "one-of", String.join(", ", MerchantStatusRule.STATUSES));
        }
        visible(id, user);
        MerchantRow locked = jdbc.sql("select " + MerchantRow.COLUMNS + " from club_merchant where id = :id for update")
                .param("id", id).query(Rows.of(MerchantRow.class)).single();
        MerchantStatusRule.check(locked.status(), to);
        jdbc.sql("update club_merchant set status = :s, changed_at = :at, version = version + 1 where id = :id")
                .param("s", to).param("at", Timestamp.from(clock.instant())).param("id", id).update();
        return view(row(id), today().getYear());
    }

    @Transactional(readOnly = true)
    List<Offer> offers(long merchantId, CurrentUser user) {
        visible(merchantId, user);
        return offersOf(List.of(merchantId), false);
    }

    @Transactional
    Offer addOffer(long merchantId, OfferInput in, CurrentUser user) {
        MerchantRow merchant = visible(merchantId, user);
        List<String> known = policies.current(LevelPolicy.class, merchant.companyId()).policy().levels().stream()
                .map(LevelPolicy.Level::code).toList();
        var problems = MerchantInput.offer(in.title(), in.terms(), in.discountPercent(), in.validFrom(), in.validTo(),
                in.levels(), known);
        if (in.points() != null && (in.points() < 1 || in.points() > ClubPolicyDefinitions.MAX_POINTS)) {
            problems.add(new com.estatecare.platform.FieldProblem("points", "range",
                    new Object[] { 1, ClubPolicyDefinitions.MAX_POINTS }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        if ("ENDED".equals(merchant.status())) {
            throw DomainException.conflict("club-merchant-status", merchant.status(), "ACTIVE").with("allowed",
                    List.of());
        }
        int count = jdbc.sql("select count(*) from club_merchant_offer where merchant_id = :m").param("m", merchantId)
                .query(Integer.class).single();
        if (count >= MAX_OFFERS) {
            throw DomainException.conflict("club-merchant-offers-full", MAX_OFFERS);
        }
        String levels = in.levels() == null ? "" : String.join(",", in.levels().stream().distinct().toList());
        long id = jdbc.sql("""
                insert into club_merchant_offer (company_id, merchant_id, title, terms, discount_percent, valid_from,
                    valid_to, levels, points, created_at)
                values (:c, :m, :title, :terms, :discount, :from, :to, :levels, :points, :at) returning id""")
                .param("c", merchant.companyId()).param("m", merchantId).param("title", in.title().strip())
                .param("terms", in.terms().strip()).param("discount", in.discountPercent())
                .param("from", in.validFrom()).param("to", in.validTo()).param("levels", levels)
                .param("points", in.points()).param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        return offer(jdbc.sql("select " + OfferRow.COLUMNS + " from club_merchant_offer where id = :id")
                .param("id", id).query(Rows.of(OfferRow.class)).single());
    }

    @Transactional(readOnly = true)
    List<Complaint> complaints(long merchantId, CurrentUser user) {
        visible(merchantId, user);
        return jdbc.sql("""
                select id, on_day, note, recorder_name, at from club_merchant_complaint
                where merchant_id = :m order by on_day desc, id desc limit\s""" + MAX_COMPLAINTS)
                .param("m", merchantId).query(Rows.of(Complaint.class)).list();
    }

    /** A complaint about the merchant, as staff heard it; it counts against the assessment of its day's year. */
    @Transactional
    Complaint addComplaint(long merchantId, LocalDate onDay, String note, CurrentUser user) {
        var problems = MerchantInput.complaint(onDay, note, today());
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        MerchantRow merchant = visible(merchantId, user);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into club_merchant_complaint (company_id, merchant_id, on_day, note, recorded_by, recorder_name, at)
                values (:c, :m, :day, :note, :by, :name, :at) returning id""")
                .param("c", merchant.companyId()).param("m", merchantId).param("day", onDay)
                .param("note", note.strip()).param("by", user.accountId()).param("name", user.displayName())
                .param("at", Timestamp.from(now)).query(Long.class).single();
        return new Complaint(id, onDay, note.strip(), user.displayName(), now);
    }

    /** The merchant's assessment of a year (this year when none is named). */
    @Transactional(readOnly = true)
    Assessment assessment(long merchantId, Integer year, CurrentUser user) {
        int current = today().getYear();
        if (year != null && (year < 2000 || year > current)) {
            throw DomainException.invalidField("year", "range", "2000", String.valueOf(current));
        }
        MerchantRow merchant = visible(merchantId, user);
        int of = year == null ? current : year;
        return assessment(merchant.companyId(), of, figures(List.of(merchantId), of).getOrDefault(merchantId,
                new long[3]));
    }

    /** The merchant in the caller's sight (their company's, or any under their branch), else 404. */
    MerchantRow visible(long id, CurrentUser user) {
        MerchantRow merchant = jdbc.sql("select " + MerchantRow.COLUMNS + " from club_merchant where id = :id")
                .param("id", id).query(Rows.of(MerchantRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-merchant"));
        if (user.isOwner() || !(user.covers(merchant.scopePath()) || user.scopePath().startsWith(merchant.scopePath()))) {
            throw DomainException.notFound("club-merchant");
        }
        return merchant;
    }

    /** The offers of the merchants, newest first; with {@code currentOnly} those valid today. */
    List<Offer> offersOf(List<Long> merchantIds, boolean currentOnly) {
        if (merchantIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + OfferRow.COLUMNS + " from club_merchant_offer where merchant_id in (:ids)"
                + (currentOnly ? " and valid_from <= :today and valid_to >= :today" : "")
                + " order by valid_from desc, id desc limit " + MAX_OFFERS * Math.max(1, merchantIds.size()))
                .param("ids", merchantIds).param("today", today()).query(Rows.of(OfferRow.class)).list().stream()
                .map(this::offer).toList();
    }

    Assessment assessment(long companyId, int year, long[] figures) {
        Versioned<MerchantPolicy> policy = policies.current(MerchantPolicy.class, companyId);
        MerchantAssessmentRule.Decision decision = MerchantAssessmentRule.assess(policy.policy(), figures[0],
                figures[1], figures[2]);
        MerchantPolicy.Grade grade = decision.grade();
        return new Assessment(year, decision.ratings(), decision.average(), decision.complaints(),
                grade == null ? null : new Grade(grade.code(), grade.nameZh(), grade.nameEn()),
                grade == null || !MerchantPolicy.hasSign(grade.signZh()) ? null
                        : new Sign(grade.signZh(), grade.signEn()),
                decision.reason().name(), policy.policy().minRatings(), policy.version());
    }

    /** Per merchant: the year's ratings, their score sum, and the year's complaints. */
    Map<Long, long[]> figures(List<Long> merchantIds, int year) {
        Map<Long, long[]> figures = new HashMap<>();
        if (merchantIds.isEmpty()) {
            return figures;
        }
        jdbc.sql("""
                select merchant_id, count(*) as ratings, sum(score) as score_sum from club_merchant_rating
                where merchant_id in (:ids) and year = :year group by merchant_id""")
                .param("ids", merchantIds).param("year", year).query((rs, i) -> {
                    long[] f = figures.computeIfAbsent(rs.getLong(1), k -> new long[3]);
                    f[0] = rs.getLong(2);
                    f[1] = rs.getLong(3);
                    return f;
                }).list();
        jdbc.sql("""
                select merchant_id, count(*) from club_merchant_complaint
                where merchant_id in (:ids) and on_day >= :from and on_day <= :to group by merchant_id""")
                .param("ids", merchantIds).param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31)).query((rs, i) -> {
                    figures.computeIfAbsent(rs.getLong(1), k -> new long[3])[2] = rs.getLong(2);
                    return rs.getLong(1);
                }).list();
        return figures;
    }

    LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    Instant now() {
        return clock.instant();
    }

    MerchantRow row(long id) {
        return jdbc.sql("select " + MerchantRow.COLUMNS + " from club_merchant where id = :id").param("id", id)
                .query(Rows.of(MerchantRow.class)).single();
    }

    private Merchant view(MerchantRow m, int year) {
        return view(m, assessment(m.companyId(), year, figures(List.of(m.id()), year).getOrDefault(m.id(), new long[3])));
    }

    private Merchant view(MerchantRow m, Assessment assessment) {
        return new Merchant(m.id(), m.companyId(), m.name(), m.category(), m.address(), m.contactName(),
                PhoneNumber.mask(m.contactPhone()), m.contractFrom(), m.contractTo(), m.status(),
                MerchantStatusRule.allowed(m.status()), m.createdAt(), assessment);
    }

    private Offer offer(OfferRow o) {
        LocalDate today = today();
        List<String> levels = o.levels() == null || o.levels().isBlank() ? List.of()
                : Arrays.stream(o.levels().split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
        return new Offer(o.id(), o.merchantId(), o.title(), o.terms(), o.discountPercent(), o.validFrom(),
                o.validTo(), levels, o.points(), !today.isBefore(o.validFrom()) && !today.isAfter(o.validTo()));
    }
}
