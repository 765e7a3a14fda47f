package com.estatecare.requests.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.RequestStatus;
import com.estatecare.requests.TimelineRecord;
import com.estatecare.requests.Visibility;

/**
 * Writes other modules' decisions on the request's timeline, in the publisher's
 * transaction (a synchronous listener): the entry commits with the decision or
 * not at all. The customer does not read these entries.
 */
@Component
class TimelineRecorder {

    private final JdbcClient jdbc;
    private final Timeline timeline;

    TimelineRecorder(JdbcClient jdbc, Timeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    private record Current(long companyId, RequestStatus status) {
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TimelineRecord event) {
        Current current = jdbc.sql("select company_id, status from request where id = :id")
                .param("id", event.requestId())
                .query((rs, row) -> new Current(rs.getLong("company_id"), RequestStatus.valueOf(rs.getString("status"))))
                .single();
        timeline.append(current.companyId(), event.requestId(), event.at(), event.actorId(), event.actorName(),
                event.timelineAction(), current.status(), current.status(), event.timelineNote(),
                event.timelineDetails(), Visibility.INTERNAL);
    }
}
