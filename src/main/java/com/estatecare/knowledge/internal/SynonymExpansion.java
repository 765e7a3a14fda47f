package com.estatecare.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the words of a search into a PostgreSQL tsquery (configuration 'simple'), each word widened by the
 * synonym sets that hold it: with the set {漏水, 渗水, 渗漏}, 卫生间漏水 becomes
 * {@code (卫生间) & (漏水 | 渗水 | 渗漏)}. Without a set, a word stands for itself only: 漏水 does not find 渗水.
 * A term the segmenter cuts into several words is searched as a phrase ({@code 交 <-> 房}). A word matches a
 * term only as a whole. {@link Mode#ALL} wants every word (a search), {@link Mode#ANY} one of them (the cases
 * suggested for an intake's description, ranked by how much they share). At most {@link #MAX_WORDS} distinct
 * words are used, so a long text costs a bounded query.
 *
 * @param sets      the company's synonym sets, each a list of terms
 * @param segmenter how a term is cut into words (the same segmenter as the cases')
 */
record SynonymExpansion(List<List<String>> sets, Function<String, List<String>> segmenter) {

    /** The most distinct words of one search. */
    static final int MAX_WORDS = 32;

    enum Mode { ALL, ANY }

    /** The tsquery for these words, or empty when there is no word to search for. */
    String tsquery(List<String> words, Mode mode) {
        List<String> groups = new ArrayList<>();
        for (String word : distinct(words)) {
            groups.add("(" + String.join(" | ", alternatives(word)) + ")");
        }
        return String.join(mode == Mode.ALL ? " & " : " | ", groups);
    }

    /** The word itself and, as tsquery terms, every term of every set that holds it. */
    List<String> alternatives(String word) {
        Set<String> alternatives = new LinkedHashSet<>();
        alternatives.add(word);
        for (List<String> set : sets) {
            if (set.stream().anyMatch(term -> term.equalsIgnoreCase(word))) {
                for (String term : set) {
                    List<String> termWords = segmenter.apply(term);
                    if (!termWords.isEmpty()) {
                        alternatives.add(termWords.size() == 1 ? termWords.get(0)
                                : "(" + String.join(" <-> ", termWords) + ")");
                    }
                }
            }
        }
        return new ArrayList<>(alternatives);
    }

    private static List<String> distinct(List<String> words) {
        return new LinkedHashSet<>(words).stream().limit(MAX_WORDS).toList();
    }
}
