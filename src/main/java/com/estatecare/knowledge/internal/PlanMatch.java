package com.estatecare.knowledge.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.estatecare.requests.Category;

/**
 * Which contingency plans (投诉预案) a graded complaint brings up: only a collective one
 * ({@code ComplaintGraded.collective()}: the collective rules, or the hotspot of many different complainants); of the company's active plans for the complaint's branch,
 * those of its category or of any category, scored by the words their title and trigger share with the
 * complaint's description, one more for the same category; those scoring above nothing, best first, at most
 * {@link #MAX_LINKED}.
 */
final class PlanMatch {

    static final int MAX_LINKED = 3;

    /** A plan as the rule sees it: its branch, category, and the words of its title and trigger. */
    record Candidate(long id, String scopePath, Category category, Set<String> words) {
    }

    private PlanMatch() {
    }

    static List<Long> plansFor(Category category, String scopePath, List<String> descriptionWords,
            List<Candidate> plans) {
        Set<String> words = new HashSet<>(descriptionWords);
        record Scored(long id, int score) {
        }
        return plans.stream()
                .filter(p -> scopePath.startsWith(p.scopePath()))
                .filter(p -> p.category() == null || p.category() == category)
                .map(p -> new Scored(p.id(), (int) p.words().stream().filter(words::contains).count()
                        + (p.category() != null ? 1 : 0)))
                .filter(s -> s.score() > 0)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingLong(Scored::id))
                .limit(MAX_LINKED).map(Scored::id).toList();
    }
}
