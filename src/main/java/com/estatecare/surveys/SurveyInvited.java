package com.estatecare.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A survey campaign was sent: each target customer is invited to answer by {@code dueOn}. The notifications
 * module turns it into one message per target and channel. At most a campaign's cap of targets (5,000).
 */
public record SurveyInvited(long campaignId, long companyId, String scopePath, String name, LocalDate dueOn,
        List<Invitation> invitations) {

    /** One target: who is asked. */
    public record Invitation(long targetId, long customerId) {
    }
}
