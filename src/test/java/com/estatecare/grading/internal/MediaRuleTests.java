package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.GradeReason;
import com.estatecare.requests.Media;

class MediaRuleTests {

    private final MediaRule rule = new MediaRule();

    @Test
    void mediaExposureMakesAComplaintMajor() {
        assertThat(rule.decide(aComplaint().media(Media.EXPOSED).build(), policy(), RECEIVED))
                .map(GradeDecision::reason).contains(GradeReason.MEDIA_EXPOSED);
    }

    @Test
    void likelyMediaExposureMakesAComplaintAHotspot() {
        assertThat(rule.decide(aComplaint().media(Media.LIKELY).build(), policy(), RECEIVED))
                .map(GradeDecision::reason).contains(GradeReason.MEDIA_LIKELY);
    }

    @Test
    void noMediaDecidesNothing() {
        assertThat(rule.decide(aComplaint().build(), policy(), RECEIVED)).isEmpty();
    }
}
