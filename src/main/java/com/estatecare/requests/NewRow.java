package com.estatecare.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new request's row as intake writes it: the columns its {@link Request}
 * mapping names, each with the value the entity holds after its constructor
 * (the columns a new request leaves empty are left out and stay null). Intake
 * writes it with one plain {@code insert} instead of persisting the entity:
 * Hibernate's own work for the 58-column row (its action queue, the binding
 * of every attribute, the reference checks) was the largest single item of an
 * intake's CPU, and nothing in the registering transaction needs the entity
 * managed. {@code RequestRowTests} keeps it equal to what Hibernate writes.
 */
final class NewRow {

    private NewRow() {
    }

    static Map<String, Object> of(Request r) {
        Map<String, Object> c = new LinkedHashMap<>(64);
        c.put("company_id", r.companyId);
        c.put("number", r.number);
        c.put("kind", name(r.kind));
        c.put("channel", name(r.channel));
        c.put("status", name(r.status));
        c.put("category", name(r.category));
        c.put("component_code", r.componentCode);
        c.put("emergency", r.emergency);
        c.put("project_id", r.projectId);
        c.put("building_id", r.buildingId);
        c.put("unit_id", r.unitId);
        c.put("scope_path", r.scopePath);
        c.put("unit_label", r.unitLabel);
        c.put("customer_id", r.customerId);
        c.put("customer_name", r.customerName);
        c.put("reporter_name", r.reporter == null ? null : r.reporter.name());
        c.put("reporter_phone", r.reporter == null || r.reporter.phone() == null ? null : r.reporter.phone().value());
        c.put("description", r.description);
        c.put("location_in_unit", r.locationInUnit);
        c.put("problem_since", r.problemSince);
        c.put("expected_outcome", r.expectedOutcome);
        c.put("received_at", time(r.receivedAt));
        c.put("read_back_confirmed", r.readBackConfirmed);
        c.put("via_department", r.viaDepartment);
        c.put("department_received_at", time(r.departmentReceivedAt));
        c.put("first_contact_id", r.firstContactId);
        c.put("first_contact_name", r.firstContactName);
        c.put("related_request_id", r.relatedRequestId);
        c.put("handling_round", r.handlingRound);
        c.put("complainant_count", r.complaint.complainantCount());
        c.put("lawsuit", name(r.complaint.lawsuit()));
        c.put("media", name(r.complaint.media()));
        c.put("needs_support", r.complaint.needsSupport());
        c.put("intake_warranty", r.intakeCoverage == null ? null : name(r.intakeCoverage.warranty()));
        c.put("intake_warranty_ends_on", r.intakeCoverage == null || r.intakeCoverage.endsOn() == null ? null
                : java.sql.Date.valueOf(r.intakeCoverage.endsOn()));
        c.put("intake_certificate_version", r.intakeCoverage == null ? null : r.intakeCoverage.certificateVersion());
        c.put("rectification_contractor", r.rectification == null ? null : r.rectification.contractor());
        c.put("rectify_by", r.rectification == null || r.rectification.rectifyBy() == null ? null
                : java.sql.Date.valueOf(r.rectification.rectifyBy()));
        c.put("steps", r.steps);
        c.put("version", r.version);
        c.put("created_at", time(r.createdAt));
        c.put("updated_at", time(r.updatedAt));
        return c;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
