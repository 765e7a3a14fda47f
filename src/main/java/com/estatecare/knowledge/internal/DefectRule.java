package com.estatecare.knowledge.internal;

import java.util.EnumSet;
import java.util.Set;

import com.estatecare.requests.ActionCommand;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestKind;
import com.estatecare.requests.RequestStatus;

/**
 * The defect counting rule (项目缺陷反馈): a repair counts as a product defect when it is about the house itself —
 * 房屋质量问题 or 设施设备故障, not 物业管理服务问题 — on a unit, and was not cancelled. Its cause is what the
 * completed repair found: inside the warranty (the builder's: construction or product quality), outside it
 * (wear or use), or not yet determined. A place (building and component) with {@link #RECURRING_FROM} or more
 * defects in a period has a recurring defect (重复缺陷).
 */
final class DefectRule {

    /** Defects of one building and component in a period from which the defect is recurring. */
    static final int RECURRING_FROM = com.estatecare.knowledge.DefectFeedback.RECURRING_FROM;

    private static final Set<Category> PRODUCT = EnumSet.of(Category.HOUSING_QUALITY, Category.FACILITY_FAILURE);

    /**
     * A defect of a delivery inspection not yet handed to repair counts as 房屋质量问题, the category its repair will
     * have, with its cause not yet determined.
     */
    static final Category FINDING_CATEGORY = Category.HOUSING_QUALITY;

    /** The cause of a defect (缺陷原因). */
    enum Cause { IN_WARRANTY, OUT_OF_WARRANTY, UNDETERMINED }

    private DefectRule() {
    }

    static boolean counts(RequestFacts facts) {
        return facts.status() != RequestStatus.CANCELLED && counts(facts.kind(), facts.category(), facts.unitId());
    }

    /** Whether a request that was not cancelled counts: a repair of the house itself, on a unit. */
    static boolean counts(RequestKind kind, Category category, Long unitId) {
        return kind == RequestKind.REPAIR && category != null && PRODUCT.contains(category) && unitId != null;
    }

    static Cause cause(RequestFacts facts) {
        if (facts.warrantyStatus() == null) {
            return Cause.UNDETERMINED;
        }
        return facts.warrantyStatus() == ActionCommand.WarrantyStatus.IN_WARRANTY ? Cause.IN_WARRANTY
                : Cause.OUT_OF_WARRANTY;
    }

    static boolean recurring(long defects) {
        return defects >= RECURRING_FROM;
    }
}
