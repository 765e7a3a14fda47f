package com.estatecare.registry.internal;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.registry.BuildingView;
import com.estatecare.registry.CustomerGrade;
import com.estatecare.registry.CustomerRegistered;
import com.estatecare.registry.OwnershipRecorded;
import com.estatecare.registry.UnitsImported;
import com.estatecare.registry.ProjectView;
import com.estatecare.registry.Registry;
import com.estatecare.registry.internal.UnitImport.Line;
import com.estatecare.registry.internal.UnitImport.Owner;
import com.estatecare.registry.internal.UnitImport.Rejected;

/**
 * Imports units and their owners into a project, all or nothing: if any row
 * is rejected, nothing is written. Existing units, buildings and customers are
 * read once, units and ownerships are written in batches, so that a file of a
 * few thousand rows takes seconds.
 */
@Component
class UnitImporter {

    private static final int CHUNK = 500;

    private final Registry registry;
    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitImporter(Registry registry, JdbcClient jdbc, NamedParameterJdbcTemplate batch, ApplicationEventPublisher events,
            Clock clock) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.batch = batch;
        this.events = events;
        this.clock = clock;
    }

    /** What an import did, or would do on a dry run; nothing was written if {@code rejected} is not empty. */
    record Result(int totalRows, int imported, int buildingsCreated, int customersCreated, List<Rejected> rejected) {
    }

    @Transactional
    Result run(ProjectView project, List<ImportRow> rows, boolean dryRun) {
        UnitImport.Checked checked = UnitImport.check(rows, existingUnits(project.id()));
        if (!checked.rejected().isEmpty()) {
            return new Result(rows.size(), 0, 0, 0, checked.rejected());
        }
        List<Line> lines = checked.lines();
        Map<String, BuildingView> buildings = new HashMap<>();
        registry.buildingsOf(project.id()).forEach(b -> buildings.put(b.name(), b));
        if (dryRun) {
            return wouldImport(project, lines, buildings.keySet());
        }
        int buildingsBefore = buildings.size();
        lines.stream().map(Line::building).distinct().filter(name -> !buildings.containsKey(name))
                .forEach(name -> buildings.put(name, registry.createBuilding(project.id(), name, null)));
        Map<String, Long> unitIds = insertUnits(project, buildings, lines);
        Map<String, Long> customers = existingOwners(project.companyId(), lines);
        int customersBefore = customers.size();
        insertCustomers(project, lines, customers);
        insertOwnerships(project, lines, unitIds, customers);
        Result result = new Result(rows.size(), lines.size(), buildings.size() - buildingsBefore,
                customers.size() - customersBefore, List.of());
        events.publishEvent(new UnitsImported(project.id(), project.companyId(), project.scopePath(), result.imported(),
                result.buildingsCreated(), result.customersCreated(), clock.instant()));
        return result;
    }

    /** What a run would write, counted without writing: the units, the new buildings, the owners by new phones. */
    private Result wouldImport(ProjectView project, List<Line> lines, Set<String> buildings) {
        long newBuildings = lines.stream().map(Line::building).distinct().filter(b -> !buildings.contains(b)).count();
        Set<String> phones = new HashSet<>();
        lines.stream().map(Line::owner).filter(Objects::nonNull).forEach(o -> phones.add(o.phone()));
        phones.removeAll(customersByPhone(project.companyId(), List.copyOf(phones)).keySet());
        return new Result(lines.size(), lines.size(), (int) newBuildings, phones.size(), List.of());
    }

    private Set<String> existingUnits(long projectId) {
        Set<String> keys = new HashSet<>();
        jdbc.sql("select b.name, u.unit_no from unit u join building b on b.id = u.building_id where u.project_id = :p")
                .param("p", projectId).query((rs, n) -> keys.add(UnitImport.key(rs.getString(1), rs.getString(2))))
                .list();
        return keys;
    }

    private Map<String, Long> insertUnits(ProjectView project, Map<String, BuildingView> buildings, List<Line> lines) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<MapSqlParameterSource> params = new ArrayList<>();
        for (Line line : lines) {
            BuildingView building = buildings.get(line.building());
            params.add(new MapSqlParameterSource().addValue("company", project.companyId())
                    .addValue("project", project.id()).addValue("building", building.id())
                    .addValue("unitNo", line.unitNo()).addValue("floor", line.floor(), Types.INTEGER)
                    .addValue("area", line.areaSqm(), Types.NUMERIC).addValue("layout", line.layout(), Types.VARCHAR)
                    .addValue("delivered", line.deliveredOn(), Types.DATE)
                    .addValue("scope", building.scopePath()).addValue("now", now));
        }
        batch.batchUpdate("""
                insert into unit (company_id, project_id, building_id, unit_no, floor, area_sqm, layout, delivered_on,
                                  scope_path, version, created_at)
                values (:company, :project, :building, :unitNo, :floor, :area, :layout, :delivered, :scope, 0, :now)""",
                params.toArray(MapSqlParameterSource[]::new));
        Map<String, Long> ids = new HashMap<>();
        jdbc.sql("select u.id, b.name, u.unit_no from unit u join building b on b.id = u.building_id where u.project_id = :p")
                .param("p", project.id())
                .query((rs, n) -> ids.put(UnitImport.key(rs.getString(2), rs.getString(3)), rs.getLong(1))).list();
        return ids;
    }

    /** The company's customers by phone, for the phones in the file: the oldest customer wins. */
    private Map<String, Long> existingOwners(long companyId, List<Line> lines) {
        return customersByPhone(companyId, lines.stream().map(Line::owner).filter(Objects::nonNull)
                .map(Owner::phone).distinct().toList());
    }

    private Map<String, Long> customersByPhone(long companyId, List<String> phones) {
        Map<String, Long> customers = new HashMap<>();
        for (int from = 0; from < phones.size(); from += CHUNK) {
            jdbc.sql("select id, phone from customer where company_id = :c and phone in (:phones) order by id")
                    .param("c", companyId).param("phones", phones.subList(from, Math.min(from + CHUNK, phones.size())))
                    .query((rs, n) -> customers.putIfAbsent(rs.getString(2), rs.getLong(1))).list();
        }
        return customers;
    }

    /**
     * Registers, in one batch, the owners whose phone the company does not know yet, as
     * {@link Registry#registerCustomer} does one by one: grade STANDARD, {@link CustomerRegistered} published.
     */
    private void insertCustomers(ProjectView project, List<Line> lines, Map<String, Long> customers) {
        Map<String, Owner> newOwners = new LinkedHashMap<>();
        lines.stream().map(Line::owner).filter(o -> o != null && !customers.containsKey(o.phone()))
                .forEach(o -> newOwners.putIfAbsent(o.phone(), o));
        Instant now = clock.instant();
        List<MapSqlParameterSource> params = new ArrayList<>();
        for (Owner owner : newOwners.values()) {
            params.add(new MapSqlParameterSource().addValue("company", project.companyId())
                    .addValue("scope", project.scopePath()).addValue("name", owner.name())
                    .addValue("kind", owner.kind().name()).addValue("grade", CustomerGrade.STANDARD.name())
                    .addValue("phone", owner.phone()).addValue("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        }
        batch.batchUpdate("""
                insert into customer (company_id, scope_path, name, kind, grade, phone, version, created_at, updated_at)
                values (:company, :scope, :name, :kind, :grade, :phone, 0, :now, :now)""",
                params.toArray(MapSqlParameterSource[]::new));
        customersByPhone(project.companyId(), List.copyOf(newOwners.keySet())).forEach(customers::putIfAbsent);
        newOwners.values().forEach(owner -> events.publishEvent(new CustomerRegistered(customers.get(owner.phone()),
                project.companyId(), owner.kind(), now)));
    }

    private void insertOwnerships(ProjectView project, List<Line> lines, Map<String, Long> unitIds,
            Map<String, Long> customers) {
        List<MapSqlParameterSource> params = new ArrayList<>();
        List<OwnershipRecorded> recorded = new ArrayList<>();
        Instant now = clock.instant();
        for (Line line : lines.stream().filter(l -> l.owner() != null).toList()) {
            long unitId = unitIds.get(UnitImport.key(line.building(), line.unitNo()));
            long customerId = customers.get(line.owner().phone());
            params.add(new MapSqlParameterSource().addValue("company", project.companyId()).addValue("unit", unitId)
                    .addValue("customer", customerId).addValue("role", line.owner().role().name())
                    .addValue("since", line.deliveredOn(), Types.DATE));
            recorded.add(new OwnershipRecorded(customerId, project.companyId(), unitId,
                    project.name() + " " + line.building() + " " + line.unitNo(), line.owner().role(), now));
        }
        batch.batchUpdate("""
                insert into ownership (company_id, unit_id, customer_id, role, since)
                values (:company, :unit, :customer, :role, :since)""", params.toArray(MapSqlParameterSource[]::new));
        recorded.forEach(events::publishEvent);
    }
}
