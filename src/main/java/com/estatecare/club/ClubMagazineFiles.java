package com.estatecare.club;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF of a published magazine issue (会刊), for the notifications module to attach to the issue's e-mail to the
 * members who opted in (decision 051). Only a published issue of the company answers.
 */
@Component
public class ClubMagazineFiles {

    /** The issue's PDF as uploaded (its first bytes were checked to be a PDF, at most 10 MiB). */
    public record Pdf(String filename, byte[] content) {
    }

    private final JdbcClient jdbc;

    ClubMagazineFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Pdf> published(long companyId, long issueId) {
        return jdbc.sql("""
                select pdf_name, pdf from club_magazine_issue
                where id = :id and company_id = :c and status = 'PUBLISHED' and pdf is not null""")
                .param("id", issueId).param("c", companyId)
                .query((rs, i) -> new Pdf(rs.getString(1), rs.getBytes(2))).optional();
    }
}
