package com.estatecare.retention;

/**
 * A legal hold (法律冻结) was put on a record, or released: while it holds, no retention sweep touches the record
 * (nor, for a customer, their requests). Published by the module that owns the record, in the transaction of the
 * change; {@code privacy} audits it.
 *
 * @param recordType {@code REQUEST} or {@code CUSTOMER}
 * @param held       true when put, false when released
 * @param reason     why, as given
 */
public record LegalHoldChanged(String recordType, long recordId, long companyId, String scopePath, boolean held,
        String reason) {
}
