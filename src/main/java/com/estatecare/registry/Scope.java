package com.estatecare.registry;

import java.util.Map;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;

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
        VisibleTo visible = VisibleTo.sql(user, alias + ".scope_path");
        return new Scope(visible.sql(), visible.params());
    }

    static Scope forCustomers(CurrentUser user, String alias) {
        if (user.isOwner()) {
            return new Scope(alias + ".id = :scopeCustomer", Map.of("scopeCustomer", ownerId(user)));
        }
        VisibleTo own = VisibleTo.sql(user, alias + ".scope_path");
        VisibleTo owned = VisibleTo.sql(user, "su.scope_path");
        return new Scope("(" + own.sql() + " or exists (select 1 from ownership so"
                + " join unit su on su.id = so.unit_id where so.customer_id = " + alias
                + ".id and " + owned.sql() + "))", own.params());
    }

    private static long ownerId(CurrentUser user) {
        return user.customerId() == null ? -1 : user.customerId();
    }
}
