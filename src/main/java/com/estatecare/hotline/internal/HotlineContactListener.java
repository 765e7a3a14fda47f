package com.estatecare.hotline.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.requests.Action;
import com.estatecare.requests.RequestTransitioned;

/**
 * The steps of a request that reach the citizen — a response (响应), a progress notice, an agreed plan, an answer —
 * stop its hotline case's contact deadline (data flows one way: the module reacts to the request's event).
 */
@Component
class HotlineContactListener {

    static final Set<Action> CONTACT = EnumSet.of(Action.RESPOND, Action.NOTIFY_PROGRESS, Action.AGREE_PLAN,
            Action.ANSWER);

    private final HotlineReplies replies;

    HotlineContactListener(HotlineReplies replies) {
        this.replies = replies;
    }

    @ApplicationModuleListener
    void on(RequestTransitioned event) {
        if (CONTACT.contains(event.action())) {
            replies.contactedByRequestStep(event.requestId(), event.at());
        }
    }
}
