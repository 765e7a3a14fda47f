package com.estatecare.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.InspectionView;
import com.estatecare.delivery.Room;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.VisibleTo;

/** The SQL of delivery inspections and their findings. */
@Component
public class InspectionRows {

    /** An inspection's own columns, before its findings are read. */
    public record Row(long id, long companyId, long projectId, long unitId, String scopePath, long customerId,
            Instant appointedAt, String inspector, Instant deliveredAt, long version, Integer checklistVersion,
            Instant signedAt, Instant refusedAt, String refusalReason) {
    }

    /** A finding as the deliverer reads it. */
    public record FindingRow(long id, Room room, String componentCode, String description, Long requestId,
            String contractor, java.time.LocalDate rectifyBy) {
    }

    /** The SQL condition on a finding {@code f} that is still open. */
    public static final String OPEN_FINDING_SQL = FindingState.OPEN_SQL;

    private static final String SELECT = """
            select i.id, i.company_id, i.project_id, i.unit_id, i.scope_path, i.customer_id, i.appointed_at,
                   i.inspector, i.delivered_at, i.version, i.checklist_version, i.signed_at, i.refused_at,
                   i.refusal_reason
            from delivery_inspection i
            """;

    private final JdbcClient jdbc;

    InspectionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long companyId, long projectId, long unitId, String scopePath, long customerId,
            Instant appointedAt, String inspector, Instant now) {
        return jdbc.sql("""
                insert into delivery_inspection (company_id, project_id, unit_id, scope_path, customer_id,
                                                 appointed_at, inspector, created_at)
                values (:company, :project, :unit, :scope, :customer, :at, :inspector, :now)
                on conflict (company_id, unit_id) do nothing
                returning id""")
                .param("company", companyId).param("project", projectId).param("unit", unitId)
                .param("scope", scopePath).param("customer", customerId).param("at", Timestamp.from(appointedAt))
                .param("inspector", inspector).param("now", Timestamp.from(now))
                .query(Long.class).optional().orElse(-1L);
    }

    /** The inspection if the staff member's branch covers it. */
    public Optional<Row> visible(long id, CurrentUser user, boolean lock) {
        VisibleTo visible = VisibleTo.sql(user, "i.scope_path");
        return jdbc.sql(SELECT + " where i.id = :id and " + visible.sql() + (lock ? " for update" : ""))
                .param("id", id).params(visible.params()).query(InspectionRows::row).optional();
    }

    /** The inspection, unscoped: the caller then checks the owner owns its unit. */
    public Optional<Row> visibleToOwner(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(InspectionRows::row).optional();
    }

    /** The inspection of a unit, unscoped: the caller has checked the unit. */
    public Optional<Row> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " where i.unit_id = :unit").param("unit", unitId).query(InspectionRows::row)
                .optional();
    }

    /** The inspections of these units (an owner's, a page of the board's), unscoped. */
    public List<Row> ofUnits(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of()
                : jdbc.sql(SELECT + " where i.unit_id in (:units) order by i.unit_id").param("units", unitIds)
                        .query(InspectionRows::row).list();
    }

    public void appoint(long id, Instant appointedAt, String inspector) {
        jdbc.sql("""
                update delivery_inspection set appointed_at = :at, inspector = :inspector, version = version + 1
                where id = :id""")
                .param("at", Timestamp.from(appointedAt)).param("inspector", inspector).param("id", id).update();
    }

    public void delivered(long id, Instant at, String by) {
        jdbc.sql("""
                update delivery_inspection set delivered_at = coalesce(delivered_at, :at),
                       delivered_by = coalesce(delivered_by, :by), version = version + 1
                where id = :id""").param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    public int findingCount(long inspectionId) {
        return jdbc.sql("select count(*) from delivery_finding where inspection_id = :id").param("id", inspectionId)
                .query(Integer.class).single();
    }

    public long addFinding(long companyId, long inspectionId, Room room, String componentCode, String description,
            String by, Instant now) {
        return jdbc.sql("""
                insert into delivery_finding (company_id, inspection_id, room, component_code, description,
                                              recorded_by, recorded_at)
                values (:company, :inspection, :room, :component, :description, :by, :now)
                returning id""")
                .param("company", companyId).param("inspection", inspectionId).param("room", room.name())
                .param("component", componentCode).param("description", description).param("by", by)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /** The findings not yet handed to repair, oldest first. */
    public List<FindingRow> undelivered(long inspectionId) {
        return jdbc.sql("""
                select f.id, f.room, f.component_code, f.description, c.name as contractor, f.rectify_by
                from delivery_finding f left join delivery_contractor c on c.id = f.contractor_id
                where f.inspection_id = :id and f.request_id is null order by f.id""")
                .param("id", inspectionId)
                .query((rs, n) -> new FindingRow(rs.getLong("id"), Room.valueOf(rs.getString("room")),
                        rs.getString("component_code"), rs.getString("description"), null,
                        rs.getString("contractor"), rs.getObject("rectify_by", java.time.LocalDate.class))).list();
    }

    public void becameRequest(long findingId, long requestId, String number, String status) {
        jdbc.sql("""
                update delivery_finding set request_id = :request, request_number = :number, request_status = :status
                where id = :id and request_id is null""")
                .param("request", requestId).param("number", number).param("status", status).param("id", findingId)
                .update();
    }

    /** A request a finding became took a step: its status now. */
    public void requestStatus(long companyId, long requestId, String status) {
        jdbc.sql("""
                update delivery_finding set request_status = :status
                where request_id = :request and company_id = :company""")
                .param("status", status).param("request", requestId).param("company", companyId).update();
    }

    /** The findings of these inspections, by inspection, oldest first. */
    public Map<Long, List<InspectionView.InspectionFinding>> findings(Collection<Long> inspectionIds) {
        if (inspectionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> photos = photoIds(inspectionIds);
        return jdbc.sql("""
                select f.id, f.inspection_id, f.room, f.component_code, f.description, f.request_number, f.request_id,
                       f.request_status, f.item_code, f.measured, f.place, f.contractor_id, c.name as contractor,
                       f.rectify_by, f.reinspected_at, f.reinspection_passed, f.reinspection_note, f.follows_finding_id,
                       f.result_id
                from delivery_finding f
                left join delivery_contractor c on c.id = f.contractor_id
                where f.inspection_id in (:ids) order by f.inspection_id, f.id""")
                .param("ids", inspectionIds)
                .query((rs, n) -> Map.entry(rs.getLong("inspection_id"),
                        finding(rs, photos.getOrDefault(rs.getLong("id"), List.of())))).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
    }

    /** The photos of the findings of these inspections, by finding. */
    private Map<Long, List<Long>> photoIds(Collection<Long> inspectionIds) {
        return jdbc.sql("""
                select p.finding_id, p.id from delivery_finding_photo p
                join delivery_finding f on f.id = p.finding_id
                where f.inspection_id in (:ids) order by p.finding_id, p.id""")
                .param("ids", inspectionIds).query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.groupingBy(Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(Map.Entry::getValue, java.util.stream.Collectors.toList())));
    }

    private static InspectionView.InspectionFinding finding(ResultSet rs, List<Long> photos) throws SQLException {
        String status = rs.getString("request_status");
        Timestamp reinspected = rs.getTimestamp("reinspected_at");
        java.sql.Date rectifyBy = rs.getDate("rectify_by");
        return new InspectionView.InspectionFinding(rs.getLong("id"), Room.valueOf(rs.getString("room")),
                rs.getString("component_code"), rs.getString("description"), !photos.isEmpty(),
                rs.getString("request_number"), rs.getObject("request_id", Long.class), status,
                FindingState.of(status).name(), rs.getString("item_code"), rs.getBigDecimal("measured"),
                rs.getString("place"), rs.getObject("contractor_id", Long.class), rs.getString("contractor"),
                rectifyBy == null ? null : rectifyBy.toLocalDate(), photos,
                reinspected == null ? null : reinspected.toInstant(), rs.getObject("reinspection_passed", Boolean.class),
                rs.getString("reinspection_note"), rs.getObject("follows_finding_id", Long.class),
                rs.getObject("result_id", Long.class));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("project_id"), rs.getLong("unit_id"),
                rs.getString("scope_path"), rs.getLong("customer_id"), rs.getTimestamp("appointed_at").toInstant(),
                rs.getString("inspector"), instant(rs, "delivered_at"), rs.getLong("version"),
                rs.getObject("checklist_version", Integer.class), instant(rs, "signed_at"), instant(rs, "refused_at"),
                rs.getString("refusal_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
