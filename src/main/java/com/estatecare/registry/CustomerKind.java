package com.estatecare.registry;

/** Stage of the relationship (SPEC §2). */
public enum CustomerKind {
    /** 潜在客户 */
    PROSPECT,
    /** 准业主 / 新业主 */
    NEW_OWNER,
    /** 老业主 */
    LONG_STANDING_OWNER
}
