package com.estatecare.grading.internal;

import static com.estatecare.grading.internal.AComplaint.RECEIVED;
import static com.estatecare.grading.internal.AComplaint.aComplaint;
import static com.estatecare.grading.internal.AComplaint.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.grading.GradeReason;
import com.estatecare.grading.GradingPolicy;

class HotspotRuleTests {

    /** The window the rule asked to count over, and the answer the database would give. */
    private final List<Instant[]> asked = new ArrayList<>();
    /** Where the rule allowed the counting to stop. */
    private final List<Integer> enough = new ArrayList<>();

    private HotspotRule counting(int differentComplainants) {
        return new HotspotRule((project, category, from, to, stopAt) -> {
            asked.add(new Instant[] { from, to });
            enough.add(stopAt);
            return differentComplainants;
        });
    }

    @Test
    void thirdDifferentComplainantInWindowMakesHotspot() {
        assertThat(counting(3).decide(aComplaint().build(), policy(), RECEIVED)).map(GradeDecision::reason)
                .contains(GradeReason.HOTSPOT_DIFFERENT_COMPLAINANTS);
        assertThat(counting(2).decide(aComplaint().build(), policy(), RECEIVED)).isEmpty();
    }

    @Test
    void windowIsThePolicysDaysUpToThisComplaint() {
        counting(1).decide(aComplaint().build(), policy(), RECEIVED.plus(Duration.ofDays(3)));
        assertThat(asked).singleElement().satisfies(window -> {
            assertThat(window[0]).isEqualTo(RECEIVED.minus(Duration.ofDays(30)));
            assertThat(window[1]).isEqualTo(RECEIVED);
        });
    }

    @Test
    void thresholdAndWindowComeFromThePolicy() {
        var policy = policy(new GradingPolicy(5, 3, 2, 10, 30, 7));
        assertThat(counting(2).decide(aComplaint().build(), policy, RECEIVED)).isPresent();
        assertThat(asked.get(0)[0]).isEqualTo(RECEIVED.minus(Duration.ofDays(10)));
    }

    @Test
    void countingMayStopAtThePolicysThreshold() {
        counting(7).decide(aComplaint().build(), policy(new GradingPolicy(5, 3, 4, 10, 30, 7)), RECEIVED);
        assertThat(enough).containsExactly(4);
    }

    @Test
    void complaintWithoutProjectCountsOnlyItself() {
        assertThat(counting(9).decide(aComplaint().withoutProject().build(), policy(), RECEIVED)).isEmpty();
        assertThat(asked).isEmpty();
    }
}
