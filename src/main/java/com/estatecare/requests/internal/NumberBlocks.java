package com.estatecare.requests.internal;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Hands out a day's request numbers from blocks reserved in advance: one
 * reservation per {@code blockSize} numbers instead of a locked counter row per
 * intake. A reserved block is never reserved again, so a number once handed out
 * is never handed out again — across instances, restarts and crashes; numbers
 * of a block an instance did not use before it stopped are skipped (gaps).
 */
final class NumberBlocks {

    /** Reserves {@code size} more numbers of a counter and returns the last of them. */
    @FunctionalInterface
    interface Reservation {
        int reserve(Key key, int size);
    }

    /** One counter: a company's numbers of one kind (prefix) on one day. */
    record Key(long companyId, String prefix, LocalDate day) {
    }

    private static final class Block {
        private int next = 1;
        private int last;
    }

    private final Reservation reservation;
    private final int blockSize;
    private final ConcurrentMap<Key, Block> blocks = new ConcurrentHashMap<>();

    NumberBlocks(Reservation reservation, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("a number block holds at least one number");
        }
        this.reservation = reservation;
        this.blockSize = blockSize;
    }

    int next(Key key) {
        Block block = blocks.get(key);
        if (block == null) {
            // a new day: yesterday's blocks are done with
            blocks.keySet().removeIf(k -> k.day().isBefore(key.day().minusDays(1)));
            block = blocks.computeIfAbsent(key, k -> new Block());
        }
        synchronized (block) {
            if (block.next > block.last) {
                block.last = reservation.reserve(key, blockSize);
                block.next = block.last - blockSize + 1;
            }
            return block.next++;
        }
    }
}
