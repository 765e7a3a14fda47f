package com.estatecare.privacy.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Organisation;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.ReportPeriod;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/audit-log")
@PreAuthorize("hasAnyRole('ADMIN','AUDITOR')")
@Tag(name = "Privacy", description = "The audit log and the audited reveal of personal data (SPEC §13)")
class AuditController {

    /** The most entries one CSV export holds: a narrower search finds the rest. */
    static final int MAX_EXPORT = 10_000;
    private final AuditLog log;
    private final Organisation organisation;
    private final Callers callers;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;

    AuditController(AuditLog log, Organisation organisation, Callers callers, ObjectMapper json,
            TransactionTemplate transactions) {
        this.log = log;
        this.organisation = organisation;
        this.callers = callers;
        this.json = json;
        this.transactions = transactions;
    }

    @GetMapping
    @Operation(summary = "Search the audit log of the caller's branch: a period of days (at most 366), optionally"
            + " a person (user name or part of a name), a record (type and id) and an action; newest first, with a"
            + " cursor. Administrators and auditors")
    CursorPage<AuditEntry> search(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) Long recordId, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        AuditQuery query = AuditQuery.of(from, to, person, recordType, recordId, action);
        return log.search(query, organisation.currentUser(), cursor, CursorPage.limit(limit));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @Operation(summary = "The same search as CSV (UTF-8 with BOM, times in Asia/Shanghai), at most 10,000 entries;"
            + " the export itself is written to the audit log")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String person, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) Long recordId, @RequestParam(required = false) AuditAction action) {
        AuditQuery query = AuditQuery.of(from, to, person, recordType, recordId, action);
        CurrentUser reader = organisation.currentUser();
        StringWriter out = new StringWriter();
        int[] rows = { 0 };
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "time", "username",
                "name", "address", "action", "outcome", "recordType", "recordId", "reason", "detail").get())) {
            log.each(query, reader, MAX_EXPORT, entry -> {
                rows[0]++;
                print(csv, entry);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> log.append(new AuditLog.Entry(AuditAction.EXPORT,
                AuditEntry.DONE, callers.of(reader), reader.companyId() == null ? 0 : reader.companyId(),
                reader.scopePath(), "AUDIT_LOG", null, "csv", filters(query, rows[0]))));
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("audit-" + query.from() + "-" + query.to() + ".csv").build().toString())
                .body(body);
    }

    private void print(CSVPrinter csv, AuditEntry e) {
        try {
            csv.printRecord(e.id(), e.at().atZone(ReportPeriod.ZONE).toOffsetDateTime(), cell(e.actorUsername()),
                    cell(e.actorName()), e.address(), e.action(), e.outcome(), e.recordType(), e.recordId(),
                    cell(e.reason()), cell(json.writeValueAsString(e.detail())));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A text that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static Map<String, Object> filters(AuditQuery q, int rows) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", q.from().toString());
        detail.put("to", q.to().toString());
        detail.put("person", AuditMasking.text(q.person()));
        detail.put("recordType", q.recordType());
        detail.put("recordId", q.recordId());
        detail.put("action", q.action() == null ? null : q.action().name());
        detail.put("rows", rows);
        return detail;
    }
}
