package com.estatecare.warranty;

import java.time.LocalDate;
import java.util.List;

/**
 * 温馨提示 due: a component's warranty of a unit ends on {@code endsOn}, within the reminder policy's window;
 * published once per unit, component and last day (the sweep takes a unique key first). {@code ownerAccounts}
 * are the enabled accounts of the unit's owners and co-owners, reminded in their inbox; {@code customerIds} the
 * owners and co-owners themselves (with or without an account), reminded through the channels each takes.
 */
public record WarrantyEnding(long companyId, long unitId, String componentCode, LocalDate endsOn,
        List<Long> ownerAccounts, List<Long> customerIds) {

    /** The key of this reminder, the same however often the event arrives. */
    public String key() {
        return "warranty:" + unitId + ":" + componentCode + ":" + endsOn;
    }
}
