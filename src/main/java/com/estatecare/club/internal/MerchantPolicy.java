package com.estatecare.club.internal;

import java.util.List;

/**
 * How partner merchants are assessed each year (联盟商家年度评估), as an administrator sets it
 * ({@code PUT /api/v1/policies/club-merchants}): a merchant with fewer than {@code minRatings} members' ratings in
 * the year is not graded; otherwise it earns the first of the {@code grades} (best first) whose lowest average
 * rating it reaches without more complaints than the grade allows, and with it the grade's sign (客户会指示牌, the
 * plaque hung at the shop; none for a grade without one). Defaults: 金牌 from 4.5 with no complaint, 银牌 from 4.0
 * with at most 2, 合格 (no plaque) from 3.0 with at most 5, at least 5 ratings.
 */
public record MerchantPolicy(int minRatings, List<Grade> grades) {

    /**
     * A grade: its code and names, the sign that goes with it (null: none), the lowest average rating (1–5) and the
     * most complaints of the year it allows.
     */
    public record Grade(String code, String nameZh, String nameEn, String signZh, String signEn, double minAverage,
            int maxComplaints) {
    }

    static MerchantPolicy defaults() {
        return new MerchantPolicy(5, List.of(
                new Grade("GOLD", "优秀", "Excellent", "金牌联盟商家", "Gold partner", 4.5, 0),
                new Grade("SILVER", "良好", "Good", "银牌联盟商家", "Silver partner", 4.0, 2),
                new Grade("QUALIFIED", "合格", "Qualified", null, null, 3.0, 5)));
    }

    /** Whether a grade's sign is named (null or blank: the grade has no sign). */
    static boolean hasSign(String sign) {
        return sign != null && !sign.isBlank();
    }
}
