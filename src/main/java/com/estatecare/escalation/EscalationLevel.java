package com.estatecare.escalation;

import java.util.Optional;

/** The steps of the ladder (投诉上移制, SPEC §6), lowest first. */
public enum EscalationLevel {
    /** 物业公司 / 客服中心 — where every request starts. */
    PROPERTY_COMPANY,
    /** 项目公司 / 开发商相关部门 */
    PROJECT_COMPANY,
    /** 总部客户关系中心 */
    HEADQUARTERS;

    /** 1, 2, 3 */
    public int number() {
        return ordinal() + 1;
    }

    public boolean isAtLeast(EscalationLevel other) {
        return compareTo(other) >= 0;
    }

    /** One level up; empty at the top. */
    public Optional<EscalationLevel> next() {
        return this == HEADQUARTERS ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
