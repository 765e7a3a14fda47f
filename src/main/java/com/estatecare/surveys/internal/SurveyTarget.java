package com.estatecare.surveys.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One customer asked by a campaign: SENT until answered, then ANSWERED with the answers, by the owner in the
 * portal (PORTAL) or by staff during a call (STAFF). {@code form} is filled when one target is read.
 */
@Schema(name = "SurveyTarget")
record SurveyTarget(long id, long campaignId, String campaignName, LocalDate dueOn, long customerId,
        String customerName, Long projectId, String projectName, Status status, Map<String, Object> answers,
        Integer satisfaction, Via answeredVia, Instant answeredAt, SurveyForm form) {

    enum Status {
        SENT, ANSWERED
    }

    enum Via {
        PORTAL, STAFF
    }

    SurveyTarget with(SurveyForm form) {
        return new SurveyTarget(id, campaignId, campaignName, dueOn, customerId, customerName, projectId, projectName,
                status, answers, satisfaction, answeredVia, answeredAt, form);
    }
}
