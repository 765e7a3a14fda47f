package com.estatecare.surveys.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.estatecare.platform.FieldProblem;

/**
 * How a campaign's targets are drawn from its candidates (抽样): all of them, {@code size} of them, or
 * {@code size} per cent of them (rounded up), picked by a pseudo-random draw from {@code seed}. The draw uses
 * {@link Random}, whose algorithm the JDK specifies, over the candidates in a fixed order (by customer id): the
 * same candidates and seed give the same targets on any machine, so a recorded seed makes the list reproducible.
 */
record SurveySampling(Mode mode, Integer size, long seed) {

    /** At most this many targets per campaign: one message per target and channel leaves at once. */
    static final int MAX_TARGETS = 5000;

    enum Mode {
        ALL, COUNT, PERCENT
    }

    /** The problems of a sampling asked for, before any candidate is read. */
    static List<FieldProblem> check(Mode mode, Integer size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (mode == null) {
            problems.add(FieldProblem.of("sampling", "required"));
        } else if (mode == Mode.COUNT && (size == null || size < 1 || size > MAX_TARGETS)) {
            problems.add(new FieldProblem("sampleSize", "range", new Object[] { 1, MAX_TARGETS }));
        } else if (mode == Mode.PERCENT && (size == null || size < 1 || size > 100)) {
            problems.add(new FieldProblem("sampleSize", "range", new Object[] { 1, 100 }));
        }
        return problems;
    }

    /** How many of {@code candidates} are drawn. */
    int targetCount(int candidates) {
        return switch (mode) {
            case ALL -> candidates;
            case COUNT -> Math.min(size, candidates);
            case PERCENT -> (int) Math.min(candidates, (candidates * (long) size + 99) / 100);
        };
    }

    /** The drawn candidates, in their original order: a partial Fisher–Yates shuffle of their positions. */
    <T> List<T> pick(List<T> candidates) {
        int n = candidates.size();
        int k = targetCount(n);
        if (k == n) {
            return List.copyOf(candidates);
        }
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = i;
        }
        Random random = new Random(seed);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = positions[i];
            positions[i] = positions[j];
            positions[j] = swap;
        }
        int[] chosen = java.util.Arrays.copyOf(positions, k);
        java.util.Arrays.sort(chosen);
        List<T> picked = new ArrayList<>(k);
        for (int p : chosen) {
            picked.add(candidates.get(p));
        }
        return picked;
    }
}
