package com.estatecare.club.internal;

/** 会员编号: {@code HY-} and the member's sequence in their company, six digits at least ({@code HY-000042}). */
final class MemberNumber {

    private MemberNumber() {
    }

    static String of(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence " + sequence);
        }
        return "HY-%06d".formatted(sequence);
    }
}
