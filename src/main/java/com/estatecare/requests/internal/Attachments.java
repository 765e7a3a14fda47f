package com.estatecare.requests.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import com.estatecare.platform.DomainException;
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

    /** 10 MiB, enough for a phone photo. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' },
            "image/webp", new byte[] { 'R', 'I', 'F', 'F' },
            "application/pdf", new byte[] { '%', 'P', 'D', 'F' },
            "audio/amr", new byte[] { '#', '!', 'A', 'M', 'R', '\n' });

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
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw DomainException.invalidField("file", "range", 1, MAX_BYTES);
        }
        return SIGNATURES.entrySet().stream()
                .filter(e -> bytes.length >= e.getValue().length
                        && Arrays.equals(Arrays.copyOf(bytes, e.getValue().length), e.getValue()))
                .filter(e -> !e.getKey().equals("image/webp")
                        || (bytes.length >= 12 && new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WEBP")))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> DomainException.invalidField("file", "unsupported-attachment"));
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
