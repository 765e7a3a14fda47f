package com.estatecare.club.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.estatecare.club.ActivityAttended;
import com.estatecare.sales.ReferralSigned;
import com.estatecare.surveys.SurveyAnswered;

/**
 * The points other modules' events earn a member, each once (the ledger key names the event's subject): a survey
 * answered; an activity attended (the activities will publish it); a referred buyer's contract signed (sales). A customer who is not an active member earns nothing.
 */
@Component
class ClubListeners {

    private final Members members;
    private final Ledger ledger;

    ClubListeners(Members members, Ledger ledger) {
        this.members = members;
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(SurveyAnswered event) {
        members.activeOf(event.companyId(), event.customerId()).ifPresent(member -> ledger.earn(member.id(),
                EarnRule.SURVEY, "survey:" + event.targetId(), "survey:" + event.targetId(), null, "system"));
    }

    @ApplicationModuleListener
    void on(ActivityAttended event) {
        members.activeOf(event.companyId(), event.customerId()).ifPresent(member -> ledger.earn(member.id(),
                EarnRule.ACTIVITY, "activity:" + event.activityId(),
                "activity:" + event.activityId() + ":" + member.id(), null, "system"));
    }

    @ApplicationModuleListener
    void on(ReferralSigned event) {
        members.activeOf(event.companyId(), event.referrerCustomerId()).ifPresent(member -> ledger.earn(member.id(),
                EarnRule.REFERRAL, event.contractReference(), "referral:" + event.contractReference(), null,
                "system"));
    }
}
