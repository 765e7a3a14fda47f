package com.estatecare.hotline.internal;

import java.time.Instant;

import com.estatecare.platform.PhoneNumber;

/**
 * A hotline case as staff read it: the citizen's phone masked, the two deadlines with their state, the reply and
 * who drafted and approved it, and the steps the reader may take now ({@code draft}, {@code approve},
 * {@code reject}, {@code contacted}).
 */
record HotlineCaseView(long id, String caseNumber, String category, String citizenName, String citizenPhone,
        String text, long requestId, String requestNumber, Instant forwardedAt, Instant registeredAt,
        HotlineDeadline contact, HotlineDeadline reply, HotlineReply.State replyState, String replyText,
        String draftedBy, Long draftedById, Instant draftedAt, String approvedBy, Instant repliedAt,
        String rejectedReason, java.util.List<String> allowed) {

    static String maskPhone(String phone) {
        return PhoneNumber.mask(phone);
    }
}
