package com.estatecare.surveys;

import java.time.Instant;

/**
 * A customer's answer to a survey was recorded (by themselves in the portal or by staff from a call); published
 * once per target, in the answering transaction. The customer club earns the member points for it.
 */
public record SurveyAnswered(long targetId, long campaignId, long companyId, long customerId, Instant at) {
}
