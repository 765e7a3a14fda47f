package com.estatecare.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.OrgNodeView;
import com.estatecare.organisation.Organisation;
import com.estatecare.organisation.VisibleTo;
import com.estatecare.platform.CursorPage;
import com.estatecare.platform.DomainException;
import com.estatecare.platform.IdentityDocument;
import com.estatecare.platform.TransactionMemo;
import com.estatecare.registry.internal.Building;
import com.estatecare.registry.internal.BuildingRepository;
import com.estatecare.registry.internal.Customer;

import com.estatecare.platform.Rows;
import com.estatecare.registry.internal.CustomerRepository;
import com.estatecare.registry.internal.Project;
import com.estatecare.registry.internal.ProjectRepository;
import com.estatecare.registry.internal.Unit;
import com.estatecare.registry.internal.UnitRepository;

/** The registry's use cases: the buildings and the people the centre looks after. */
@Service
public class Registry {

    static final String UNIT_SELECT = """
            select u.id, u.company_id, u.project_id, p.name as project, u.building_id, b.name as building, u.unit_no,
                   u.floor, u.area_sqm, u.layout, u.delivered_on, u.scope_path
            from unit u join building b on b.id = u.building_id join project p on p.id = u.project_id
            """;
    static final String CUSTOMER_SELECT = """
            select c.id, c.company_id, c.name, c.kind, c.grade, c.phone, c.email, c.wechat, c.preferred_channel,
                   c.advisor_id, c.scope_path, c.version, c.note,
                   c.id_type, c.id_masked
            from customer c
            """;

    private final Organisation organisation;
    private final ProjectRepository projects;
    private final BuildingRepository buildings;
    private final UnitRepository units;
    private final CustomerRepository customers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentityDocuments identityDocuments;
    private final TransactionMemo<Long, UnitView> unitsRead = new TransactionMemo<>();
    private final CustomersRead customersRead;

    Registry(Organisation organisation, ProjectRepository projects, BuildingRepository buildings, UnitRepository units,
            CustomerRepository customers, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
            IdentityDocuments identityDocuments, CustomersRead customersRead) {
        this.identityDocuments = identityDocuments;
        this.customersRead = customersRead;
        this.organisation = organisation;
        this.projects = projects;
        this.buildings = buildings;
        this.units = units;
        this.customers = customers;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProjectView createProject(long companyNodeId, String code, String name, String city, String address) {
        OrgNodeView company = organisation.node(companyNodeId).filter(n -> n.kind() == OrgKind.COMPANY)
                .orElseThrow(() -> DomainException.unknownReference("companyId"));
        OrgNodeView node = organisation.createNode(company.id(), OrgKind.PROJECT, code, name);
        Project project = projects.save(new Project(company.id(), node.id(), code, name, city, address, node.path(),
                clock.instant()));
        return project(project.getId()).orElseThrow();
    }

    @Transactional
    public BuildingView createBuilding(long projectId, String name, Integer floors) {
        Project project = projects.findById(projectId).orElseThrow(() -> DomainException.unknownReference("projectId"));
        if (exists("select count(*) from building where project_id = :owner and name = :name", projectId, name)) {
            throw DomainException.duplicate("name");
        }
        OrgNodeView node = organisation.createNode(project(projectId).orElseThrow().orgNodeId(), OrgKind.BUILDING,
                "B" + projectId + "-" + name, name);
        Building building = buildings.save(new Building(project, node.id(), name, floors, node.path(), clock.instant()));
        return building(building.getId()).orElseThrow();
    }

    @Transactional
    public UnitView createUnit(long buildingId, String unitNo, Integer floor, BigDecimal areaSqm, String layout,
            LocalDate deliveredOn) {
        Building building = buildings.findById(buildingId)
                .orElseThrow(() -> DomainException.unknownReference("buildingId"));
        if (exists("select count(*) from unit where building_id = :owner and unit_no = :name", buildingId, unitNo)) {
            throw DomainException.duplicate("unitNo");
        }
        Unit unit = units.save(new Unit(building, unitNo, floor, areaSqm, layout, deliveredOn, clock.instant()));
        units.flush();
        return unit(unit.getId()).orElseThrow();
    }

    /**
     * 交付: the day the unit was handed to its owner, from which its warranties run. The warranty module checks
     * the day against the project's completion and the clock before it records it here.
     */
    @Transactional
    public void recordDelivery(long unitId, LocalDate deliveredOn) {
        int updated = jdbc.sql("update unit set delivered_on = :on, version = version + 1 where id = :id")
                .param("on", java.sql.Date.valueOf(deliveredOn)).param("id", unitId).update();
        if (updated == 0) {
            throw DomainException.notFound("unit");
        }
        unitsRead.forget(unitId);
        long companyId = jdbc.sql("select company_id from unit where id = :id").param("id", unitId).query(Long.class)
                .single();
        events.publishEvent(new UnitHandedOver(unitId, companyId, deliveredOn, clock.instant()));
    }

    /**
     * A prospect (潜在客户) who bought a unit became its owner at its handover: the same record, now a new owner
     * (新业主), told as a customer change {@code HANDED_OVER}. An owner already stays as they are.
     */
    @Transactional
    public CustomerView becameOwner(long customerId) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> DomainException.notFound("customer"));
        CustomerView before = customer.view();
        if (before.kind() != CustomerKind.PROSPECT) {
            return before;
        }
        customer.becomeOwner(clock.instant());
        customers.flush();
        events.publishEvent(CustomerChanged.between(before, customer.view(), "HANDED_OVER", clock.instant()));
        return customer.view();
    }

    @Transactional
    public CustomerView registerCustomer(long companyId, String scopePath, CustomerDetails details) {
        return registerCustomer(companyId, scopePath, details, null);
    }

    /** Registers a customer with their identity document (证件), sealed here; {@code null}: none. */
    @Transactional
    public CustomerView registerCustomer(long companyId, String scopePath, CustomerDetails details,
            IdentityDocument identity) {
        Customer customer = new Customer(companyId, scopePath, details, clock.instant());
        recordIdentity(customer, identity);
        customer = customers.save(customer);
        customers.flush();
        events.publishEvent(new CustomerRegistered(customer.getId(), companyId, details.kind(), clock.instant()));
        events.publishEvent(CustomerChanged.between(null, customer.view(), "CREATED", clock.instant()));
        return customer.view();
    }

    @Transactional
    public CustomerView updateCustomer(long id, long expectedVersion, CustomerDetails details) {
        Customer customer = customers.findById(id).orElseThrow(() -> DomainException.notFound("customer"));
        if (customer.view().version() != expectedVersion) {
            throw DomainException.staleVersion(expectedVersion, customer.view().version());
        }
        CustomerView before = customer.view();
        customer.apply(details, clock.instant());
        customers.flush();
        events.publishEvent(CustomerChanged.between(before, customer.view(), "UPDATED", clock.instant()));
        return customer.view();
    }

    /**
     * Corrects a customer's name, phone (digits, already checked) or note; {@code null} keeps a field, an empty
     * phone or note removes it. The version read must be the current one.
     */
    @Transactional
    public CustomerView amendCustomer(long id, long expectedVersion, String name, String phone, String note) {
        return amendCustomer(id, expectedVersion, name, phone, note, null);
    }

    /**
     * As {@link #amendCustomer(long, long, String, String, String)}, and the identity document: {@code null} keeps
     * it, an empty one removes it, a document replaces it (sealed here, never kept in full elsewhere).
     */
    @Transactional
    public CustomerView amendCustomer(long id, long expectedVersion, String name, String phone, String note,
            Optional<IdentityDocument> identity) {
        Customer customer = customers.findById(id).orElseThrow(() -> DomainException.notFound("customer"));
        if (customer.view().version() != expectedVersion) {
            throw DomainException.staleVersion(expectedVersion, customer.view().version());
        }
        CustomerView before = customer.view();
        customer.amend(name, phone, note, clock.instant());
        if (identity != null) {
            recordIdentity(customer, identity.orElse(null));
        }
        customers.flush();
        events.publishEvent(CustomerChanged.between(before, customer.view(), "AMENDED", clock.instant()));
        return customer.view();
    }

    private void recordIdentity(Customer customer, IdentityDocument identity) {
        if (identity == null) {
            customer.recordIdentity(null, null, null, null, clock.instant());
            return;
        }
        customer.recordIdentity(identity.type().name(), identityDocuments.seal(identity),
                identityDocuments.index(identity), identity.masked(), clock.instant());
    }

    @Transactional
    public void recordOwnership(long customerId, long unitId, OwnershipRole role, LocalDate since) {
        UnitView unit = unit(unitId).orElseThrow(() -> DomainException.unknownReference("unitId"));
        int inserted = jdbc.sql("""
                insert into ownership (company_id, unit_id, customer_id, role, since)
                values (:company, :unit, :customer, :role, :since)
                on conflict (unit_id, customer_id, company_id) do nothing""")
                .param("company", unit.companyId()).param("unit", unitId).param("customer", customerId)
                .param("role", role.name()).param("since", since).update();
        if (inserted > 0) {
            events.publishEvent(new OwnershipRecorded(customerId, unit.companyId(), unitId, label(unit), role,
                    clock.instant()));
        }
    }

    /**
     * The customer is no longer the unit's owner of record in this role: a buyer whose check-out (退房) was granted
     * (decision 049). Their customer record, file and requests stay; the unit no longer counts them among its owners.
     */
    @Transactional
    public void endOwnership(long customerId, long unitId, OwnershipRole role) {
        jdbc.sql("delete from ownership where customer_id = :customer and unit_id = :unit and role = :role")
                .param("customer", customerId).param("unit", unitId).param("role", role.name()).update();
    }

    /** 楼盘 3栋 1201 */
    public static String label(UnitView unit) {
        return unit.project() + " " + unit.building() + " " + unit.unitNo();
    }

    @Transactional(readOnly = true)
    public Optional<ProjectView> project(long id) {
        return jdbc.sql("select id, company_id, org_node_id, code, name, city, address, scope_path from project where id = :id")
                .param("id", id).query(Rows.of(ProjectView.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<ProjectView> projectsVisibleTo(CurrentUser user) {
        if (user.isOwner()) {
            return jdbc.sql("""
                    select distinct p.id, p.company_id, p.org_node_id, p.code, p.name, p.city, p.address, p.scope_path
                    from project p join unit u on u.project_id = p.id join ownership o on o.unit_id = u.id
                    where o.customer_id = :customer order by p.id""")
                    .param("customer", user.customerId() == null ? -1 : user.customerId())
                    .query(Rows.of(ProjectView.class)).list();
        }
        VisibleTo visible = VisibleTo.branchOrAbove(user, "scope_path");
        return jdbc.sql("""
                select id, company_id, org_node_id, code, name, city, address, scope_path from project
                where %s order by id""".formatted(visible.sql()))
                .params(visible.params())
                .query(Rows.of(ProjectView.class)).list();
    }

    @Transactional(readOnly = true)
    public Optional<BuildingView> building(long id) {
        return jdbc.sql("""
                select b.id, b.project_id, p.name as project, b.name, b.floors, b.scope_path
                from building b join project p on p.id = b.project_id where b.id = :id""")
                .param("id", id).query(Rows.of(BuildingView.class)).optional();
    }

    @Transactional(readOnly = true)
    public List<BuildingView> buildingsOf(long projectId) {
        return jdbc.sql("""
                select b.id, b.project_id, p.name as project, b.name, b.floors, b.scope_path
                from building b join project p on p.id = b.project_id where b.project_id = :id order by b.id""")
                .param("id", projectId).query(Rows.of(BuildingView.class)).list();
    }

    /**
     * Any unit, unscoped: for other modules that already checked the caller. Read once per transaction (the
     * listeners of an intake read the unit the intake read).
     */
    @Transactional(readOnly = true)
    public Optional<UnitView> unit(long id) {
        return unitsRead.get(id,
                () -> jdbc.sql(UNIT_SELECT + " where u.id = :id").param("id", id).query(Registry::unitRow).optional());
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> unitVisibleTo(long id, CurrentUser user) {
        Scope scope = Scope.forUnits(user, "u");
        return unitsRead.keep(id, jdbc.sql(UNIT_SELECT + " where u.id = :id and " + scope.condition())
                .param("id", id).params(scope.params()).query(Registry::unitRow).optional());
    }

    /**
     * Any customer, unscoped: for other modules reacting to events about them (their notices). Read once per
     * transaction (the acknowledgement of an intake reads the customer the intake read).
     */
    @Transactional(readOnly = true)
    public Optional<CustomerView> customer(long id) {
        return customersRead.get(id, () -> jdbc.sql(CUSTOMER_SELECT + " where c.id = :id").param("id", id)
                .query(Rows.of(CustomerView.class)).optional());
    }

    /** Customers by id, unscoped (the caller has chosen them from its own scoped records), in the ids' order. */
    @Transactional(readOnly = true)
    public List<CustomerView> customers(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, CustomerView> found = new HashMap<>();
        jdbc.sql(CUSTOMER_SELECT + " where c.id in (:ids)").param("ids", List.copyOf(ids))
                .query(Rows.of(CustomerView.class)).list().forEach(c -> found.put(c.id(), c));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CustomerView> customerVisibleTo(long id, CurrentUser user) {
        Scope scope = Scope.forCustomers(user, "c");
        return customersRead.keep(id, jdbc.sql(CUSTOMER_SELECT + " where c.id = :id and " + scope.condition())
                .param("id", id).params(scope.params()).query(Rows.of(CustomerView.class)).optional());
    }

    /**
     * The customers with this phone (its digits, as stored) who own or co-own
     * at least one unit — those who may use the owner portal — in every
     * company, by company and then by id.
     */
    @Transactional(readOnly = true)
    public List<CustomerView> ownersByPhone(String phone) {
        return jdbc.sql(CUSTOMER_SELECT + """
                 where c.phone = :phone and exists (select 1 from ownership o where o.customer_id = c.id)
                order by c.company_id, c.id""")
                .param("phone", phone).query(CustomerView.class).list();
    }

    /**
     * The customers of a company whose linked WeChat (their OpenID for the company's official account) is
     * {@code openid}, by id, unscoped: for the WeChat callback, which finds the owner who wrote.
     */
    @Transactional(readOnly = true)
    public List<CustomerView> customersByWechat(long companyId, String openid) {
        return jdbc.sql(CUSTOMER_SELECT + " where c.company_id = :company and c.wechat = :openid order by c.id limit 5")
                .param("company", companyId).param("openid", openid).query(CustomerView.class).list();
    }

    /**
     * The customers of a company with this e-mail address, ignoring case, at most {@code limit}: whose mail it is
     * when it reaches the company's mailbox (two or more mean the sender cannot be told apart).
     */
    @Transactional(readOnly = true)
    public List<CustomerView> customersByEmail(long companyId, String email, int limit) {
        if (email == null || email.isBlank() || email.length() > 200) {
            return List.of();
        }
        return jdbc.sql(CUSTOMER_SELECT + """
                 where c.company_id = :company and lower(c.email) = lower(:email) and c.email is not null
                order by c.id limit :limit""")
                .param("company", companyId).param("email", email.strip()).param("limit", limit)
                .query(CustomerView.class).list();
    }

    @Transactional(readOnly = true)
    public boolean owns(long customerId, long unitId) {
        return jdbc.sql("select count(*) from ownership where customer_id = :c and unit_id = :u")
                .param("c", customerId).param("u", unitId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public List<UnitView> unitsOf(long customerId) {
        return jdbc.sql(UNIT_SELECT + " join ownership o on o.unit_id = u.id where o.customer_id = :c order by u.id")
                .param("c", customerId).query(Registry::unitRow).list();
    }

    /** The customer's ownerships (产权) of units the caller may see, with role and since, by unit. */
    @Transactional(readOnly = true)
    public List<OwnershipView> ownershipsOf(long customerId, CurrentUser user) {
        Scope scope = Scope.forUnits(user, "u");
        return jdbc.sql(UNIT_SELECT.replace("select u.id,", "select o.role, o.since, u.id,")
                + " join ownership o on o.unit_id = u.id where o.customer_id = :c and " + scope.condition()
                + " order by u.id")
                .param("c", customerId).params(scope.params())
                .query((rs, row) -> {
                    java.sql.Date since = rs.getDate("since");
                    return new OwnershipView(unitRow(rs, row), OwnershipRole.valueOf(rs.getString("role")),
                            since == null ? null : since.toLocalDate());
                }).list();
    }

    /** The units of several customers in one query (for a page of customers). */
    @Transactional(readOnly = true)
    public Map<Long, List<UnitView>> unitsOf(java.util.Collection<Long> customerIds) {
        Map<Long, List<UnitView>> result = new HashMap<>();
        if (customerIds.isEmpty()) {
            return result;
        }
        jdbc.sql(UNIT_SELECT.replace("select u.id,", "select o.customer_id as owner_id, u.id,")
                + " join ownership o on o.unit_id = u.id where o.customer_id in (:ids) order by u.id")
                .param("ids", customerIds)
                .query((rs, row) -> Map.entry(rs.getLong("owner_id"), unitRow(rs, row))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }

    /**
     * The owners of these units that the caller may see (staff: units of their branch), by unit and then
     * owners before co-owners; units the caller may not see have none.
     */
    @Transactional(readOnly = true)
    public List<UnitOwnerView> ownersOf(java.util.Collection<Long> unitIds, CurrentUser user) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        Scope scope = Scope.forUnits(user, "u");
        return jdbc.sql("""
                select o.unit_id, c.id as customer_id, c.name, c.phone, o.role, o.since
                from ownership o join unit u on u.id = o.unit_id join customer c on c.id = o.customer_id
                where o.unit_id in (:ids) and %s
                order by o.unit_id, case when o.role = 'OWNER' then 0 else 1 end, c.id""".formatted(scope.condition()))
                .param("ids", unitIds).params(scope.params()).query(Rows.of(UnitOwnerView.class)).list();
    }

    /** Units by free text ({@code 3栋 1201}: every word must match project, building or unit number). */
    @Transactional(readOnly = true)
    public CursorPage<UnitView> searchUnits(String q, Long projectId, Long buildingId, String cursor, int limit,
            CurrentUser user) {
        Scope scope = Scope.forUnits(user, "u");
        StringBuilder sql = new StringBuilder(UNIT_SELECT).append(" where u.id < :after and ").append(scope.condition());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("after", CursorPage.decode(cursor));
        if (projectId != null) {
            sql.append(" and u.project_id = :projectId");
            params.put("projectId", projectId);
        }
        if (buildingId != null) {
            sql.append(" and u.building_id = :buildingId");
            params.put("buildingId", buildingId);
        }
        words(q, (i, word) -> {
            sql.append(" and (u.unit_no like :w").append(i).append(" or b.name like :w").append(i)
                    .append(" or p.name like :w").append(i).append(")");
            params.put("w" + i, "%" + word + "%");
        });
        sql.append(" order by u.id desc limit ").append(limit + 1);
        List<UnitView> rows = jdbc.sql(sql.toString()).params(params).query(Registry::unitRow).list();
        return CursorPage.of(rows, limit, UnitView::id);
    }

    /** Customers by name, phone digits, e-mail or the unit they own. */
    @Transactional(readOnly = true)
    public CursorPage<CustomerView> searchCustomers(String q, String cursor, int limit, CurrentUser user) {
        Scope scope = Scope.forCustomers(user, "c");
        StringBuilder sql = new StringBuilder(CUSTOMER_SELECT).append(" where c.id < :after and ").append(scope.condition());
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("after", CursorPage.decode(cursor));
        words(q, (i, word) -> {
            sql.append(" and (c.name like :w").append(i).append(" or c.email like :w").append(i)
                    .append(" or c.phone like :w").append(i)
                    .append(" or exists (select 1 from ownership wo join unit wu on wu.id = wo.unit_id")
                    .append(" join building wb on wb.id = wu.building_id where wo.customer_id = c.id")
                    .append(" and (wu.unit_no like :w").append(i).append(" or wb.name like :w").append(i).append(")))");
            params.put("w" + i, "%" + word + "%");
        });
        sql.append(" order by c.id desc limit ").append(limit + 1);
        List<CustomerView> rows = jdbc.sql(sql.toString()).params(params).query(Rows.of(CustomerView.class)).list();
        return CursorPage.of(rows, limit, CustomerView::id);
    }

    @Transactional(readOnly = true)
    public List<ComponentView> components() {
        return jdbc.sql("select code, name_zh, name_en, warranty_group from component order by sort_order")
                .query(Rows.of(ComponentView.class)).list();
    }

    @Transactional(readOnly = true)
    public boolean componentExists(String code) {
        return jdbc.sql("select count(*) from component where code = :c").param("c", code).query(Long.class).single() > 0;
    }

    private static void words(String q, java.util.function.BiConsumer<Integer, String> each) {
        if (q == null || q.isBlank()) {
            return;
        }
        String[] words = q.trim().split("\\s+");
        for (int i = 0; i < Math.min(words.length, 5); i++) {
            each.accept(i, words[i].replace("%", "").replace("_", ""));
        }
    }

    static UnitView unitRow(ResultSet rs, int row) throws SQLException {
        java.sql.Date delivered = rs.getDate("delivered_on");
        Integer floorOrNull = rs.getObject("floor", Integer.class);
        return new UnitView(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("project_id"),
                rs.getString("project"), rs.getLong("building_id"), rs.getString("building"), rs.getString("unit_no"),
                floorOrNull, rs.getBigDecimal("area_sqm"), rs.getString("layout"),
                delivered == null ? null : delivered.toLocalDate(), rs.getString("scope_path"));
    }

    private boolean exists(String countSql, long owner, String name) {
        return jdbc.sql(countSql).param("owner", owner).param("name", name).query(Long.class).single() > 0;
    }
}
