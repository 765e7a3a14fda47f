package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import com.estatecare.platform.FileTypes;
import com.estatecare.platform.InputLimits;
import com.estatecare.platform.Rows;
import com.estatecare.requests.Visibility;

/**
 * Photos and documents of a request, kept in the database beside it so that a
 * backup of the database is a backup of the case. Only pictures, PDF and the
 * AMR voice recordings of WeChat messages, each checked by its first bytes, not
 * only by the type the client claims.
 */
@Component
public class Attachments {

    /** 10 MiB, enough for a phone photo (the project's one limit, {@link FileTypes#MAX_BYTES}). */
    static final long MAX_BYTES = FileTypes.MAX_BYTES;

    /** Pictures, PDF and the AMR voice recordings of WeChat messages. */
    private static final List<String> TYPES = List.of("image/jpeg", "image/png", "image/webp", FileTypes.PDF,
            "audio/amr");

    public record Attachment(long id, String filename, String contentType, long sizeBytes, String uploadedByName,
            Instant uploadedAt, Visibility visibility) {
    }

    public record Content(String filename, String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;
    private final InputLimits limits;

    Attachments(JdbcClient jdbc, InputLimits limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** The type of the content as its first bytes tell it (whatever the client claims), or a 400 problem. */
    public static String detectType(byte[] bytes) {
        return FileTypes.detect(bytes, TYPES, "unsupported-attachment");
    }

    public long store(long companyId, long requestId, String filename, String contentType, byte[] bytes, Long accountId,
            String accountName, Instant now, Visibility visibility) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into request_attachment (company_id, request_id, filename, content_type, size_bytes, content,
                                                uploaded_by, uploaded_by_name, uploaded_at, visibility)
                values (:company, :request, :filename, :type, :size, :content, :by, :byName, :at, :visibility)""")
                .param("company", companyId).param("request", requestId).param("filename", filename)
                .param("type", contentType).param("size", (long) bytes.length).param("content", bytes)
                .param("by", accountId).param("byName", accountName).param("at", Timestamp.from(now))
                .param("visibility", visibility.name())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The attachments of a request: all of them for staff, those the customer may see for the customer. */
    public List<Attachment> of(long requestId, boolean customerFacingOnly) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, uploaded_by_name, uploaded_at, visibility
                from request_attachment where request_id = :request""" + only(customerFacingOnly)
                + " order by id limit :cap")
                .param("request", requestId).param("cap", limits.requestEntries()).query(Rows.of(Attachment.class)).list();
    }

    public Optional<Content> content(long requestId, long attachmentId, boolean customerFacingOnly) {
        return jdbc.sql("select filename, content_type, content from request_attachment"
                + " where id = :id and request_id = :request" + only(customerFacingOnly))
                .param("id", attachmentId).param("request", requestId)
                .query((rs, row) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static String only(boolean customerFacing) {
        return customerFacing ? " and visibility = 'CUSTOMER'" : "";
    }
}
