package com.estatecare.privacy.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.estatecare.organisation.AccountView;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;

/**
 * Who did what an event tells, as the audit log names them: the signed-in caller of the request that caused it
 * (and the address it came from), else the system (a demo load, a timer).
 */
@Component
class Callers {

    private final Organisation organisation;

    Callers(Organisation organisation) {
        this.organisation = organisation;
    }

    Actor current() {
        return organisation.caller().map(this::of).orElse(new Actor(null, "system", "system", address()));
    }

    Actor of(CurrentUser user) {
        return new Actor(user.accountId(), user.username(), user.displayName(), address());
    }

    Actor of(AccountView account, String address) {
        return new Actor(account.id(), account.username(), account.displayName(), address);
    }

    /** Where an account sits: its company (0 for the group) and scope path. */
    Place placeOf(long orgNodeId) {
        return organisation.node(orgNodeId).map(Callers::place).orElse(Place.NOWHERE);
    }

    /** Where an account sits, by its id. */
    Place placeOfAccount(long accountId) {
        return organisation.account(accountId).map(a -> placeOf(a.orgNodeId())).orElse(Place.NOWHERE);
    }

    /** Where a company's node sits; the group's own (company 0) belongs to no branch. */
    Place placeOfCompany(long companyId) {
        return companyId == 0 ? Place.NOWHERE : placeOf(companyId);
    }

    Optional<AccountView> account(String username) {
        return organisation.accountNamed(username);
    }

    private static Place place(OrgNodeView node) {
        return new Place(node.companyId() == null ? 0 : node.companyId(), node.path());
    }

    /** The client's address of the request being served, if this is one. */
    static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : null;
    }

    /** A company (0: none) and a scope path (none: seen only at the group). */
    record Place(long companyId, String scopePath) {
        static final Place NOWHERE = new Place(0, null);
    }
}
