package com.estatecare.delivery.internal;

import com.estatecare.delivery.Room;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;

/**
 * The rule that turns a finding of a delivery inspection (验房问题) into a repair request (报修): a repair of the
 * housing's quality on the inspected unit for its owner, naming the finding's component so that intake marks it
 * in or out of warranty, the room as the place in the unit, received in person (the owner walked through the unit
 * with the inspector, who read the finding back to them: 复述确认).
 */
final class FindingRequest {

    /** The prefix of the request's description: where the repair came from. */
    static final String ORIGIN = "【交付验房】";

    private FindingRequest() {
    }

    static NewRequest of(long unitId, long customerId, Room room, String componentCode, String description) {
        return new NewRequest(RequestKind.REPAIR, Channel.WALK_IN, unitId, customerId, null,
                Category.HOUSING_QUALITY, componentCode, false, ORIGIN + room.chinese() + "：" + description,
                room.chinese(), null, null, null, true, null, null, null);
    }
}
