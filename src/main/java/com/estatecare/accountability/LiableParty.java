package com.estatecare.accountability;

/** Who a fine of the cumulative penalty ledger (累计处罚制) is proposed against, by cause (SPEC §7). */
public enum LiableParty {
    /** 施工单位 — construction quality within warranty. */
    CONTRACTOR,
    /** 物业维修 — other causes within warranty, or any repair out of warranty. */
    PROPERTY_MAINTENANCE,
    /** 维修责任人 — a second complaint caused by slow repair. */
    REPAIR_PERSON,
    /** 客服中心相关责任人 — an unsolved complaint. */
    RESPONSIBLE_SPECIALIST
}
