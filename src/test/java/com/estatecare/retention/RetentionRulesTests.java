package com.estatecare.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;

/** The rules of retention and legal hold that need no database, without Spring. */
class RetentionRulesTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void closedRequestPastRetentionIsPastItsCutoffAndOneStillWithinItIsNot() {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");
        Instant cutoff = RetentionPolicy.cutoff(RetentionPolicy.defaults().closedRequestsMonths(), now, SHANGHAI);
        assertThat(cutoff).isEqualTo(Instant.parse("2021-11-24T02:00:00Z"));
        assertThat(Instant.parse("2021-11-23T02:00:00Z")).as("closed five years and a day ago").isBefore(cutoff);
        assertThat(Instant.parse("2021-11-25T02:00:00Z")).as("closed a day less than five years ago").isAfter(cutoff);
    }

    @Test
    void periodsAreCalendarMonthsInShanghai() {
        // 31 March minus one month is the last day of February
        assertThat(RetentionPolicy.cutoff(1, Instant.parse("2026-03-31T02:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-02-28T02:00:00Z"));
    }

    @Test
    void defaultsAreAYearForRecordingsThreeYearsForPhotosFiveForClosedRequestsAndTwoForProspects() {
        RetentionPolicy p = RetentionPolicy.defaults();
        assertThat(new int[] { p.callRecordingsMonths(), p.photosMonthsAfterClose(), p.closedRequestsMonths(),
                p.prospectsMonths() }).containsExactly(12, 36, 60, 24);
    }

    @Test
    void holdWithoutAReasonOrWithAnEndlessOneIsRefusedNamingTheReason() {
        for (String bad : new String[] { null, "", "   ", "理".repeat(LegalHold.REASON_MAX + 1) }) {
            assertThatThrownBy(() -> LegalHoldReason.check(bad)).isInstanceOf(DomainException.InvalidInput.class)
                    .satisfies(e -> assertThat(((DomainException) e).properties().get("errors"))
                            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(
                                    com.estatecare.platform.FieldProblem.class))
                            .extracting(p -> p.field()).containsExactly("reason"));
        }
        assertThat(LegalHoldReason.check("  诉讼中 (2026)沪0115民初1234号  ")).isEqualTo("诉讼中 (2026)沪0115民初1234号");
    }

    @Test
    void onlyManagersHeadquartersAndAdministratorsMayHold() {
        for (Role role : Role.values()) {
            boolean expected = role == Role.MANAGER || role == Role.HQ || role == Role.ADMIN;
            assertThat(LegalHoldRoles.mayHold(user(role))).as(role.name()).isEqualTo(expected);
        }
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, "u", "u", Set.of(role), 1, "/1/", 1L, role == Role.OWNER ? 5L : null, null);
    }
}
