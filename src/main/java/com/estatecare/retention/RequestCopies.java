package com.estatecare.retention;

import java.util.List;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.estatecare.retention.RetentionSwept.DataKind;

/**
 * What a module that keeps a copy of a request's text (a 12345 case, an owner's message, a revisit's comment) does
 * when the retention sweep anonymises requests: from its synchronous listener of {@link RetentionSwept}, in the
 * sweep's transaction, it anonymises its own rows of those requests, and this publishes one {@link RetentionSwept}
 * of those rows for the audit log. A held request is never anonymised, so its copies stay too. The same for a
 * module that keeps a copy of what a customer's record says (the customer file): when customers are anonymised,
 * by the sweep of prospects or by an approved erasure, it anonymises its rows of them (decision 043). A held
 * customer is never anonymised.
 */
@Component
public class RequestCopies {

    private final ApplicationEventPublisher events;

    RequestCopies(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * When {@code swept} anonymised requests, calls {@code anonymise} with it (it answers the ids of the rows it
     * changed) and audits those rows as {@code recordType}; any other sweep is let pass.
     */
    public void anonymiseWith(RetentionSwept swept, String recordType, Function<RetentionSwept, List<Long>> anonymise) {
        if (swept.kind() != DataKind.CLOSED_REQUEST || !"REQUEST".equals(swept.recordType())) {
            return;
        }
        audit(swept, recordType, anonymise.apply(swept));
    }

    /**
     * When {@code swept} anonymised customers (record type {@code CUSTOMER}: a prospect past its period, an
     * erasure), calls {@code anonymise} with it (it answers the ids of the rows it changed) and audits those rows as
     * {@code recordType}, of the same kind; any other sweep is let pass.
     */
    public void anonymiseCustomerCopiesWith(RetentionSwept swept, String recordType,
            Function<RetentionSwept, List<Long>> anonymise) {
        if (!"CUSTOMER".equals(swept.recordType())) {
            return;
        }
        audit(swept, recordType, anonymise.apply(swept));
    }

    private void audit(RetentionSwept swept, String recordType, List<Long> rows) {
        if (!rows.isEmpty()) {
            events.publishEvent(new RetentionSwept(swept.kind(), swept.companyId(), swept.policyVersion(),
                    swept.cutoff(), recordType, rows.stream().sorted().toList()));
        }
    }
}
