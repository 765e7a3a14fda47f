package com.estatecare.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Synonym expansion: a word stands for the other terms of its sets, and for itself only without one. */
class SynonymExpansionTests {

    private static final Segmenter SEGMENTER = new Segmenter();

    @AfterAll
    static void close() {
        SEGMENTER.close();
    }

    @Test
    void leakFindsSeepageOnlyThroughASynonymSet() {
        SynonymExpansion none = new SynonymExpansion(List.of(), SEGMENTER::words);
        assertThat(none.tsquery(SEGMENTER.words("漏水"), SynonymExpansion.Mode.ALL)).isEqualTo("(漏水)");

        SynonymExpansion leaks = new SynonymExpansion(List.of(List.of("漏水", "渗水", "渗漏")), SEGMENTER::words);
        assertThat(leaks.tsquery(SEGMENTER.words("卫生间漏水"), SynonymExpansion.Mode.ALL))
                .isEqualTo("(卫生间) & (漏水 | 渗水 | 渗漏)");
        assertThat(leaks.tsquery(SEGMENTER.words("渗水"), SynonymExpansion.Mode.ALL))
                .as("every term of the set stands for the others").isEqualTo("(渗水 | 漏水 | 渗漏)");
        assertThat(leaks.tsquery(SEGMENTER.words("墙面空鼓"), SynonymExpansion.Mode.ALL))
                .as("a set widens only its own words").doesNotContain("渗水");
    }

    @Test
    void aSuggestionWantsAnyWordAndAManyWordTermIsAPhrase() {
        SynonymExpansion delays = new SynonymExpansion(List.of(List.of("延期", "交房延期")), SEGMENTER::words);
        assertThat(delays.tsquery(SEGMENTER.words("业主投诉延期"), SynonymExpansion.Mode.ANY))
                .isEqualTo("(业主) | (投诉) | (延期 | (交 <-> 房 <-> 延期))");
    }

    @Test
    void aLongTextMakesABoundedQueryAndPunctuationMakesNone() {
        String many = String.join("，", java.util.stream.IntStream.range(0, 200).mapToObj(i -> "楼" + i).toList());
        String query = new SynonymExpansion(List.of(), SEGMENTER::words).tsquery(SEGMENTER.words(many),
                SynonymExpansion.Mode.ANY);
        assertThat(query.split("\\|")).hasSizeLessThanOrEqualTo(SynonymExpansion.MAX_WORDS);
        assertThat(new SynonymExpansion(List.of(), SEGMENTER::words).tsquery(SEGMENTER.words("'&|!():*"),
                SynonymExpansion.Mode.ALL)).isEmpty();
    }
}
