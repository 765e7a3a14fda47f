package com.estatecare.requests;

/**
 * Who may read a timeline entry or an attachment, decided where it is
 * written: like a help desk's public reply and internal note, the customer
 * reads what is written to them — the status, progress messages, the
 * appointment, the plan, the result — and never the staff's own records.
 */
public enum Visibility {
    /** Written to the customer: the owner reads it too. */
    CUSTOMER,
    /** The staff's own record — notes, grade, escalation, fines, consultations, investigation. */
    INTERNAL
}
