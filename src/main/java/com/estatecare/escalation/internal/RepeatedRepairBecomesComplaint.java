package com.estatecare.escalation.internal;

import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;

/**
 * 投诉上移制 ¶1: a repair that climbed to the project company because it was
 * reported again is registered as a complaint, once, linked to the repair, on
 * behalf of the repair's first-contact staff member (首问负责人), else its
 * assignee. The complaint's category follows the repair's.
 */
final class RepeatedRepairBecomesComplaint {

    sealed interface Decision {
    }

    /** Register the complaint as {@code staffId}, in {@code category}. */
    record Register(long staffId, Category category) implements Decision {
    }

    /** The complaint was registered before: nothing to do. */
    record AlreadyRegistered() implements Decision {
    }

    /** Nobody owns the repair, so nobody can register the complaint: say so on the timeline. */
    record NobodyToRegister() implements Decision {
    }

    private RepeatedRepairBecomesComplaint() {
    }

    static Decision decide(RequestFacts repair, boolean alreadyRegistered) {
        if (alreadyRegistered) {
            return new AlreadyRegistered();
        }
        Long staffId = repair.firstContactId() != null ? repair.firstContactId() : repair.assigneeId();
        return staffId == null ? new NobodyToRegister() : new Register(staffId, complaintCategory(repair));
    }

    static Category complaintCategory(RequestFacts repair) {
        if (repair.category() == null) {
            return Category.ENGINEERING_QUALITY;
        }
        return switch (repair.category()) {
            case PROPERTY_SERVICE -> Category.PROPERTY_MANAGEMENT;
            case OTHER -> Category.OTHER;
            default -> Category.ENGINEERING_QUALITY;
        };
    }
}
