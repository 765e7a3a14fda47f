package com.estatecare.requests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A repair handed over from a delivery inspection's defect (整改项): the contractor responsible for putting it right
 * and the day it is to be rectified by, as the handing module knew them at intake (either may be unknown). The
 * requests module keeps what it was told; it never asks the module that told it.
 */
@Embeddable
public record Rectification(@Column(name = "rectification_contractor") String contractor,
        @Column(name = "rectify_by") LocalDate rectifyBy) {

    /** The longest contractor's name kept. */
    public static final int MAX_CONTRACTOR = 200;

    /** Null when neither is known: nothing to keep. */
    public static Rectification of(String contractor, LocalDate rectifyBy) {
        String name = contractor == null || contractor.isBlank() ? null
                : contractor.strip().substring(0, Math.min(contractor.strip().length(), MAX_CONTRACTOR));
        return name == null && rectifyBy == null ? null : new Rectification(name, rectifyBy);
    }
}
