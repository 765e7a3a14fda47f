package com.estatecare.club.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A merchant voucher at the shop (decision 051): its code is {@code QV-} and eight letters or digits (typed in any
 * case, spaces around it ignored); it is valid at its own merchant only, within its offer's days, and is used up
 * once — a voucher used before answers when and by whom.
 */
final class VoucherUseRule {

    /** What the shop is told about a code. */
    enum Status {
        VALID, USED, EXPIRED, NOT_YET_VALID, OTHER_MERCHANT
    }

    static final int MAX_CODE = 40;
    private static final Pattern CODE = Pattern.compile("QV-[A-Z0-9]{8}");

    private VoucherUseRule() {
    }

    /** The code as stored, or null when it cannot be a voucher code (then 400 naming {@code code}). */
    static String normalised(String given) {
        if (given == null || given.length() > MAX_CODE) {
            return null;
        }
        String code = given.strip().toUpperCase(Locale.ROOT);
        return CODE.matcher(code).matches() ? code : null;
    }

    /**
     * The voucher's status at {@code merchantId} on {@code today}: another merchant's first, then used, then the
     * offer's days.
     */
    static Status status(long voucherMerchantId, long merchantId, Instant usedAt, LocalDate validFrom,
            LocalDate validTo, LocalDate today) {
        if (voucherMerchantId != merchantId) {
            return Status.OTHER_MERCHANT;
        }
        if (usedAt != null) {
            return Status.USED;
        }
        if (today.isAfter(validTo)) {
            return Status.EXPIRED;
        }
        if (today.isBefore(validFrom)) {
            return Status.NOT_YET_VALID;
        }
        return Status.VALID;
    }
}
