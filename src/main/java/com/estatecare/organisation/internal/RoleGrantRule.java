package com.estatecare.organisation.internal;

import java.util.Optional;
import java.util.Set;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.Role;

/**
 * Which roles an administrator may give a staff account (授权规则). The account's
 * organisation node is its scope, and an administrator only places accounts
 * at nodes in their own branch; so a role bound to a level above that branch
 * cannot be granted from below it: {@link Role#HQ} (总部客户关系中心) belongs to
 * the group and is held only at a {@link OrgKind#GROUP} node. Staff accounts
 * hold staff roles: {@link Role#OWNER} is the portal's, given with a customer
 * when an owner's account is created. An {@link Role#AUDITOR} (审计员) holds
 * no other role: whoever reads the audit log does not also act in what it records. Nobody changes their own roles or
 * disables themselves: an administrator cannot lock the last way in.
 */
final class RoleGrantRule {

    private RoleGrantRule() {
    }

    /** The reason (a {@code field.reason.*} code) the roles cannot be held at a node of this kind, if any. */
    static Optional<String> violation(Set<Role> roles, OrgKind nodeKind) {
        if (roles.contains(Role.OWNER)) {
            return Optional.of("staff-roles-only");
        }
        if (roles.contains(Role.AUDITOR) && roles.size() > 1) {
            return Optional.of("auditor-alone");
        }
        if (roles.contains(Role.HQ) && nodeKind != OrgKind.GROUP) {
            return Optional.of("hq-at-group");
        }
        return Optional.empty();
    }

    /** Whether the administrator would be changing their own account. */
    static Optional<String> selfChange(long administratorId, long accountId) {
        return administratorId == accountId ? Optional.of("not-yourself") : Optional.empty();
    }
}
