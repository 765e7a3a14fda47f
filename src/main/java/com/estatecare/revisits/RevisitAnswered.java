package com.estatecare.revisits;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.requests.RevisitAnswer;

/**
 * A revisit questionnaire was answered; the request takes it as its revisit step in the same transaction
 * ({@link RevisitAnswer}): unsatisfied → second handling. {@code activityId}: the club activity during which the
 * owner was revisited (method ACTIVITY only).
 */
public record RevisitAnswered(long revisitId, long requestId, long companyId, Method method, long templateId,
        String templateCode, int templateVersion, boolean satisfied, int satisfaction, Boolean followedUp,
        String comment, Long activityId, CurrentUser actor, Instant at) implements RevisitAnswer {

    /** How the customer was reached (电话回访, 入户回访, 客户活动期间回访). */
    public enum Method {
        PHONE, HOME_VISIT, ACTIVITY
    }

    @Override
    public Map<String, Object> revisitDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("revisitId", revisitId);
        details.put("method", method);
        details.put("template", templateCode);
        details.put("templateVersion", templateVersion);
        if (activityId != null) {
            details.put("activityId", activityId);
        }
        return details;
    }
}
