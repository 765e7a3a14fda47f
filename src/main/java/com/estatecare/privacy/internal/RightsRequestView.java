package com.estatecare.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rights request (个人信息权利请求) as staff and the owner see it: the proposed value only masked, the day it is
 * due and whether it is past it, the decision and its answer, what an erasure kept and why, and whether the reader
 * may decide it now.
 */
record RightsRequestView(long id, long customerId, String customerName, RightsRule.Kind kind, RightsRule.State state,
        String field, String proposedValue, String note, String channel, String makerName, Instant receivedAt,
        LocalDate dueOn, boolean overdue, Instant decidedAt, String deciderName, RightsRule.Answer answer,
        String answerText, List<RightsRule.Kept> kept, boolean decidable) {
}
