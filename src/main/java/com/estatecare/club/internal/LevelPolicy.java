package com.estatecare.club.internal;

import java.util.List;

/**
 * The member levels (会员等级) as an administrator sets them ({@code PUT /api/v1/policies/club-levels}): in rising
 * order, each reached by owning at least {@code minUnits} units and having been an owner for at least
 * {@code minYears} years since the first handover. Defaults: 普卡 for every member, 银卡 after 3 years, 金卡 with two
 * units and 5 years.
 */
public record LevelPolicy(List<Level> levels) {

    /** One level: its code, its names in both languages and what it takes. */
    public record Level(String code, String nameZh, String nameEn, int minUnits, int minYears) {
    }

    static LevelPolicy defaults() {
        return new LevelPolicy(List.of(new Level("STANDARD", "普卡", "Standard", 0, 0),
                new Level("SILVER", "银卡", "Silver", 1, 3), new Level("GOLD", "金卡", "Gold", 2, 5)));
    }
}
