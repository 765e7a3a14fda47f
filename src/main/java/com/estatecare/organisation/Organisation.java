package com.estatecare.organisation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.internal.Account;
import com.estatecare.organisation.internal.AccountPrincipal;
import com.estatecare.organisation.internal.AccountRepository;
import com.estatecare.organisation.internal.OrgNode;
import com.estatecare.organisation.internal.OrgNodeRepository;
import com.estatecare.organisation.internal.PrincipalLoader;
import com.estatecare.platform.DomainException;

/** The organisation module's use cases: the tree, accounts, and who is calling. */
@Service
public class Organisation {

    private final OrgNodeRepository nodes;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final PrincipalLoader principals;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final CustomerDirectory customers;
    private final ApplicationEventPublisher events;

    Organisation(OrgNodeRepository nodes, AccountRepository accounts, PasswordEncoder passwords, Clock clock,
            PrincipalLoader principals, org.springframework.jdbc.core.simple.JdbcClient jdbc,
            CustomerDirectory customers, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.customers = customers;
        this.principals = principals;
        this.nodes = nodes;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * A node of the tree, under the one kind it may sit under (group → company
     * → project → building); only a group starts a tree.
     */
    @Transactional
    public OrgNodeView createNode(Long parentId, OrgKind kind, String code, String name) {
        OrgNode parent = parentId == null ? null
                : nodes.findById(parentId).orElseThrow(() -> DomainException.unknownReference("parentId"));
        if (parent == null && kind.parentKind() != null) {
            throw DomainException.invalidField("parentId", "needs-parent", kind, kind.parentKind());
        }
        if (parent != null && parent.getKind() != kind.parentKind()) {
            throw DomainException.invalidField("kind", "not-under", kind, parent.getKind(),
                    kind.parentKind() == null ? "-" : kind.parentKind());
        }
        if (nodes.findByCode(code).isPresent()) {
            throw DomainException.invalidField("code", "duplicate");
        }
        OrgNode node = nodes.saveAndFlush(new OrgNode(parent, kind, code, name, clock.instant()));
        node.place(parent);
        return node.view();
    }

    @Transactional(readOnly = true)
    public Optional<OrgNodeView> node(long id) {
        return nodes.findById(id).map(OrgNode::view);
    }

    /** The top node of every company (城市公司 / 项目公司), for what runs per company without a user. */
    @Transactional(readOnly = true)
    public List<OrgNodeView> companies() {
        return nodes.findByKindOrderById(OrgKind.COMPANY).stream().map(OrgNode::view).toList();
    }

    @Transactional(readOnly = true)
    public List<OrgNodeView> nodesVisibleTo(CurrentUser user) {
        return nodes.findByPathStartingWithOrderByPath(user.scopePath()).stream().map(OrgNode::view).toList();
    }

    /**
     * An account whose user name is new regardless of case. An owner's account
     * has the owner role alone and belongs to an existing customer of the
     * company of its node; staff accounts belong to no customer.
     */
    @Transactional
    public AccountView createAccount(NewAccount account) {
        if (accounts.existsByUsernameIgnoreCase(account.username())) {
            throw DomainException.invalidField("username", "duplicate");
        }
        OrgNode node = nodes.findById(account.orgNodeId())
                .orElseThrow(() -> DomainException.unknownReference("orgNodeId"));
        boolean owner = account.roles().contains(Role.OWNER);
        if (owner && account.roles().size() > 1) {
            throw DomainException.invalidField("roles", "owner-alone");
        }
        if (!owner && account.customerId() != null) {
            throw DomainException.invalidField("customerId", "owner-only");
        }
        if (owner && account.customerId() == null) {
            throw DomainException.invalidField("customerId", "required");
        }
        if (owner && !customers.companyOf(account.customerId()).equals(Optional.ofNullable(node.getCompanyId()))) {
            throw DomainException.unknownReference("customerId");
        }
        AccountView created = accounts.save(new Account(account.username(), passwords.encode(account.password()),
                account.displayName(), account.orgNodeId(), account.roles(), account.customerId(),
                account.department(), clock.instant())).view();
        events.publishEvent(new AccountChanged(created.id(), created.username(), created.orgNodeId(), "CREATED",
                java.util.Map.of(), java.util.Map.of("roles", String.join(",", new java.util.TreeSet<>(
                        created.roles().stream().map(Role::name).toList()))), clock.instant()));
        return created;
    }

    /**
     * The owner account of a customer who signs in to the portal by a one-time
     * code: the customer's existing owner account, or — at the first sign-in —
     * a new one with the owner role alone, no usable password, at the
     * customer's organisation node (else their company's). Empty when the
     * customer's account is disabled: a disabled owner does not sign in.
     */
    @Transactional
    public Optional<AccountView> ownerAccountFor(long customerId, long companyId, String scopePath, String name) {
        List<Account> existing = accounts.findByCustomerIdOrderById(customerId).stream()
                .filter(a -> a.roleSet().equals(Set.of(Role.OWNER))).toList();
        if (!existing.isEmpty()) {
            return existing.stream().filter(Account::isEnabled).findFirst().map(Account::view);
        }
        long node = nodes.findByPath(scopePath).filter(n -> Long.valueOf(companyId).equals(n.getCompanyId()))
                .map(OrgNode::getId).orElse(companyId);
        String username = "owner-" + customerId;
        for (int n = 2; accounts.existsByUsernameIgnoreCase(username); n++) {
            username = "owner-" + customerId + "-" + n;
        }
        String unusable = passwords.encode(UUID.randomUUID() + "" + UUID.randomUUID());
        return Optional.of(accounts.saveAndFlush(new Account(username, unusable, name, node, Set.of(Role.OWNER),
                customerId, null, clock.instant())).view());
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> account(long id) {
        return accounts.findById(id).map(Account::view);
    }

    /** How a staff member is mailed (an enabled staff account only). */
    @Transactional(readOnly = true)
    public Optional<StaffContact> contact(long accountId) {
        return accounts.findById(accountId).filter(Account::isEnabled)
                .filter(a -> a.roleSet().stream().anyMatch(Role::isStaff))
                .map(a -> new StaffContact(a.getId(), a.getDisplayName(), a.getEmail(),
                        a.getLanguage() == null ? StaffContact.DEFAULT_LANGUAGE : a.getLanguage()));
    }

    /** A staff account that the caller's scope covers, for assignments. */
    @Transactional(readOnly = true)
    public Optional<AccountView> staffVisibleTo(long accountId, CurrentUser user) {
        return staffWhoseNode(accountId, path -> path.startsWith(user.scopePath()) || user.scopePath().startsWith(path));
    }

    /** A staff account whose scope covers data at {@code scopePath}: somebody who can work on it. */
    @Transactional(readOnly = true)
    public Optional<AccountView> staffCovering(long accountId, String scopePath) {
        return staffWhoseNode(accountId, scopePath::startsWith);
    }

    private Optional<AccountView> staffWhoseNode(long accountId, java.util.function.Predicate<String> nodePath) {
        return accounts.findById(accountId)
                .filter(a -> a.roleSet().stream().anyMatch(Role::isStaff))
                .filter(a -> nodes.findById(a.getOrgNodeId()).map(n -> nodePath.test(n.getPath())).orElse(false))
                .map(Account::view);
    }

    /** Staff with this role whose scope covers the given organisation node (e.g. the HQ of a company). */
    @Transactional(readOnly = true)
    public List<Long> staffWithRoleCovering(Role role, long orgNodeId) {
        String path = nodes.findById(orgNodeId).map(OrgNode::getPath).orElse("/none/");
        return jdbc.sql("""
                select a.id from account a join org_node n on n.id = a.org_node_id
                where a.enabled and a.roles like :role and %s order by a.id""".formatted(
                        VisibleTo.covering("n.path", ":path")))
                .param("role", "%" + role.name() + "%").param("path", path).query(Long.class).list();
    }

    /**
     * The enabled portal accounts of these customers (owners who read an inbox), read a thousand customers at a time
     * so that a project of many buyers stays within the statement's parameters.
     */
    @Transactional(readOnly = true)
    public List<Long> ownerAccountsOf(java.util.Collection<Long> customerIds) {
        List<Long> customers = customerIds.stream().distinct().toList();
        List<Long> accounts = new java.util.ArrayList<>();
        for (int from = 0; from < customers.size(); from += 1000) {
            accounts.addAll(jdbc.sql("""
                    select a.id from account a
                    where a.enabled and a.customer_id in (:customers) and strpos(a.roles, :owner) > 0
                    order by a.id""")
                    .param("customers", customers.subList(from, Math.min(customers.size(), from + 1000)))
                    .param("owner", Role.OWNER.name()).query(Long.class).list());
        }
        return accounts;
    }

    /** A staff member's supervisors: the managers at their node or the nearest node above it that has any. */
    @Transactional(readOnly = true)
    public List<Long> supervisorsOf(long accountId) {
        return jdbc.sql("""
                select m.id from account a join org_node an on an.id = a.org_node_id
                  join account m on m.roles like :manager and m.enabled and m.id <> a.id
                  join org_node mn on mn.id = m.org_node_id and %s
                where a.id = :account
                  and length(mn.path) = (select max(length(n2.path)) from account m2 join org_node n2 on n2.id = m2.org_node_id
                                         where m2.roles like :manager and m2.enabled and m2.id <> a.id
                                           and %s)
                order by m.id""".formatted(VisibleTo.covering("mn.path", "an.path"),
                        VisibleTo.covering("n2.path", "an.path")))
                .param("account", accountId).param("manager", "%" + Role.MANAGER.name() + "%")
                .query(Long.class).list();
    }

    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** The account with this username as a caller, for work done on someone's behalf (demo data, imports). */
    @Transactional(readOnly = true)
    public CurrentUser userByUsername(String username) {
        return principals.loadUserByUsername(username).user();
    }

    /** The account with this user name (ignoring case), if there is one: whose sign-in failed, for example. */
    @Transactional(readOnly = true)
    public Optional<AccountView> accountNamed(String username) {
        return username == null || username.length() > 80 ? Optional.empty() : accounts.findByUsernameIgnoreCase(username).map(Account::view);
    }

    /** The signed-in caller, if there is one (not in a timer, a demo load or before sign-in). */
    public Optional<CurrentUser> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in caller. Only call inside a request that passed authentication. */
    public CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.user();
        }
        throw new IllegalStateException("no authenticated account");
    }
}
