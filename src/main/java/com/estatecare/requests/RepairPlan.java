package com.estatecare.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 维修方案: a repair's appointment, materials, people, the advance notice given to the owner, and the
 * price quoted in fen for paid work (null: none quoted).
 */
@Embeddable
public record RepairPlan(
        @Column(name = "plan_scheduled_at") Instant scheduledAt,
        @Column(name = "plan_materials") String materials,
        @Column(name = "plan_workers") String workers,
        @Column(name = "plan_owner_notified_at") Instant ownerNotifiedAt,
        @Column(name = "plan_quoted_fen") Long quotedFen) {
}
