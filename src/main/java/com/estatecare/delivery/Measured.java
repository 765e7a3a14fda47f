package com.estatecare.delivery;

import java.math.BigDecimal;

/**
 * One result of the checklist as the inspector records it in the flat: the room (and which one, e.g. 次卧, when
 * the flat has several of its kind), the item, the measured value (a measurement) or whether it passed (a check),
 * and for a defect where exactly it is, a note and the contractor responsible (optional).
 */
public record Measured(Room room, String roomName, String itemCode, BigDecimal value, Boolean passed, String place,
        String note, Long contractorId) {
}
