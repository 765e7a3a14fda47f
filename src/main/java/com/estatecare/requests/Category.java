package com.estatecare.requests;

import java.util.EnumSet;
import java.util.Set;

/** Repair categories (seed 000) and complaint categories (seed 002). */
public enum Category {
    /** 设施设备故障 */
    FACILITY_FAILURE(RequestKind.REPAIR),
    /** 房屋质量问题 */
    HOUSING_QUALITY(RequestKind.REPAIR),
    /** 物业管理服务问题 */
    PROPERTY_SERVICE(RequestKind.REPAIR),
    /** 工程质量 */
    ENGINEERING_QUALITY(RequestKind.COMPLAINT),
    /** 规划设计 */
    PLANNING_DESIGN(RequestKind.COMPLAINT),
    /** 销售管理 */
    SALES_MANAGEMENT(RequestKind.COMPLAINT),
    /** 物业管理 */
    PROPERTY_MANAGEMENT(RequestKind.COMPLAINT),
    /** 客户服务 */
    CUSTOMER_SERVICE(RequestKind.COMPLAINT),
    /**
     * 退房 / 退款: a buyer asks to give the unit back or to be refunded (SPEC §15), registered by the sales module
     * with time limits of its own (decision 041).
     */
    CHECK_OUT(RequestKind.CONSULTATION),
    /** 其他 */
    OTHER(RequestKind.values());

    private final Set<RequestKind> kinds;

    Category(RequestKind... kinds) {
        this.kinds = EnumSet.of(kinds[0], kinds);
    }

    public boolean appliesTo(RequestKind kind) {
        return kinds.contains(kind);
    }
}
