package com.estatecare.hotline.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.estatecare.requests.RequestDetailsContributor;

/** A request registered from a city hotline case shows the case's number, id and deadlines on its detail. */
@Component
class HotlineDetails implements RequestDetailsContributor {

    private final HotlineCases cases;
    private final Clock clock;

    HotlineDetails(HotlineCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        return cases.ofRequest(requestId, clock.instant()).<Map<String, Object>>map(c -> {
            Map<String, Object> hotline = new LinkedHashMap<>();
            hotline.put("id", c.id());
            hotline.put("caseNumber", c.caseNumber());
            hotline.put("contact", c.contact());
            hotline.put("reply", c.reply());
            return Map.of("hotlineCase", hotline);
        }).orElse(Map.of());
    }
}
