package com.estatecare.requests.internal;

import org.springframework.context.event.EventListener;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.TimelineRecord;
import com.estatecare.requests.Visibility;

/**
 * Writes other modules' decisions on the request's timeline, in the publisher's
 * transaction (a synchronous listener): the entry commits with the decision or
 * not at all. The customer does not read these entries.
 */
@Component
class TimelineRecorder {

    private final Timeline timeline;

    TimelineRecorder(Timeline timeline) {
        this.timeline = timeline;
    }

    /** One statement: the entry takes the request's company and current status from the request row. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TimelineRecord event) {
        if (!timeline.appendAtCurrentStatus(event.requestId(), event.at(), event.actorId(), event.actorName(),
                event.timelineAction(), event.timelineNote(), event.timelineDetails(), Visibility.INTERNAL)) {
            throw new EmptyResultDataAccessException("no request " + event.requestId(), 1);
        }
    }
}
