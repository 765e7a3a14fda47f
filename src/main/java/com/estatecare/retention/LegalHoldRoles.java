package com.estatecare.retention;

import java.util.EnumSet;
import java.util.Set;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;

/**
 * Who may put or release a legal hold: managers (主管/经理), headquarters (总部客户关系中心) and administrators, in
 * their branch — those who answer for a dispute or for the data. Agents, engineers, handlers, consultants, project
 * companies, auditors and owners may read whether a record they see is held, not change it.
 */
public final class LegalHoldRoles {

    public static final Set<Role> MAY_HOLD = EnumSet.of(Role.MANAGER, Role.HQ, Role.ADMIN);

    private LegalHoldRoles() {
    }

    public static boolean mayHold(CurrentUser user) {
        return !user.isOwner() && user.hasAny(MAY_HOLD);
    }

    /** A 403 problem unless the caller may hold. */
    public static void check(CurrentUser user) {
        if (!mayHold(user)) {
            throw DomainException.forbidden("forbidden");
        }
    }
}
