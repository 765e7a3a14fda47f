package com.estatecare.club;

import java.time.Instant;

/**
 * A staff member signed a member up for a club activity on their behalf (代会员报名, a call to the centre); published
 * in the sign-up's transaction when a new place or waiting position was taken. {@code privacy} audits it there (the
 * staff member is the caller).
 */
public record ActivitySignedUpByStaff(long companyId, String scopePath, long activityId, long signUpId, long memberId,
        String memberNumber, String status, Instant at) {
}
