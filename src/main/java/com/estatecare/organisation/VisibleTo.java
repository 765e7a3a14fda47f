package com.estatecare.organisation;

import java.util.Map;

/**
 * The organisation-scope rule as SQL, written once: staff see the data whose
 * scope path lies in their branch of the tree (their node and everything under
 * it). Every query that filters by scope takes its condition and parameters
 * from here; {@code ScopeRuleTests} fails when one writes the rule out again.
 * Owners are scoped by what they own, not by path: the modules that serve
 * owners add that condition themselves.
 *
 * @param sql    the condition, for example {@code r.scope_path like :scopePattern}
 * @param params its named parameters
 */
public record VisibleTo(String sql, Map<String, Object> params) {

    /** Rows whose {@code column} (a scope path) lies in the staff member's branch. */
    public static VisibleTo sql(CurrentUser user, String column) {
        return branch(user.scopePath(), column);
    }

    /** Rows whose {@code column} lies in the branch at {@code scopePath} (a request's, for example). */
    public static VisibleTo branch(String scopePath, String column) {
        return new VisibleTo(column + " like :scopePattern", Map.of("scopePattern", scopePath + "%"));
    }

    /**
     * The same rule read the other way: the organisation nodes (their path in
     * {@code nodeColumn}) whose branch covers {@code pathSql}, an SQL expression
     * or parameter, for example the staff and managers responsible for a request.
     */
    public static String covering(String nodeColumn, String pathSql) {
        return pathSql + " like " + nodeColumn + " || '%'";
    }

    /**
     * Rows in the staff member's branch or on the path above it: the projects
     * and colleagues a regional or project member works with.
     */
    public static VisibleTo branchOrAbove(CurrentUser user, String column) {
        return new VisibleTo("(" + column + " like :scopePattern or " + covering(column, ":scopePath") + ")",
                Map.of("scopePattern", user.scopePath() + "%", "scopePath", user.scopePath()));
    }
}
