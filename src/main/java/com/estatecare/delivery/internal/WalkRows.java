package com.estatecare.delivery.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.InspectionView;
import com.estatecare.delivery.Room;

/** The SQL of an inspection walked against its checklist: results, defects, photos, re-inspection, sign-off. */
@Component
public class WalkRows {

    /** A defect as the re-inspection reads it. */
    public record Defect(long id, long inspectionId, Room room, String componentCode, String description,
            String itemCode, String place, Long contractorId, String requestStatus, Boolean reinspectionPassed) {
    }

    /** A new defect: what, where, and who rectifies it by when. */
    public record NewDefect(Long resultId, Room room, String componentCode, String description, String itemCode,
            BigDecimal measured, String place, Long contractorId, LocalDate rectifyBy, Long follows) {
    }

    public record Photo(String contentType, byte[] content) {
    }

    private final JdbcClient jdbc;

    WalkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void useChecklist(long inspectionId, int version) {
        jdbc.sql("""
                update delivery_inspection set checklist_version = :version, version = version + 1
                where id = :id and checklist_version is null""")
                .param("version", version).param("id", inspectionId).update();
    }

    /** Records a result, replacing the one of the same item in the same room; its id. */
    public long result(long companyId, long inspectionId, Room room, String roomName, String itemCode,
            BigDecimal value, boolean passed, String by, Instant now) {
        return jdbc.sql("""
                insert into delivery_result (company_id, inspection_id, room, room_name, item_code, value, passed,
                                             recorded_by, recorded_at)
                values (:company, :inspection, :room, :roomName, :item, :value, :passed, :by, :now)
                on conflict (company_id, inspection_id, room, room_name, item_code)
                do update set value = excluded.value, passed = excluded.passed, recorded_by = excluded.recorded_by,
                              recorded_at = excluded.recorded_at
                returning id""")
                .param("company", companyId).param("inspection", inspectionId).param("room", room.name())
                .param("roomName", roomName).param("item", itemCode).param("value", value).param("passed", passed)
                .param("by", by).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    public List<InspectionView.InspectionResult> results(long inspectionId) {
        return jdbc.sql("""
                select id, room, room_name, item_code, value, passed, recorded_at from delivery_result
                where inspection_id = :id order by id""")
                .param("id", inspectionId)
                .query((rs, n) -> new InspectionView.InspectionResult(rs.getLong("id"), Room.valueOf(rs.getString("room")),
                        rs.getString("room_name"), rs.getString("item_code"), rs.getBigDecimal("value"),
                        rs.getBoolean("passed"), rs.getTimestamp("recorded_at").toInstant())).list();
    }

    public boolean hasDefect(long resultId) {
        return jdbc.sql("select count(*) from delivery_finding where result_id = :id").param("id", resultId)
                .query(Integer.class).single() > 0;
    }

    /**
     * A result recorded again as passing withdraws its defect while that is not yet handed to repair; answers the
     * withdrawn defects' ids.
     */
    public List<Long> withdrawDefect(long resultId) {
        jdbc.sql("""
                delete from delivery_finding_photo p using delivery_finding f
                where p.finding_id = f.id and f.result_id = :id and f.request_id is null""")
                .param("id", resultId).update();
        return jdbc.sql("delete from delivery_finding where result_id = :id and request_id is null returning id")
                .param("id", resultId).query(Long.class).list();
    }

    public long addDefect(long companyId, long inspectionId, NewDefect defect, String by, Instant now) {
        return jdbc.sql("""
                insert into delivery_finding (company_id, inspection_id, room, component_code, description,
                                              recorded_by, recorded_at, result_id, item_code, measured, place,
                                              contractor_id, rectify_by, follows_finding_id)
                values (:company, :inspection, :room, :component, :description, :by, :now, :result, :item,
                        :measured, :place, :contractor, :rectifyBy, :follows)
                returning id""")
                .param("company", companyId).param("inspection", inspectionId).param("room", defect.room().name())
                .param("component", defect.componentCode()).param("description", defect.description())
                .param("by", by).param("now", Timestamp.from(now)).param("result", defect.resultId())
                .param("item", defect.itemCode()).param("measured", defect.measured()).param("place", defect.place())
                .param("contractor", defect.contractorId())
                .param("rectifyBy", defect.rectifyBy() == null ? null : Date.valueOf(defect.rectifyBy()))
                .param("follows", defect.follows()).query(Long.class).single();
    }

    public Optional<Defect> defect(long inspectionId, long findingId) {
        return jdbc.sql("""
                select id, inspection_id, room, component_code, description, item_code, place, contractor_id,
                       request_status, reinspection_passed
                from delivery_finding where id = :id and inspection_id = :inspection""")
                .param("id", findingId).param("inspection", inspectionId)
                .query((rs, n) -> new Defect(rs.getLong("id"), rs.getLong("inspection_id"),
                        Room.valueOf(rs.getString("room")), rs.getString("component_code"),
                        rs.getString("description"), rs.getString("item_code"), rs.getString("place"),
                        rs.getObject("contractor_id", Long.class), rs.getString("request_status"),
                        rs.getObject("reinspection_passed", Boolean.class))).optional();
    }

    public void assign(long findingId, Long contractorId, LocalDate rectifyBy) {
        jdbc.sql("update delivery_finding set contractor_id = :contractor, rectify_by = :by where id = :id")
                .param("contractor", contractorId).param("by", rectifyBy == null ? null : Date.valueOf(rectifyBy))
                .param("id", findingId).update();
    }

    public void reinspected(long findingId, boolean passed, String note, String by, Instant now) {
        jdbc.sql("""
                update delivery_finding set reinspected_at = :now, reinspection_passed = :passed,
                       reinspection_note = :note, reinspected_by = :by
                where id = :id""")
                .param("now", Timestamp.from(now)).param("passed", passed).param("note", note).param("by", by)
                .param("id", findingId).update();
    }

    /** Findings not yet re-inspected: the owner cannot sign off while any is left. */
    public int notReinspected(long inspectionId) {
        return jdbc.sql("""
                select count(*) from delivery_finding where inspection_id = :id and reinspection_passed is null""")
                .param("id", inspectionId).query(Integer.class).single();
    }

    public int photoCount(long findingId) {
        return jdbc.sql("select count(*) from delivery_finding_photo where finding_id = :id").param("id", findingId)
                .query(Integer.class).single();
    }

    public void addPhoto(long companyId, long findingId, String type, byte[] bytes) {
        jdbc.sql("""
                insert into delivery_finding_photo (company_id, finding_id, content_type, content, size_bytes)
                values (:company, :finding, :type, :content, :size)""")
                .param("company", companyId).param("finding", findingId).param("type", type).param("content", bytes)
                .param("size", bytes.length).update();
    }

    public Optional<Photo> photo(long inspectionId, long findingId, long photoId) {
        return jdbc.sql("""
                select p.content_type, p.content from delivery_finding_photo p
                join delivery_finding f on f.id = p.finding_id
                where p.id = :photo and p.finding_id = :finding and f.inspection_id = :inspection""")
                .param("photo", photoId).param("finding", findingId).param("inspection", inspectionId)
                .query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2))).optional();
    }

    public void signed(long inspectionId, byte[] png, String witness, Instant now) {
        jdbc.sql("""
                update delivery_inspection set signed_at = :now, signature = :png, signed_with = :by,
                       version = version + 1
                where id = :id and signed_at is null""")
                .param("now", Timestamp.from(now)).param("png", png).param("by", witness).param("id", inspectionId)
                .update();
    }

    public Optional<byte[]> signature(long inspectionId) {
        return jdbc.sql("select signature from delivery_inspection where id = :id and signature is not null")
                .param("id", inspectionId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public void refused(long inspectionId, String reason, Instant now) {
        jdbc.sql("""
                update delivery_inspection set refused_at = :now, refusal_reason = :reason, version = version + 1
                where id = :id""")
                .param("now", Timestamp.from(now)).param("reason", reason).param("id", inspectionId).update();
    }

    /** The contractors of a project, by name. */
    public Map<Long, String> contractors(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? Map.of() : jdbc.sql("""
                select id, name from delivery_contractor where project_id in (:projects) order by name""")
                .param("projects", projectIds).query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
