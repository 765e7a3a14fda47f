package com.estatecare.club.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.estatecare.club.internal.ActivityRules.Status;
import com.estatecare.platform.DomainException;

class EvaluationSurveyRuleTests {

    @Test
    void anEvaluationSurveyGoesOutOnceAnActivityHasBeenHeldAndSomeoneAttended() {
        assertThatCode(() -> EvaluationSurveyRule.launch(Status.HELD, null, 1)).doesNotThrowAnyException();
        assertThatCode(() -> EvaluationSurveyRule.launch(Status.SUMMARISED, null, 30)).doesNotThrowAnyException();
    }

    @Test
    void anActivityNotYetHeldSendsNoEvaluationSurvey() {
        for (Status status : new Status[] { Status.PLANNED, Status.OPEN, Status.CANCELLED }) {
            assertThat(refusal(status, null, 5).code()).as(status.name()).isEqualTo("club-activity-not-held");
        }
    }

    @Test
    void anActivityNobodyAttendedSendsNoEvaluationSurvey() {
        assertThat(refusal(Status.HELD, null, 0).code()).isEqualTo("club-activity-no-attendees");
    }

    @Test
    void aSecondEvaluationSurveyIsRefusedNamingTheFirst() {
        DomainException refused = refusal(Status.SUMMARISED, 41L, 5);
        assertThat(refused.code()).isEqualTo("club-activity-evaluation-sent");
        assertThat(refused.properties()).containsEntry("campaignId", 41L);
    }

    private static DomainException refusal(Status status, Long sent, int attendees) {
        return catchThrowableOfType(DomainException.Conflict.class,
                () -> EvaluationSurveyRule.launch(status, sent, attendees));
    }
}
