package com.estatecare.platform;

/**
 * An amount of renminbi in fen (分), never a floating-point number: a repair's
 * charge, a fine. Not negative.
 */
public record Money(long fen) {

    public static final Money ZERO = new Money(0);

    public Money {
        if (fen < 0) {
            throw new IllegalArgumentException("a negative amount");
        }
    }

    public static Money fen(long fen) {
        return new Money(fen);
    }
}
