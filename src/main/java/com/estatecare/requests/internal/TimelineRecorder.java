package com.estatecare.requests.internal;

import org.springframework.context.event.EventListener;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.estatecare.requests.TimelineRecord;

/**
 * Writes other modules' decisions on the request's timeline, in the publisher's
 * transaction (a synchronous listener): the entry commits with the decision or
 * not at all. The customer reads only the entries that are their own words.
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
                event.timelineAction(), event.timelineNote(), event.timelineDetails(), event.timelineVisibility())) {
            throw new EmptyResultDataAccessException("no request " + event.requestId(), 1);
        }
    }
}
