package com.estatecare.delivery.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.estatecare.delivery.DefectFindingChanged;
import com.estatecare.delivery.DefectFindingChanged.Change;

/** Publishes {@link DefectFindingChanged} in the transaction that found, withdrew or handed over a defect. */
@Component
public class DefectEvents {

    private final ApplicationEventPublisher events;

    DefectEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void found(InspectionRows.Row inspection, long findingId, String componentCode, Instant at) {
        publish(inspection, findingId, componentCode, at, Change.FOUND, null);
    }

    public void withdrawn(InspectionRows.Row inspection, long findingId, Instant at) {
        publish(inspection, findingId, null, at, Change.WITHDRAWN, null);
    }

    public void handedToRepair(InspectionRows.Row inspection, long findingId, String componentCode, long requestId,
            Instant at) {
        publish(inspection, findingId, componentCode, at, Change.HANDED_TO_REPAIR, requestId);
    }

    private void publish(InspectionRows.Row inspection, long findingId, String componentCode, Instant at,
            Change change, Long requestId) {
        events.publishEvent(new DefectFindingChanged(inspection.companyId(), findingId, inspection.unitId(),
                inspection.scopePath(), componentCode, at, change, requestId));
    }
}
