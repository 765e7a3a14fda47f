package com.estatecare.club.internal;

import java.util.List;

/**
 * The care greetings (会员关怀) as an administrator sets them ({@code PUT /api/v1/policies/club-greetings}): whether
 * members are greeted on their birthday, and on the first day of which holidays of the business calendar (by the
 * calendar's names: 元旦, 春节, 中秋节, 国庆节 by default).
 */
public record GreetingPolicy(boolean birthdays, List<String> holidays) {

    static GreetingPolicy defaults() {
        return new GreetingPolicy(true, List.of("元旦", "春节", "中秋节", "国庆节"));
    }
}
