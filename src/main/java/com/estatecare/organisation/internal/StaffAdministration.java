package com.estatecare.organisation.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.AccountChanged;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;

/**
 * What an administrator does to the accounts in their branch of the tree:
 * change a staff member's roles, disable or enable an account, set a new
 * password. An account outside the branch is not found, whoever asks; every
 * change takes effect on the account's open sessions and tokens (at once on
 * this instance, within the recheck interval on others: {@link PrincipalLoader}).
 */
@Service
class StaffAdministration {

    private final AccountRepository accounts;
    private final OrgNodeRepository nodes;
    private final PasswordEncoder passwords;
    private final PrincipalLoader principals;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAdministration(AccountRepository accounts, OrgNodeRepository nodes, PasswordEncoder passwords,
            PrincipalLoader principals, LoginThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.nodes = nodes;
        this.passwords = passwords;
        this.principals = principals;
        this.throttle = throttle;
    }

    /** Refuses roles that the account's node cannot hold ({@link RoleGrantRule}); for a new account too. */
    void checkGrant(Set<Role> roles, OrgKind nodeKind) {
        if (roles.stream().anyMatch(Role::isStaff)) {
            RoleGrantRule.violation(roles, nodeKind).ifPresent(reason -> {
                throw DomainException.invalidField("roles", reason);
            });
        }
    }

    @Transactional
    void changeRoles(CurrentUser admin, long accountId, Set<Role> roles) {
        Account account = managed(admin, accountId);
        RoleGrantRule.selfChange(admin.accountId(), accountId).ifPresent(reason -> {
            throw DomainException.invalidField("roles", reason);
        });
        if (account.roleSet().contains(Role.OWNER)) {
            throw DomainException.invalidField("roles", "staff-roles-only");
        }
        RoleGrantRule.violation(roles, kindOf(account)).ifPresent(reason -> {
            throw DomainException.invalidField("roles", reason);
        });
        String before = names(account.roleSet());
        account.changeRoles(roles);
        principals.accountChanged(accountId);
        changed(account, "ROLES", Map.of("roles", before), Map.of("roles", names(roles)));
    }

    @Transactional
    void setEnabled(CurrentUser admin, long accountId, boolean enabled) {
        Account account = managed(admin, accountId);
        RoleGrantRule.selfChange(admin.accountId(), accountId).ifPresent(reason -> {
            throw DomainException.invalidField("enabled", reason);
        });
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        principals.accountChanged(accountId);
        changed(account, "ENABLED", Map.of("enabled", String.valueOf(before)), Map.of("enabled", String.valueOf(enabled)));
    }

    /** The staff member's e-mail address (blank: none) and the language of their mail. */
    @Transactional
    com.estatecare.organisation.StaffContact setContact(CurrentUser admin, long accountId, String email,
            String language) {
        return contact(managed(admin, accountId), email, language);
    }

    /** The caller's own e-mail address (blank: none) and mail language, set on their account page. */
    @Transactional
    com.estatecare.organisation.StaffContact setOwnContact(CurrentUser me, String email, String language) {
        return contact(accounts.findById(me.accountId()).orElseThrow(() -> DomainException.notFound("account")),
                email, language);
    }

    private com.estatecare.organisation.StaffContact contact(Account account, String email, String language) {
        if (account.roleSet().stream().noneMatch(Role::isStaff)) {
            throw DomainException.invalidField("email", "owner-account");
        }
        String before = account.getEmail() == null ? "" : "set";
        String address = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        account.setContact(address, language);
        changed(account, "CONTACT", Map.of("email", before), Map.of("email", address == null ? "" : "set"));
        return new com.estatecare.organisation.StaffContact(account.getId(), account.getDisplayName(), address,
                language == null ? com.estatecare.organisation.StaffContact.DEFAULT_LANGUAGE : language);
    }

    /** A new password chosen by the administrator; the account's sign-in failures are forgotten. */
    @Transactional
    void setPassword(CurrentUser admin, long accountId, String password, PasswordRule rule) {
        Account account = managed(admin, accountId);
        rule.violation(password, account.getUsername()).ifPresent(reason -> {
            throw DomainException.invalidField("password", reason, rule.minLength());
        });
        account.setPasswordHash(passwords.encode(password));
        throttle.succeeded(account.getUsername());
        principals.accountChanged(accountId);
        changed(account, "PASSWORD", Map.of(), Map.of());
    }

    /** Told in the transaction of the change: the audit log's entry commits with it or not at all. */
    private void changed(Account account, String change, Map<String, String> before, Map<String, String> after) {
        events.publishEvent(new AccountChanged(account.getId(), account.getUsername(), account.getOrgNodeId(), change,
                before, after, clock.instant()));
    }

    private static String names(Set<Role> roles) {
        return String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }

    /** The account, if its node lies in the administrator's branch; else not found (nothing said about it). */
    Account managed(CurrentUser admin, long accountId) {
        return accounts.findById(accountId)
                .filter(a -> nodes.findById(a.getOrgNodeId()).map(n -> admin.covers(n.getPath())).orElse(false))
                .orElseThrow(() -> DomainException.notFound("account"));
    }

    private OrgKind kindOf(Account account) {
        return nodes.findById(account.getOrgNodeId()).map(OrgNode::getKind).orElseThrow();
    }
}
