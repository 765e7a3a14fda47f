package com.estatecare.warranty;

import java.time.Instant;

/** 养护指南 — for one component, what an owner should check and how to care for it. */
public record CareGuide(String componentCode, String checks, String care, String updatedBy, Instant updatedAt,
        long version) {
}
