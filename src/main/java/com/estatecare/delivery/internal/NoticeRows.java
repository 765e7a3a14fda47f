package com.estatecare.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.NoticeView;
import com.estatecare.registry.ProjectView;

/** The SQL of construction progress notices and their photos; the project's name is the registry's to add. */
@Component
public class NoticeRows {

    /** A photo's bytes and type. */
    public record Photo(String contentType, byte[] content) {
    }

    /** The most notices one read returns: ten years of months. */
    static final int MAX_NOTICES = 120;

    private final JdbcClient jdbc;

    NoticeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new notice's id, or empty when the project has one of that month already. */
    public Optional<Long> insert(ProjectView project, String month, String title, String body, String by, Instant at,
            int recipients) {
        return jdbc.sql("""
                insert into delivery_notice (company_id, project_id, scope_path, month, title, body, published_by,
                                             published_at, recipients)
                values (:company, :project, :scope, :month, :title, :body, :by, :at, :recipients)
                on conflict (company_id, project_id, month) do nothing
                returning id""")
                .param("company", project.companyId()).param("project", project.id())
                .param("scope", project.scopePath()).param("month", month).param("title", title).param("body", body)
                .param("by", by).param("at", Timestamp.from(at)).param("recipients", recipients)
                .query(Long.class).optional();
    }

    public void addPhoto(long noticeId, byte[] bytes) {
        jdbc.sql("""
                insert into delivery_notice_photo (company_id, notice_id, content_type, content, size_bytes)
                select company_id, id, :type, :content, :size from delivery_notice where id = :notice""")
                .param("type", Photos.type(bytes)).param("content", bytes).param("size", (long) bytes.length)
                .param("notice", noticeId).update();
    }

    public Optional<Photo> photo(long noticeId, long photoId) {
        return jdbc.sql("""
                select content_type, content from delivery_notice_photo where id = :id and notice_id = :notice""")
                .param("id", photoId).param("notice", noticeId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    public Optional<NoticeView> get(long id) {
        return list("n.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The notices of these projects, newest month first. */
    public List<NoticeView> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : list("n.project_id in (:projects)", Map.of("projects", projectIds));
    }

    private List<NoticeView> list(String condition, Map<String, ?> params) {
        List<NoticeView> notices = jdbc.sql("""
                select n.id, n.project_id, n.month, n.title, n.body, n.published_by, n.published_at, n.recipients
                from delivery_notice n
                where %s order by n.month desc, n.id desc limit %d""".formatted(condition, MAX_NOTICES))
                .params(params).query(NoticeRows::row).list();
        if (notices.isEmpty()) {
            return notices;
        }
        Map<Long, List<Long>> photos = jdbc.sql("""
                select notice_id, id from delivery_notice_photo where notice_id in (:ids) order by id""")
                .param("ids", notices.stream().map(NoticeView::id).toList())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return notices.stream().map(n -> new NoticeView(n.id(), n.projectId(), n.project(), n.month(), n.title(),
                n.body(), photos.getOrDefault(n.id(), List.of()), n.publishedBy(), n.publishedAt(), n.recipients()))
                .toList();
    }

    private static NoticeView row(ResultSet rs, int n) throws SQLException {
        return new NoticeView(rs.getLong("id"), rs.getLong("project_id"), null,
                rs.getString("month"), rs.getString("title"), rs.getString("body"), List.of(),
                rs.getString("published_by"), rs.getTimestamp("published_at").toInstant(), rs.getInt("recipients"));
    }
}
