package com.estatecare.customerfile;

import java.time.Instant;

/** One line of a customer's file: when, what kind, which request (if any), and a short fact without personal data. */
public record CustomerFileEntry(long id, Instant at, String kind, String reference, String summary) {
}
