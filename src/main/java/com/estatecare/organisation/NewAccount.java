package com.estatecare.organisation;

import java.util.Set;

/** What an administrator (or the import, or demo data) gives to create an account. */
public record NewAccount(String username, String password, String displayName, long orgNodeId, Set<Role> roles,
        Long customerId, String department) {
}
