package com.estatecare.registry;

import java.time.Instant;
import java.util.Map;

/**
 * A customer's record was created or changed by a person ({@code change}: {@code CREATED}, {@code UPDATED},
 * {@code AMENDED}), with the fields that changed, before and after. The values are the stored ones, phone numbers
 * in full: whoever keeps them masks them (the audit log does); {@link #toString()} names only the fields. An
 * identity document ({@code idDocument}) is only ever its type and masked number: the full one stays sealed.
 */
public record CustomerChanged(long customerId, long companyId, String scopePath, String change,
        Map<String, String> before, Map<String, String> after, Instant at) {

    /** The fields of {@code then} and {@code now} that differ, by name, as the two maps of an event. */
    public static CustomerChanged between(CustomerView then, CustomerView now, String change, Instant at) {
        Map<String, String> old = fields(then);
        Map<String, String> current = fields(now);
        Map<String, String> before = new java.util.TreeMap<>();
        Map<String, String> after = new java.util.TreeMap<>();
        current.forEach((field, value) -> {
            String was = old.get(field);
            if (!java.util.Objects.equals(was, value)) {
                if (was != null) {
                    before.put(field, was);
                }
                if (value != null) {
                    after.put(field, value);
                }
            }
        });
        return new CustomerChanged(now.id(), now.companyId(), now.scopePath(), change, before, after, at);
    }

    private static Map<String, String> fields(CustomerView c) {
        Map<String, String> fields = new java.util.HashMap<>();
        if (c == null) {
            return fields;
        }
        fields.put("name", c.name());
        fields.put("kind", c.kind() == null ? null : c.kind().name());
        fields.put("grade", c.grade() == null ? null : c.grade().name());
        fields.put("phone", c.phone());
        fields.put("email", c.email());
        fields.put("wechat", c.wechat());
        fields.put("preferredChannel", c.preferredChannel());
        fields.put("advisorId", c.advisorId() == null ? null : c.advisorId().toString());
        fields.put("note", c.note());
        fields.put("idDocument", c.idType() == null ? null : c.idType() + " " + c.idMasked());
        return fields;
    }

    @Override
    public String toString() {
        return "CustomerChanged[customerId=" + customerId + ", change=" + change + ", fields=" + after.keySet()
                + before.keySet() + "]";
    }
}
