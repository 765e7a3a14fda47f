package com.estatecare.organisation;

import java.util.Set;

/**
 * Who is calling, with the scope that decides what they may see: staff see
 * what lies under their organisation node ({@link #scopePath()}); an owner
 * sees only their own units and requests ({@link #customerId()}).
 */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, long orgNodeId,
        String scopePath, Long companyId, Long customerId, String department) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean isOwner() {
        return roles.contains(Role.OWNER) && roles.size() == 1;
    }

    /** Whether a staff member's scope covers data at {@code path}. Owners are scoped by customer, not path;
     * queries take the same rule from {@link VisibleTo}. */
    public boolean covers(String path) {
        return !isOwner() && path != null && path.startsWith(scopePath);
    }

}
