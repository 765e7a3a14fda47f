package com.estatecare.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Cuts Chinese text into words with Lucene's smartcn analyzer (a hidden Markov model over a bundled dictionary;
 * English words are lower-cased and stemmed): 卫生间漏水 → 卫生间, 漏水. Only letters and digits are kept, so a
 * word can be written into a PostgreSQL tsquery without quoting. The text read is bounded ({@link #MAX_CHARS})
 * and so is the number of words, whatever a caller sends.
 */
@Component
class Segmenter implements AutoCloseable {

    /** The most text segmented at once; a case's four fields together stay under it. */
    static final int MAX_CHARS = 20_000;
    /** The most words kept of one text. */
    static final int MAX_WORDS = 4_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The words of {@code text} in order, repeated ones included (they weigh in the rank). */
    List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        try (TokenStream stream = analyzer.tokenStream("text", bounded)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MAX_WORDS) {
                String word = term.toString();
                if (WORD.matcher(word).matches()) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The words joined by spaces: what {@code to_tsvector('simple', …)} is given. */
    String joined(String text) {
        return String.join(" ", words(text));
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
