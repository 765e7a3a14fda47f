package com.estatecare.club.internal;

import java.util.List;
import java.util.Map;

import com.estatecare.platform.DomainException;

/**
 * 联盟商家状态: a merchant applies (APPLIED), is taken on (ACTIVE), may be suspended (SUSPENDED, for example after a
 * poor assessment) and taken on again, and ends (ENDED, the contract over or the partnership refused), after which
 * nothing changes it. Another move is refused with the moves allowed from where it stands.
 */
final class MerchantStatusRule {

    static final List<String> STATUSES = List.of("APPLIED", "ACTIVE", "SUSPENDED", "ENDED");

    private static final Map<String, List<String>> NEXT = Map.of(
            "APPLIED", List.of("ACTIVE", "ENDED"),
            "ACTIVE", List.of("SUSPENDED", "ENDED"),
            "SUSPENDED", List.of("ACTIVE", "ENDED"),
            "ENDED", List.of());

    private MerchantStatusRule() {
    }

    static List<String> allowed(String from) {
        return NEXT.getOrDefault(from, List.of());
    }

    /** The move, or a 409 {@code club-merchant-status} with the statuses allowed from {@code from}. */
    static void check(String from, String to) {
        List<String> allowed = allowed(from);
        if (!allowed.contains(to)) {
            throw DomainException.conflict("club-merchant-status", from, to).with("allowed", allowed);
        }
    }
}
