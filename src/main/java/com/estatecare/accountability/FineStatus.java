package com.estatecare.accountability;

/** A fine is proposed by rule and then approved or waived by a manager. */
public enum FineStatus {
    PROPOSED, APPROVED, WAIVED
}
