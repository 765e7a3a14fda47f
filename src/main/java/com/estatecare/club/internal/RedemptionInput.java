package com.estatecare.club.internal;

import java.util.ArrayList;
import java.util.List;

import com.estatecare.platform.DomainException;
import com.estatecare.platform.FieldProblem;
import com.estatecare.platform.Idempotency;

/** What a redemption must carry: the gift, and the client's Idempotency-Key, which becomes the ledger entry's key. */
final class RedemptionInput {

    private RedemptionInput() {
    }

    static long gift(Long giftId, String key) {
        List<FieldProblem> problems = new ArrayList<>();
        if (giftId == null) {
            problems.add(FieldProblem.of("giftId", "required"));
        } else if (giftId < 1) {
            problems.add(new FieldProblem("giftId", "range", new Object[] { 1, Long.MAX_VALUE }));
        }
        if (key == null || key.isBlank()) {
            problems.add(FieldProblem.of(Idempotency.KEY_HEADER, "required"));
        } else if (key.length() > 100) {
            problems.add(new FieldProblem(Idempotency.KEY_HEADER, "length", new Object[] { 1, 100 }));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidInput(problems);
        }
        return giftId;
    }

    static String key(long memberId, String key) {
        return "redeem:" + memberId + ":" + key;
    }
}
