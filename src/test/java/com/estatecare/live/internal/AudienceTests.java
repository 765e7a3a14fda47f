package com.estatecare.live.internal;

import static com.estatecare.live.internal.LiveNotes.GROUP;
import static com.estatecare.live.internal.LiveNotes.HANGZHOU;
import static com.estatecare.live.internal.LiveNotes.HANGZHOU_PROJECT;
import static com.estatecare.live.internal.LiveNotes.SHANGHAI;
import static com.estatecare.live.internal.LiveNotes.SHANGHAI_PROJECT;
import static com.estatecare.live.internal.LiveNotes.change;
import static com.estatecare.live.internal.LiveNotes.owner;
import static com.estatecare.live.internal.LiveNotes.staff;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.Role;

/** Who receives a change on the live stream: the organisation scope for staff, ownership for owners. */
class AudienceTests {

    @Test
    void colleagueWhoseBranchCoversTheRequestGetsIt() {
        Note inShanghai = change(1, SHANGHAI_PROJECT, 2, 7L, false);

        assertThat(Audience.of(staff(10, SHANGHAI, 2, Role.MANAGER), inShanghai)).isEqualTo(Audience.STAFF);
        assertThat(Audience.of(staff(11, SHANGHAI_PROJECT, 2, Role.AGENT), inShanghai)).isEqualTo(Audience.STAFF);
    }

    @Test
    void colleagueInOtherCompanyGetsNothing() {
        Note inShanghai = change(1, SHANGHAI_PROJECT, 2, 7L, true);

        assertThat(Audience.of(staff(20, HANGZHOU, 3, Role.AGENT), inShanghai)).isEqualTo(Audience.NOBODY);
        assertThat(Audience.of(staff(21, HANGZHOU_PROJECT, 3, Role.MANAGER), inShanghai)).isEqualTo(Audience.NOBODY);
    }

    @Test
    void colleagueInAnotherProjectOfTheSameCompanyGetsNothing() {
        Note inOneProject = change(1, SHANGHAI_PROJECT, 2, 7L, false);

        assertThat(Audience.of(staff(12, "/1/2/6/", 2, Role.ENGINEER), inOneProject)).isEqualTo(Audience.NOBODY);
    }

    @Test
    void headquartersOfTheGroupGetsEveryCompanysChanges() {
        assertThat(Audience.of(staff(30, GROUP, 1, Role.HQ), change(1, SHANGHAI_PROJECT, 2, 7L, false)))
                .isEqualTo(Audience.STAFF);
        assertThat(Audience.of(staff(30, GROUP, 1, Role.HQ), change(2, HANGZHOU_PROJECT, 3, 8L, false)))
                .isEqualTo(Audience.STAFF);
    }

    @Test
    void ownerGetsOnlyOwnRequests() {
        assertThat(Audience.of(owner(40, 7L, 2), change(1, SHANGHAI_PROJECT, 2, 7L, true))).isEqualTo(Audience.OWNER);
        assertThat(Audience.of(owner(40, 7L, 2), change(2, SHANGHAI_PROJECT, 2, 8L, true))).isEqualTo(Audience.NOBODY);
        assertThat(Audience.of(owner(40, 7L, 2), change(3, SHANGHAI_PROJECT, 2, null, true)))
                .isEqualTo(Audience.NOBODY);
    }

    @Test
    void ownerWithoutACustomerGetsNothing() {
        assertThat(Audience.of(owner(50, null, 2), change(1, SHANGHAI_PROJECT, 2, 7L, true)))
                .isEqualTo(Audience.NOBODY);
    }

    @Test
    void ownerIsNotToldOfTheStaffsInternalSteps() {
        assertThat(Audience.of(owner(40, 7L, 2), change(1, SHANGHAI_PROJECT, 2, 7L, false))).isEqualTo(Audience.NOBODY);
    }

    @Test
    void ownerOfAnotherCompanyWithTheSameCustomerIdGetsNothing() {
        assertThat(Audience.of(owner(40, 7L, 3), change(1, SHANGHAI_PROJECT, 2, 7L, true))).isEqualTo(Audience.NOBODY);
    }

    @Test
    void ownersEventCarriesNoAssigneeVersionOrLimit() {
        Note.LiveEvent shown = change(1, SHANGHAI_PROJECT, 2, 7L, true).forOwner();

        assertThat(shown.assigneeId()).isNull();
        assertThat(shown.version()).isNull();
        assertThat(shown.limit()).isNull();
        assertThat(shown.number()).isEqualTo("BX-20261125-1");
    }
}
