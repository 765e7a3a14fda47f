package com.estatecare.club.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.club.ClubMagazineChoiceChanged;
import com.estatecare.club.ClubMagazinePublished;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.FileTypes;
import com.estatecare.platform.Rows;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The member magazine (会刊): a company's issues, numbered, each with its articles and an optional PDF of the printed
 * issue, edited as a draft and published once — when it is sent to the members who opted in ({@link
 * ClubMagazinePublished}, whose persisted publication is the outbox). Published issues are read by the company's
 * members in the portal; a member opts in or out with the magazine's consent text.
 */
@Component
class Magazine {

    /** The version of the magazine's consent text ({@code club.magazine.consent.text}); a new wording takes a new one. */
    static final String CONSENT_VERSION = "club-magazine-2026-11";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MAX_ARTICLES = 50;
    static final int MAX_ISSUES = 200;
    static final int MAX_FILENAME = 200;

    @Schema(name = "ClubMagazineIssue")
    record Issue(long id, long companyId, int number, String title, LocalDate issueDate, String status,
            Instant publishedAt, Integer recipients, String pdfName, Long pdfBytes, List<Article> articles) {
    }

    @Schema(name = "ClubMagazineArticle")
    record Article(long id, String title, String body) {
    }

    record IssueRow(long id, long companyId, String scopePath, int number, String title, LocalDate issueDate,
            String status, Instant publishedAt, Integer recipients, String pdfName, Long pdfBytes) {

        static final String COLUMNS = """
                id, company_id, scope_path, number, title, issue_date, status, published_at, recipients, pdf_name,
                pdf_bytes""";
    }

    /** The PDF of an issue. */
    record Pdf(String filename, byte[] content) {
    }

    /** The owner's magazine page: the consent text to opt in with, whether they take it, the published issues. */
    @Schema(name = "MyClubMagazine")
    record Mine(String consentVersion, String consentText, boolean wanted, List<Issue> issues) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final ClubCompanies companies;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageSource texts;

    Magazine(JdbcClient jdbc, Organisation organisation, ClubCompanies companies, Members members,
            ApplicationEventPublisher events, Clock clock, MessageSource texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.companies = companies;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft issue of the caller's company (or one in their scope they name); numbers are unique per company. */
    @Transactional
    Issue create(Long companyId, Integer number, String title, LocalDate issueDate, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        if (number == null) {
            problems.add(FieldProblem.of("number", "required"));
        } else if (number < 1 || number > 100_000) {
            problems.add(new FieldProblem("number", "range", new Object[] { 1, 100_000 }));
        }
        text(problems, "title", title, MAX_TITLE);
        if (issueDate == null) {
            problems.add(FieldProblem.of("issueDate", "required"));
        } else if (issueDate.getYear() < 2000 || issueDate.getYear() > 2200) {
            problems.add(new FieldProblem("issueDate", "range", new Object[] { "2000-01-01", "2200-12-31" }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        long company = companies.of(companyId, user);
        String path = organisation.node(company).orElseThrow(() -> DomainException.notFound("company")).path();
        int count = jdbc.sql("select count(*) from club_magazine_issue where company_id = :c").param("c", company)
                .query(Integer.class).single();
        if (count >= MAX_ISSUES * 10) {
            throw DomainException.conflict("club-magazine-full", MAX_ISSUES * 10);
        }
        Optional<Long> id = jdbc.sql("""
                insert into club_magazine_issue (company_id, scope_path, number, title, issue_date, status, created_at)
                values (:c, :path, :number, :title, :day, 'DRAFT', :at)
                on conflict (company_id, number) do nothing returning id""")
                .param("c", company).param("path", path).param("number", number).param("title", title.strip())
                .param("day", issueDate).param("at", Timestamp.from(clock.instant())).query(Long.class).optional();
        return view(row(id.orElseThrow(() -> DomainException.duplicate("number"))), true);
    }

    /** The issues the caller sees (their company's, or those under their branch), newest number first. */
    @Transactional(readOnly = true)
    List<Issue> list(CurrentUser user) {
        VisibleTo visible = VisibleTo.branchOrAbove(user, "scope_path");
        return jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue where " + visible.sql()
                + " order by company_id, number desc limit " + MAX_ISSUES).params(visible.params())
                .query(Rows.of(IssueRow.class)).list().stream().map(i -> view(i, false)).toList();
    }

    @Transactional(readOnly = true)
    Issue one(long id, CurrentUser user) {
        return view(visible(id, user), true);
    }

    /** An article added to a draft issue. */
    @Transactional
    Issue addArticle(long issueId, String title, String body, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", title, MAX_TITLE);
        text(problems, "body", body, MAX_BODY);
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        IssueRow issue = draft(issueId, user);
        int count = jdbc.sql("select count(*) from club_magazine_article where issue_id = :i").param("i", issueId)
                .query(Integer.class).single();
        if (count >= MAX_ARTICLES) {
            throw DomainException.conflict("club-magazine-articles-full", MAX_ARTICLES);
        }
        jdbc.sql("""
                insert into club_magazine_article (company_id, issue_id, title, body, created_at)
                values (:c, :i, :title, :body, :at)""")
                .param("c", issue.companyId()).param("i", issueId).param("title", title.strip())
                .param("body", body.strip()).param("at", Timestamp.from(clock.instant())).update();
        return view(row(issueId), true);
    }

    /** The PDF of a draft issue (a PDF by its first bytes, at most the project's 10 MiB), replacing one before. */
    @Transactional
    Issue attachPdf(long issueId, String filename, byte[] bytes, CurrentUser user) {
        FileTypes.detect(bytes, List.of(FileTypes.PDF), "unsupported-pdf");
        IssueRow issue = draft(issueId, user);
        String name = filename == null || filename.isBlank() ? "issue-" + issue.number() + ".pdf"
                : filename.strip();
        if (name.length() > MAX_FILENAME) {
            name = name.substring(name.length() - MAX_FILENAME);
        }
        jdbc.sql("update club_magazine_issue set pdf = :pdf, pdf_name = :name, pdf_bytes = :size where id = :id")
                .param("pdf", bytes).param("name", name).param("size", (long) bytes.length).param("id", issueId)
                .update();
        return view(row(issueId), true);
    }

    /**
     * Publishes a draft issue, once: the status moves from DRAFT under the row's lock, and the event names the
     * members who opted in at that moment. Publishing a published issue changes nothing and sends nothing.
     */
    @Transactional
    Issue publish(long issueId, CurrentUser user) {
        visible(issueId, user);
        IssueRow issue = jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue where id = :id for update")
                .param("id", issueId).query(Rows.of(IssueRow.class)).single();
        if (!"DRAFT".equals(issue.status())) {
            return view(issue, true);
        }
        int articles = jdbc.sql("select count(*) from club_magazine_article where issue_id = :i").param("i", issueId)
                .query(Integer.class).single();
        if (articles == 0 && issue.pdfName() == null) {
            throw DomainException.conflict("club-magazine-empty");
        }
        List<Long> customers = jdbc.sql("""
                select customer_id from club_member where company_id = :c and status = 'ACTIVE' and magazine
                order by id""").param("c", issue.companyId()).query(Long.class).list();
        Instant now = clock.instant();
        jdbc.sql("update club_magazine_issue set status = 'PUBLISHED', published_at = :at, recipients = :n where id = :id")
                .param("at", Timestamp.from(now)).param("n", customers.size()).param("id", issueId).update();
        events.publishEvent(new ClubMagazinePublished(issueId, issue.companyId(), issue.scopePath(), issue.number(),
                issue.title(), customers, now));
        return view(row(issueId), true);
    }

    /** The PDF of an issue the caller may read: staff in its sight, members of its company once published. */
    @Transactional(readOnly = true)
    Optional<Pdf> pdf(long issueId, CurrentUser user) {
        if (user.isOwner()) {
            readable(issueId, user);
        } else {
            visible(issueId, user);
        }
        return jdbc.sql("select pdf_name, pdf from club_magazine_issue where id = :id and pdf is not null")
                .param("id", issueId).query((rs, i) -> new Pdf(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** The owner's magazine page: whether they take it, and the published issues of their company. */
    @Transactional(readOnly = true)
    Mine mine(CurrentUser owner) {
        MemberRow member = activeMember(owner);
        boolean wanted = jdbc.sql("select magazine from club_member where id = :id").param("id", member.id())
                .query(Boolean.class).single();
        List<Issue> issues = jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue"
                + " where company_id = :c and status = 'PUBLISHED' order by number desc limit " + MAX_ISSUES)
                .param("c", member.companyId()).query(Rows.of(IssueRow.class)).list().stream()
                .map(i -> view(i, false)).toList();
        return new Mine(CONSENT_VERSION, texts.getMessage("club.magazine.consent.text", null,
                LocaleContextHolder.getLocale()), wanted, issues);
    }

    /** A published issue of the owner's company with its articles. */
    @Transactional(readOnly = true)
    Issue read(long issueId, CurrentUser owner) {
        return view(readable(issueId, owner), true);
    }

    /** The member opts in (with the consent text in force) or out; the same choice again changes nothing. */
    @Transactional
    boolean choose(Boolean wanted, String consentTextVersion, CurrentUser owner) {
        List<FieldProblem> problems = new ArrayList<>();
        if (wanted == null) {
            problems.add(FieldProblem.of("wanted", "required"));
        }
        if (Boolean.TRUE.equals(wanted) && !CONSENT_VERSION.equals(consentTextVersion)) {
            problems.add(consentTextVersion == null || consentTextVersion.isBlank()
                    ? FieldProblem.of("consentTextVersion", "required")
                    : new FieldProblem("consentTextVersion", "one-of", new Object[] { CONSENT_VERSION }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        MemberRow member = activeMember(owner);
        int changed = jdbc.sql("update club_member set magazine = :w, version = version + 1 where id = :id and magazine <> :w")
                .param("w", wanted).param("id", member.id()).update();
        if (changed == 1) {
            events.publishEvent(new ClubMagazineChoiceChanged(member.id(), member.companyId(), member.scopePath(),
                    member.customerId(), wanted, "PORTAL", wanted ? CONSENT_VERSION : "-", clock.instant()));
        }
        return wanted;
    }

    private MemberRow activeMember(CurrentUser owner) {
        long id = members.myId(owner);
        MemberRow member = members.visible(id, owner);
        if (!member.active()) {
            throw DomainException.conflict("club-member-left");
        }
        return member;
    }

    private IssueRow readable(long issueId, CurrentUser owner) {
        MemberRow member = activeMember(owner);
        return jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue"
                + " where id = :id and company_id = :c and status = 'PUBLISHED'")
                .param("id", issueId).param("c", member.companyId()).query(Rows.of(IssueRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-magazine-issue"));
    }

    private IssueRow draft(long issueId, CurrentUser user) {
        IssueRow issue = visible(issueId, user);
        if (!"DRAFT".equals(issue.status())) {
            throw DomainException.conflict("club-magazine-published");
        }
        return issue;
    }

    private IssueRow visible(long id, CurrentUser user) {
        IssueRow issue = jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue where id = :id")
                .param("id", id).query(Rows.of(IssueRow.class)).optional()
                .orElseThrow(() -> DomainException.notFound("club-magazine-issue"));
        if (user.isOwner() || !(user.covers(issue.scopePath()) || user.scopePath().startsWith(issue.scopePath()))) {
            throw DomainException.notFound("club-magazine-issue");
        }
        return issue;
    }

    private IssueRow row(long id) {
        return jdbc.sql("select " + IssueRow.COLUMNS + " from club_magazine_issue where id = :id").param("id", id)
                .query(Rows.of(IssueRow.class)).single();
    }

    private Issue view(IssueRow i, boolean withArticles) {
        List<Article> articles = withArticles ? jdbc.sql("""
                select id, title, body from club_magazine_article where issue_id = :i order by id limit\s"""
                + MAX_ARTICLES).param("i", i.id()).query(Rows.of(Article.class)).list() : List.of();
        return new Issue(i.id(), i.companyId(), i.number(), i.title(), i.issueDate(), i.status(), i.publishedAt(),
                i.recipients(), i.pdfName(), i.pdfBytes(), articles);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "length", new Object[] { 1, max }));
        }
    }
}
