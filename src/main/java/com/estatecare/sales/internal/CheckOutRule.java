package com.estatecare.sales.internal;

import java.util.Optional;

import com.estatecare.sales.DealStatus;

/**
 * 退房: what the answer of a check-out request does to its deal (decision 049). Granted, a deal subscribed or under
 * contract ends ({@link DealStatus#CHECKED_OUT}): the unit is for sale again and nothing more is reminded. Refused,
 * the deal stays as it was. A deal handed over in the meantime stays handed over (the keys are the owner's: giving
 * the unit back is then a transfer of the registry, not the end of a sale), and an ended deal ends once.
 */
public final class CheckOutRule {

    private CheckOutRule() {
    }

    /** The deal's status after the answer, or empty when the answer leaves it as it is. */
    public static Optional<DealStatus> after(DealStatus deal, boolean granted) {
        if (!granted) {
            return Optional.empty();
        }
        return deal == DealStatus.SUBSCRIBED || deal == DealStatus.CONTRACTED ? Optional.of(DealStatus.CHECKED_OUT)
                : Optional.empty();
    }
}
