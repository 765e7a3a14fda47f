package com.estatecare.warranty;

import java.time.LocalDate;
import java.util.List;

/**
 * 温馨提示 due: a component's warranty of a unit ends on {@code endsOn}, within the reminder policy's window;
 * published once per unit, component and last day (the sweep takes a unique key first). {@code ownerAccounts}
 * are the enabled accounts of the unit's owners and co-owners, to be reminded.
 */
public record WarrantyEnding(long companyId, long unitId, String componentCode, LocalDate endsOn,
        List<Long> ownerAccounts) {

    /** The key of this reminder, the same however often the event arrives. */
    public String key() {
        return "warranty:" + unitId + ":" + componentCode + ":" + endsOn;
    }
}
