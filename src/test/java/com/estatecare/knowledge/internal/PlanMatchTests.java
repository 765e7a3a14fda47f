package com.estatecare.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Category;

/** Which contingency plans a graded collective complaint brings up. */
class PlanMatchTests {

    @Test
    void plansOfTheBranchAndCategoryThatShareWordsComeFirst() {
        var rain = new PlanMatch.Candidate(1, "/1/2/", null, Set.of("暴雨", "渗漏"));
        var delay = new PlanMatch.Candidate(2, "/1/2/", Category.SALES_MANAGEMENT, Set.of("交", "房", "延期"));
        var quality = new PlanMatch.Candidate(3, "/1/2/", Category.ENGINEERING_QUALITY, Set.of("空鼓"));
        var elsewhere = new PlanMatch.Candidate(4, "/1/9/", null, Set.of("暴雨", "渗漏"));
        List<PlanMatch.Candidate> plans = List.of(rain, delay, quality, elsewhere);

        assertThat(PlanMatch.plansFor(Category.ENGINEERING_QUALITY, "/1/2/7/", List.of("暴雨", "后", "渗漏"), plans))
                .as("shared words first, then the same category; another category or branch never")
                .containsExactly(1L, 3L);
        assertThat(PlanMatch.plansFor(Category.PROPERTY_MANAGEMENT, "/1/2/7/", List.of("电梯", "停运"), plans))
                .as("nothing in common").isEmpty();
    }
}
