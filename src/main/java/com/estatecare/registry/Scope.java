package com.estatecare.registry;

import java.util.Map;

import com.estatecare.organisation.CurrentUser;

/**
 * The SQL condition that limits a query to what the caller may see: staff by
 * the scope path of their organisation node, owners by what they own.
 */
record Scope(String condition, Map<String, Object> params) {

    static Scope forUnits(CurrentUser user, String alias) {
        if (user.isOwner()) {
            return new Scope("exists (select 1 from ownership so where so.unit_id = " + alias
                    + ".id and so.customer_id = :scopeCustomer)", Map.of("scopeCustomer", ownerId(user)));
        }
        return new Scope(alias + ".scope_path like :scopePath", Map.of("scopePath", user.scopePattern()));
    }

    static Scope forCustomers(CurrentUser user, String alias) {
        if (user.isOwner()) {
            return new Scope(alias + ".id = :scopeCustomer", Map.of("scopeCustomer", ownerId(user)));
        }
        return new Scope("(" + alias + ".scope_path like :scopePath or exists (select 1 from ownership so"
                + " join unit su on su.id = so.unit_id where so.customer_id = " + alias
                + ".id and su.scope_path like :scopePath))", Map.of("scopePath", user.scopePattern()));
    }

    private static long ownerId(CurrentUser user) {
        return user.customerId() == null ? -1 : user.customerId();
    }
}
