package com.estatecare.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.delivery.Room;
import com.estatecare.requests.Category;
import com.estatecare.requests.Channel;
import com.estatecare.requests.NewRequest;
import com.estatecare.requests.RequestKind;

class FindingRequestTests {

    @Test
    void aFindingBecomesARepairOfHousingQualityOnTheUnitForItsOwnerNamingTheComponentAndTheRoom() {
        NewRequest request = FindingRequest.of(7L, 11L, Room.BATHROOM, "BATHROOM_WATERPROOFING", "地面坡度倒坡，积水");

        assertThat(request.kind()).isEqualTo(RequestKind.REPAIR);
        assertThat(request.category()).isEqualTo(Category.HOUSING_QUALITY);
        assertThat(request.unitId()).isEqualTo(7L);
        assertThat(request.customerId()).isEqualTo(11L);
        assertThat(request.componentCode()).isEqualTo("BATHROOM_WATERPROOFING");
        assertThat(request.locationInUnit()).isEqualTo("卫生间");
        assertThat(request.description()).isEqualTo("【交付验房】卫生间：地面坡度倒坡，积水");
    }

    @Test
    void aFindingIsReceivedInPersonAndReadBackWithoutClaimingAnyComplaintFactOrEarlierTime() {
        NewRequest request = FindingRequest.of(7L, 11L, Room.LIVING_ROOM, "WALL", "空鼓");

        assertThat(request.channel()).isEqualTo(Channel.WALK_IN);
        assertThat(request.readBackConfirmed()).isTrue();
        assertThat(request.emergency()).isFalse();
        assertThat(request.receivedAt()).isNull();
        assertThat(request.reporter()).isNull();
        assertThat(request.complainantCount()).isNull();
        assertThat(request.lawsuit()).isNull();
    }

    @Test
    void aFindingIsOpenUntilItsRepairIsDoneOrItsRequestCancelled() {
        assertThat(FindingState.of(null)).isEqualTo(FindingState.RECORDED);
        assertThat(FindingState.of("RECEIVED")).isEqualTo(FindingState.REPAIRING);
        assertThat(FindingState.of("PLAN_AGREED")).isEqualTo(FindingState.REPAIRING);
        assertThat(FindingState.of("DONE")).isEqualTo(FindingState.CLOSED);
        assertThat(FindingState.of("CANCELLED")).isEqualTo(FindingState.CLOSED);
        assertThat(FindingState.of("RECEIVED").open()).isTrue();
        assertThat(FindingState.of("VERIFIED").open()).isFalse();
        for (com.estatecare.requests.RequestStatus status : com.estatecare.requests.RequestStatus.values()) {
            boolean closedBySql = java.util.List.of("DONE", "VERIFIED", "REVISITED", "ARCHIVED", "CANCELLED")
                    .contains(status.name());
            assertThat(FindingState.OPEN_SQL).as("the SQL rule agrees for " + status)
                    .matches(sql -> sql.contains("'" + status.name() + "'") == closedBySql);
            assertThat(FindingState.of(status.name()).open()).isEqualTo(!closedBySql);
        }
    }
}
