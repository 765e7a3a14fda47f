package com.estatecare.escalation.internal;

import static com.estatecare.support.RequestFactsBuilder.aRepair;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.Category;

class RepeatedRepairBecomesComplaintTests {

    @Test
    void complaintIsRegisteredOnBehalfOfTheRepairsFirstContact() {
        var repair = aRepair().in(Category.HOUSING_QUALITY).firstContact(5L).assignee(9L).build();
        assertThat(RepeatedRepairBecomesComplaint.decide(repair, false))
                .isEqualTo(new RepeatedRepairBecomesComplaint.Register(5, Category.ENGINEERING_QUALITY));
    }

    @Test
    void withoutFirstContactTheAssigneeRegistersIt() {
        var repair = aRepair().in(Category.PROPERTY_SERVICE).assignee(9L).build();
        assertThat(RepeatedRepairBecomesComplaint.decide(repair, false))
                .isEqualTo(new RepeatedRepairBecomesComplaint.Register(9, Category.PROPERTY_MANAGEMENT));
    }

    @Test
    void complaintIsRegisteredOnce() {
        assertThat(RepeatedRepairBecomesComplaint.decide(aRepair().firstContact(5L).build(), true))
                .isInstanceOf(RepeatedRepairBecomesComplaint.AlreadyRegistered.class);
    }

    @Test
    void repairNobodyOwnsCannotBecomeAComplaint() {
        assertThat(RepeatedRepairBecomesComplaint.decide(aRepair().build(), false))
                .isInstanceOf(RepeatedRepairBecomesComplaint.NobodyToRegister.class);
    }
}
