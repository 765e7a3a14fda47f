package com.estatecare.privacy.internal;

/**
 * How many full phone numbers one person may be shown a day (查看完整号码的每日上限), in Asia/Shanghai days; beyond
 * it a reveal is refused and the person's manager told. An administrator changes it at
 * {@code PUT /api/v1/policies/reveal}.
 */
public record RevealPolicy(int dailyLimit) {

    public static final int MAX = 1000;

    static RevealPolicy defaults() {
        return new RevealPolicy(30);
    }
}
