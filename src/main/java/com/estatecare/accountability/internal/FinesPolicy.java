package com.estatecare.accountability.internal;

/**
 * The fines policy (kind {@code fines}) of the cumulative penalty ledger
 * (累计处罚制): 200–1000 yuan by complaint grade, in fen, multiplied when the
 * request reached headquarters (doubled by default).
 */
public record FinesPolicy(long gradeOneFen, long gradeTwoFen, long gradeThreeFen, long gradeFourFen,
        int headquartersFactor) {

    static FinesPolicy defaults() {
        return new FinesPolicy(100_000, 60_000, 40_000, 20_000, 2);
    }

    /** The fine for a grade (1 = major … 4 = ordinary), multiplied at headquarters. */
    public long amountFen(int grade, boolean atHeadquarters) {
        long base = switch (grade) {
            case 1 -> gradeOneFen;
            case 2 -> gradeTwoFen;
            case 3 -> gradeThreeFen;
            case 4 -> gradeFourFen;
            default -> throw new IllegalArgumentException("grade " + grade);
        };
        return atHeadquarters ? base * headquartersFactor : base;
    }
}
