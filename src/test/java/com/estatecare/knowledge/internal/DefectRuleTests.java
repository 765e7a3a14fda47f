package com.estatecare.knowledge.internal;

import static com.estatecare.support.RequestFactsBuilder.aComplaint;
import static com.estatecare.support.RequestFactsBuilder.aRepair;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;
import com.estatecare.requests.RequestStatus;

/** Defect counting: which repairs are product defects, their cause, and when a defect recurs. */
class DefectRuleTests {

    @Test
    void aRepairOfTheHouseOrItsEquipmentCountsAndAServiceProblemOrAComplaintDoesNot() {
        assertThat(DefectRule.counts(aRepair().in(Category.HOUSING_QUALITY).build())).isTrue();
        assertThat(DefectRule.counts(aRepair().in(Category.FACILITY_FAILURE).build())).isTrue();
        assertThat(DefectRule.counts(aRepair().in(Category.PROPERTY_SERVICE).build())).isFalse();
        assertThat(DefectRule.counts(aComplaint().build())).isFalse();
        assertThat(DefectRule.counts(cancelled(aRepair().in(Category.HOUSING_QUALITY).build()))).isFalse();
    }

    @Test
    void theCauseIsWhatTheCompletedRepairFound() {
        assertThat(DefectRule.cause(aRepair().build())).isEqualTo(DefectRule.Cause.UNDETERMINED);
        assertThat(DefectRule.cause(aRepair().warranty(WarrantyStatus.IN_WARRANTY).build()))
                .isEqualTo(DefectRule.Cause.IN_WARRANTY);
        assertThat(DefectRule.cause(aRepair().warranty(WarrantyStatus.OUT_OF_WARRANTY).build()))
                .isEqualTo(DefectRule.Cause.OUT_OF_WARRANTY);
    }

    @Test
    void aDefectFoundAtAnInspectionCountsAsTheRepairItWillBecome() {
        assertThat(DefectRule.counts(com.estatecare.requests.RequestKind.REPAIR, DefectRule.FINDING_CATEGORY, 1L))
                .isTrue();
    }

    @Test
    void aDefectRecursFromTheSecond() {
        assertThat(DefectRule.recurring(1)).isFalse();
        assertThat(DefectRule.recurring(2)).isTrue();
    }

    private static RequestFacts cancelled(RequestFacts f) {
        return new RequestFacts(f.id(), f.companyId(), f.number(), f.kind(), RequestStatus.CANCELLED, f.category(),
                f.componentCode(), f.emergency(), f.channel(), f.projectId(), f.unitId(), f.customerId(),
                f.complainant(), f.relatedRequestId(), f.assigneeId(), f.firstContactId(), f.handlingRound(),
                f.receivedAt(), f.createdAt(), f.closedAt(), f.scopePath(), f.investigationParty(),
                f.warrantyStatus(), f.complaint());
    }
}
