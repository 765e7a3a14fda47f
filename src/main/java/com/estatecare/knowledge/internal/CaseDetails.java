package com.estatecare.knowledge.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.estatecare.requests.RequestDetailsContributor;

/**
 * Shows the case made of a complaint as {@code knowledgeCase} (its id and status) on the request's detail, so the
 * workbench links to it or offers to propose it; staff read it, owners never (their view has no details).
 */
@Component
class CaseDetails implements RequestDetailsContributor {

    private final CaseLibrary library;

    CaseDetails(CaseLibrary library) {
        this.library = library;
    }

    @Override
    public Map<String, Object> details(long requestId) {
        return library.ofRequest(requestId).<Map<String, Object>>map(c -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("id", c.id());
            shown.put("status", c.status());
            shown.put("reviewNote", c.reviewNote());
            return Map.of("knowledgeCase", shown);
        }).orElse(Map.of());
    }
}
