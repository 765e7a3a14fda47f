package com.estatecare.warranty;

/** Where a component's warranty stands on a given day. */
public enum WarrantyState {
    /** 保修期内. */
    IN_WARRANTY,
    /** Within the reminder window before its last day (即将到期). */
    ENDING_SOON,
    /** The day after its last day or later (已过保修期). */
    ENDED,
    /** The unit has no handover date yet: nothing runs (未交付). */
    NOT_HANDED_OVER
}
