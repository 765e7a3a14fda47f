package com.estatecare.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.consultations.ConsultantField;
import com.estatecare.platform.DomainException;

/** 顾问支持制 as plain rules. */
class ConsultationTests {

    private static final Instant ASKED = Instant.parse("2026-11-25T02:00:00Z");

    private final Consultation asked = new Consultation(1, 2, "ZX-20261125-0001", ConsultantField.LEGAL, "?", 7L,
            "agent", ASKED, Consultation.dueAt(ASKED, 48), null, null, null);

    @Test
    void opinionIsDueTheConsultationHoursAfterTheQuestion() {
        assertThat(Consultation.dueAt(ASKED, 48)).isEqualTo(ASKED.plus(Duration.ofHours(48)));
    }

    @Test
    void unansweredAfterItsDueTimeAConsultationIsOverdue() {
        assertThat(asked.status(ASKED.plus(Duration.ofHours(47)))).isEqualTo(Consultation.Status.REQUESTED);
        assertThat(asked.status(ASKED.plus(Duration.ofHours(49)))).isEqualTo(Consultation.Status.OVERDUE);
        assertThat(asked.isOverdue(ASKED.plus(Duration.ofHours(49)))).isTrue();
    }

    @Test
    void answeredConsultationIsNeverOverdueAndLateWhenAnsweredAfterItsDueTime() {
        Instant late = ASKED.plus(Duration.ofHours(50));
        Consultation answered = asked.answer(7, "郭律师", "意见", late);
        assertThat(answered.status(late.plus(Duration.ofDays(9)))).isEqualTo(Consultation.Status.ANSWERED);
        assertThat(answered.isOverdue(late)).isFalse();
        assertThat(answered.late()).isTrue();
        assertThat(asked.answer(7, "郭律师", "意见", ASKED.plus(Duration.ofHours(1))).late()).isFalse();
    }

    @Test
    void onlyTheNamedConsultantAnswersAndOnlyOnce() {
        assertThatThrownBy(() -> asked.answer(8, "别人", "x", ASKED)).isInstanceOf(DomainException.class);
        Consultation answered = asked.answer(7, "郭律师", "意见", ASKED);
        assertThatThrownBy(() -> answered.answer(7, "郭律师", "again", ASKED)).isInstanceOf(DomainException.class)
                .hasMessageContaining("opinion-already-recorded");
    }
}
