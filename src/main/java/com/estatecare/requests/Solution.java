package com.estatecare.requests;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 解决方案: a complaint's agreed measures, their deadline and the responsible department. */
@Embeddable
public record Solution(
        @Column(name = "solution_measures") String measures,
        @Column(name = "solution_deadline") Instant deadline,
        @Column(name = "solution_department") String department) {
}
