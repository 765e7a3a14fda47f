package com.estatecare.delivery;

import java.util.List;

/**
 * 未收房: a unit whose delivery inspection was appointed and is past, but whose keys are not handed over; its
 * owners ({@code ownerAccounts}, the enabled portal accounts of its owners and co-owners) are to be reminded to
 * collect them in their inbox, and its owners and co-owners ({@code customerIds}, with or without an account) through
 * the channels each of them takes. Published once per unit and reminder period ({@code period}, counted from the appointment day in
 * the policy's days), however many instances sweep and however often they restart.
 */
public record KeysNotCollected(long companyId, long unitId, String unit, int period, List<Long> ownerAccounts,
        List<Long> customerIds) {

    /** The key of this reminder, the same however often the event arrives. */
    public String key() {
        return "keys:" + unitId + ":" + period;
    }
}
