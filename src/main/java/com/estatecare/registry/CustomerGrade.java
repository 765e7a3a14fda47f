package com.estatecare.registry;

/** 客户分级 — decides the level of attention a customer gets. */
public enum CustomerGrade {
    /** 重要客户 */
    VIP,
    /** 重点关注客户 (e.g. frequent complainants, opinion leaders) */
    KEY,
    /** 普通客户 */
    STANDARD
}
