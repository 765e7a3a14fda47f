package com.estatecare.knowledge.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.DefectFindingChanged;
import com.estatecare.registry.Registry;
import com.estatecare.registry.UnitView;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestRegistered;

/**
 * Keeps {@code defect_record} in step with the repairs: after any step of a repair, its row says what the
 * request says now (component, category and cause may be set late), or is gone when it no longer counts.
 */
@Component
class DefectRecords {

    private final JdbcClient jdbc;
    private final Registry registry;

    DefectRecords(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    void follow(RequestFacts facts) {
        UnitView unit = DefectRule.counts(facts) ? registry.unit(facts.unitId()).orElse(null) : null;
        if (unit == null) {
            jdbc.sql("delete from defect_record where company_id = :company and request_id = :request")
                    .param("company", facts.companyId()).param("request", facts.id()).update();
            return;
        }
        write(new Defect(facts.companyId(), facts.id(), facts.number(), facts.scopePath(), facts.componentCode(),
                facts.category(), DefectRule.cause(facts), facts.receivedAt()), unit);
    }

    /** A new repair that counts gets its row at intake, in the intake's transaction; its cause is not known yet. */
    void registered(RequestRegistered event) {
        if (!DefectRule.counts(event.kind(), event.category(), event.unitId())) {
            return;
        }
        registry.unit(event.unitId()).ifPresent(unit -> write(new Defect(event.companyId(), event.requestId(),
                event.number(), event.scopePath(), event.componentCode(), event.category(),
                DefectRule.Cause.UNDETERMINED, event.receivedAt()), unit));
    }

    /**
     * A defect found at a delivery inspection counts from the day it was found, by its finding, until it is handed to
     * repair: then the repair's own row (written at its intake, in the same transaction) stands for it and the
     * finding's row goes; a withdrawn defect's row goes too. Arriving again, the same change changes nothing.
     */
    void finding(DefectFindingChanged event) {
        if (event.change() != DefectFindingChanged.Change.FOUND) {
            jdbc.sql("delete from defect_record where company_id = :company and finding_id = :finding")
                    .param("company", event.companyId()).param("finding", event.findingId()).update();
            return;
        }
        registry.unit(event.unitId()).ifPresent(unit -> jdbc.sql("""
                insert into defect_record (company_id, finding_id, scope_path, project_id, project_name, building_id,
                    building_name, floor, unit_id, component_code, category, cause, received_at)
                values (:company, :finding, :scope, :project, :projectName, :building, :buildingName, :floor, :unit,
                    :component, :category, :cause, :received)
                on conflict (company_id, finding_id) do nothing""")
                .param("company", event.companyId()).param("finding", event.findingId())
                .param("scope", event.scopePath()).param("project", unit.projectId())
                .param("projectName", unit.project()).param("building", unit.buildingId())
                .param("buildingName", unit.building()).param("floor", unit.floor()).param("unit", unit.id())
                .param("component", event.componentCode()).param("category", DefectRule.FINDING_CATEGORY.name())
                .param("cause", DefectRule.Cause.UNDETERMINED.name())
                .param("received", Timestamp.from(event.recordedAt())).update());
    }

    /** What a defect row says of its request. */
    private record Defect(long companyId, long requestId, String number, String scopePath, String componentCode,
            Category category, DefectRule.Cause cause, Instant receivedAt) {
    }

    private void write(Defect d, UnitView unit) {
        jdbc.sql("""
                insert into defect_record (company_id, request_id, request_number, scope_path, project_id,
                    project_name, building_id, building_name, floor, unit_id, component_code, category, cause,
                    received_at)
                values (:company, :request, :number, :scope, :project, :projectName, :building, :buildingName,
                    :floor, :unit, :component, :category, :cause, :received)
                on conflict (company_id, request_id) do update set component_code = excluded.component_code,
                    category = excluded.category, cause = excluded.cause""")
                .param("company", d.companyId()).param("request", d.requestId()).param("number", d.number())
                .param("scope", d.scopePath()).param("project", unit.projectId())
                .param("projectName", unit.project()).param("building", unit.buildingId())
                .param("buildingName", unit.building()).param("floor", unit.floor()).param("unit", unit.id())
                .param("component", d.componentCode()).param("category", d.category().name())
                .param("cause", d.cause().name()).param("received", Timestamp.from(d.receivedAt())).update();
    }
}
