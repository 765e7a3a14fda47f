package com.estatecare.organisation;

import java.util.Set;

/** A person who signs in: a staff member or an owner. */
public record AccountView(long id, String username, String displayName, long orgNodeId, Set<Role> roles,
        Long customerId, String department) {
}
