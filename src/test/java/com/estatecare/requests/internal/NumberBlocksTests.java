package com.estatecare.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Request numbers from reserved blocks, against an in-memory counter table. */
class NumberBlocksTests {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final NumberBlocks.Key REPAIRS = new NumberBlocks.Key(1, "BX", DAY);

    /** The counter rows: one atomic increment per reservation, like the one-statement upsert. */
    private final Map<NumberBlocks.Key, AtomicInteger> counters = new ConcurrentHashMap<>();
    private final AtomicInteger reservations = new AtomicInteger();

    private NumberBlocks instance(int blockSize) {
        return new NumberBlocks((key, size) -> {
            reservations.incrementAndGet();
            return counters.computeIfAbsent(key, k -> new AtomicInteger()).addAndGet(size);
        }, blockSize);
    }

    @Test
    void concurrentIntakesOnSeveralInstancesNeverShareANumber() throws Exception {
        List<NumberBlocks> instances = List.of(instance(10), instance(10), instance(10));
        Set<Integer> given = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                NumberBlocks numbers = instances.get(t % instances.size());
                done.add(threads.submit(() -> IntStream.range(0, 2_000).forEach(i -> {
                    if (!given.add(numbers.next(REPAIRS))) {
                        duplicates.incrementAndGet();
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(duplicates).hasValue(0);
        assertThat(given).hasSize(32_000);
        // at most one partly used block per instance
        assertThat(counters.get(REPAIRS).get()).isLessThanOrEqualTo(32_000 + 3 * 10);
        assertThat(reservations.get()).isLessThanOrEqualTo(32_000 / 10 + 3);
    }

    @Test
    void anInstanceStartedAfterACrashNeverRepeatsANumberAndSkipsOnlyTheUnusedRestOfABlock() {
        NumberBlocks crashed = instance(10);
        List<Integer> before = IntStream.range(0, 13).mapToObj(i -> crashed.next(REPAIRS)).toList();
        NumberBlocks restarted = instance(10); // the first instance's memory is gone, as after kill -9

        assertThat(before).containsExactlyElementsOf(IntStream.rangeClosed(1, 13).boxed().toList());
        assertThat(restarted.next(REPAIRS)).isEqualTo(21);
    }

    @Test
    void numbersOfOneInstanceAreConsecutiveAndEachCompanyKindAndDayCountsFromOne() {
        NumberBlocks numbers = instance(3);

        assertThat(IntStream.range(0, 5).map(i -> numbers.next(REPAIRS)).boxed()).containsExactly(1, 2, 3, 4, 5);
        assertThat(numbers.next(new NumberBlocks.Key(1, "TS", DAY))).isEqualTo(1);
        assertThat(numbers.next(new NumberBlocks.Key(2, "BX", DAY))).isEqualTo(1);
        assertThat(numbers.next(new NumberBlocks.Key(1, "BX", DAY.plusDays(1)))).isEqualTo(1);
    }

    @Test
    void aBlockOfOneReservesForEveryNumberAndLeavesNoGaps() {
        NumberBlocks first = instance(1);
        NumberBlocks second = instance(1);

        assertThat(List.of(first.next(REPAIRS), second.next(REPAIRS), first.next(REPAIRS))).containsExactly(1, 2, 3);
        assertThat(reservations).hasValue(3);
    }

    @Test
    void numbersAreWrittenWithKindAndDay() {
        assertThat(RequestNumbers.format(com.estatecare.requests.RequestKind.REPAIR, DAY, 7)).isEqualTo("BX-20261124-0007");
    }
}
