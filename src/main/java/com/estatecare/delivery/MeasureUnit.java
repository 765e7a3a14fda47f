package com.estatecare.delivery;

import java.math.BigDecimal;

/**
 * What a measurement of the checklist is counted in, and the values any measurement in it can take (a bound
 * against nonsense, not the standard: the standard is the item's limit).
 */
public enum MeasureUnit {
    /** cm², an area such as one place of hollow plaster (空鼓面积); at most 100 m². */
    SQUARE_CENTIMETRES("cm²", new BigDecimal("1000000")),
    /** places counted in a room (处), such as places of hollow plaster. */
    PLACES("处", new BigDecimal("1000")),
    /** mm, a gap or an unevenness. */
    MILLIMETRES("mm", new BigDecimal("10000")),
    /** per cent, a slope. */
    PERCENT("%", new BigDecimal("100"));

    private final String symbol;
    private final BigDecimal ceiling;

    MeasureUnit(String symbol, BigDecimal ceiling) {
        this.symbol = symbol;
        this.ceiling = ceiling;
    }

    public String symbol() {
        return symbol;
    }

    /** The largest value a measurement in this unit can take; the smallest is zero. */
    public BigDecimal ceiling() {
        return ceiling;
    }
}
