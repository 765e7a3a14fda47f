package com.estatecare.registry.internal;

import java.util.Map;

/** One data row of an import file as text by column; {@code number} counts the header as row 1. */
record ImportRow(int number, Map<ImportColumn, String> values) {

    /** The trimmed text of a cell, or {@code null} when it is empty. */
    String get(ImportColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
