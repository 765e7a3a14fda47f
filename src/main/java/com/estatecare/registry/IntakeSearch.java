package com.estatecare.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.organisation.CurrentUser;

/**
 * Who is calling, found the ways an agent on the phone finds them: by the
 * number or its last digits, by the name or its start (the surname), by the
 * unit ({@link UnitLabel}). Each search is one index range, scoped like every
 * registry read, and returns at most {@code max} rows.
 */
@Service
public class IntakeSearch {

    /** An owner of a unit, with their role (产权人 or 共有产权人). */
    public record UnitOwner(long unitId, OwnershipRole role, CustomerView customer) {
    }

    private final JdbcClient jdbc;

    IntakeSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Customers whose phone ends with {@code digits} (a whole number ends with itself). */
    @Transactional(readOnly = true)
    public List<CustomerView> byPhoneEnding(String digits, int max, CurrentUser user) {
        Scope scope = Scope.forCustomers(user, "c");
        return jdbc.sql(Registry.CUSTOMER_SELECT + " where reverse(c.phone) like :reversed and " + scope.condition()
                + " order by c.id desc limit :max")
                .param("reversed", new StringBuilder(digitsOnly(digits)).reverse() + "%")
                .params(scope.params()).param("max", max).query(CustomerView.class).list();
    }

    /**
     * Customers whose name starts with {@code name} (a surname finds the family; a full name the person), in the
     * order of the name index ({@code ~<~}, the pattern operator class's), so that the range stops at {@code max}.
     */
    @Transactional(readOnly = true)
    public List<CustomerView> byNameStart(String name, int max, CurrentUser user) {
        Scope scope = Scope.forCustomers(user, "c");
        return jdbc.sql(Registry.CUSTOMER_SELECT + " where c.name like :start and " + scope.condition()
                + " order by c.name using ~<~, c.id limit :max")
                .param("start", name.replace("\\", "").replace("%", "").replace("_", "") + "%")
                .params(scope.params()).param("max", max).query(CustomerView.class).list();
    }

    /** The units a label means, in the buildings it names (within a project whose name contains its project). */
    @Transactional(readOnly = true)
    public List<UnitView> byLabel(UnitLabel label, int max, CurrentUser user) {
        Scope scope = Scope.forUnits(user, "u");
        Map<String, Object> params = new HashMap<>(scope.params());
        StringBuilder sql = new StringBuilder(Registry.UNIT_SELECT)
                .append(" where b.name in (:buildings) and (u.unit_no in (:numbers)");
        params.put("buildings", label.buildingNames());
        params.put("numbers", label.unitNumbers());
        List<String> endings = label.anyEntranceEndings();
        for (int i = 0; i < endings.size(); i++) {
            sql.append(" or u.unit_no like :ending").append(i);
            params.put("ending" + i, "%" + endings.get(i));
        }
        sql.append(") and ").append(scope.condition());
        if (label.project() != null) {
            sql.append(" and p.name like :project");
            params.put("project", "%" + label.project() + "%");
        }
        sql.append(" order by u.id desc limit ").append(max);
        return jdbc.sql(sql.toString()).params(params).query(Registry::unitRow).list();
    }

    /** The owners of these units that the caller may see, by unit. */
    @Transactional(readOnly = true)
    public Map<Long, List<UnitOwner>> ownersOf(Collection<Long> unitIds, CurrentUser user) {
        Map<Long, List<UnitOwner>> result = new HashMap<>();
        if (unitIds.isEmpty()) {
            return result;
        }
        Scope scope = Scope.forCustomers(user, "c");
        jdbc.sql(Registry.CUSTOMER_SELECT.replace("select c.id,", "select o.unit_id as owned_unit, o.role, c.id,")
                + " join ownership o on o.customer_id = c.id where o.unit_id in (:units) and " + scope.condition()
                + " order by o.unit_id, o.role desc, c.id")
                .param("units", unitIds).params(scope.params())
                .query((rs, row) -> new UnitOwner(rs.getLong("owned_unit"), OwnershipRole.valueOf(rs.getString("role")),
                        new CustomerView(rs.getLong("id"), rs.getLong("company_id"), rs.getString("name"),
                                CustomerKind.valueOf(rs.getString("kind")), CustomerGrade.valueOf(rs.getString("grade")),
                                rs.getString("phone"), rs.getString("email"), rs.getString("wechat"),
                                rs.getString("preferred_channel"), rs.getObject("advisor_id", Long.class),
                                rs.getString("scope_path"), rs.getLong("version"), rs.getString("note"),
                                rs.getString("id_type"), rs.getString("id_masked"))))
                .list().forEach(o -> result.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o));
        return result;
    }

    private static String digitsOnly(String digits) {
        return digits.replaceAll("\\D", "");
    }
}
