package com.estatecare.accountability.internal;

import static com.estatecare.support.RequestFactsBuilder.aComplaint;
import static com.estatecare.support.RequestFactsBuilder.aRepair;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.estatecare.accountability.LiableParty;
import com.estatecare.requests.ActionCommand.ResponsibleParty;
import com.estatecare.requests.ActionCommand.WarrantyStatus;
import com.estatecare.requests.Category;
import com.estatecare.requests.RequestFacts;

/** 累计处罚制 ①–④: who answers for a request that climbed unsolved. */
class FineCauseTests {

    @Test
    void constructionQualityWithinWarrantyIsTheContractors() {
        assertThat(causeOf(aRepair().in(Category.HOUSING_QUALITY).warranty(WarrantyStatus.IN_WARRANTY).build()))
                .isEqualTo(FineCause.CONSTRUCTION_QUALITY_IN_WARRANTY);
        assertThat(causeOf(aRepair().in(Category.FACILITY_FAILURE).investigationFound(ResponsibleParty.DEVELOPER).build()).party())
                .isEqualTo(LiableParty.CONTRACTOR);
    }

    @Test
    void otherCausesOrAnyRepairOutOfWarrantyArePropertyMaintenances() {
        assertThat(causeOf(aRepair().in(Category.FACILITY_FAILURE).build()))
                .isEqualTo(FineCause.OTHER_CAUSE_OR_OUT_OF_WARRANTY);
        assertThat(causeOf(aRepair().in(Category.HOUSING_QUALITY).warranty(WarrantyStatus.OUT_OF_WARRANTY).build()).party())
                .isEqualTo(LiableParty.PROPERTY_MAINTENANCE);
        assertThat(causeOf(aRepair().in(Category.HOUSING_QUALITY).investigationFound(ResponsibleParty.PROPERTY_COMPANY).build()).party())
                .isEqualTo(LiableParty.PROPERTY_MAINTENANCE);
    }

    @Test
    void complaintAboutASlowRepairIsTheRepairPersons() {
        RequestFacts repair = aRepair().build();
        assertThat(causeOf(aComplaint().linkedTo(repair.id()).build(), repair))
                .isEqualTo(FineCause.COMPLAINT_ABOUT_A_REPAIR);
    }

    @Test
    void anyOtherUnsolvedComplaintIsTheResponsibleSpecialists() {
        assertThat(causeOf(aComplaint().build(), aComplaint().build()))
                .isEqualTo(FineCause.UNSOLVED_COMPLAINT);
        assertThat(FineCause.UNSOLVED_COMPLAINT.party()).isEqualTo(LiableParty.RESPONSIBLE_SPECIALIST);
    }

    private static FineCause causeOf(RequestFacts... chain) {
        return FineCause.of(FineCause.Facts.of(List.of(chain))).orElseThrow();
    }
}
