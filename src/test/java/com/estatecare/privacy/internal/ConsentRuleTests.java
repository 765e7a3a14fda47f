package com.estatecare.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.FieldProblem;

/** What a consent record must say, and who may record one (PIPL art. 14–15). */
class ConsentRuleTests {

    @Test
    void aConsentNamesAPurposeWhetherGivenAChannelAndTheTextVersionShown() {
        assertThat(ConsentRule.problems("MARKETING", true, "PHONE", "v2026-01", false)).isEmpty();
        assertThat(fields(ConsentRule.problems(null, null, null, null, false)))
                .containsExactly("purpose", "granted", "channel", "textVersion");
        assertThat(fields(ConsentRule.problems("SPAM", true, "FAX", "v1", false))).containsExactly("purpose", "channel");
        assertThat(fields(ConsentRule.problems("CLUB", false, "PAPER", "v".repeat(41), false)))
                .containsExactly("textVersion");
    }

    @Test
    void anOwnerNeedsNoChannelTheirsIsAlwaysThePortal() {
        assertThat(ConsentRule.problems("MARKETING", false, null, "v1", true)).isEmpty();
        assertThat(ConsentRule.channel(null, true)).isEqualTo(ConsentRule.Channel.PORTAL);
        assertThat(ConsentRule.channel("PAPER", true)).isEqualTo(ConsentRule.Channel.PORTAL);
        assertThat(ConsentRule.channel("PAPER", false)).isEqualTo(ConsentRule.Channel.PAPER);
    }

    @Test
    void theOwnerRecordsOnlyTheirOwnAndOnlyStaffWhoRegisterCustomersRecordForThem() {
        assertThat(ConsentRule.mayRecord(user(Role.OWNER, 9L), 9)).isTrue();
        assertThat(ConsentRule.mayRecord(user(Role.OWNER, 9L), 10)).isFalse();
        for (Role role : Set.of(Role.ADMIN, Role.AGENT, Role.MANAGER, Role.PROJECT_COMPANY, Role.HQ)) {
            assertThat(ConsentRule.mayRecord(user(role, null), 10)).as(role.name()).isTrue();
        }
        for (Role role : Set.of(Role.ENGINEER, Role.HANDLER, Role.CONSULTANT, Role.AUDITOR)) {
            assertThat(ConsentRule.mayRecord(user(role, null), 10)).as(role.name()).isFalse();
        }
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private static CurrentUser user(Role role, Long customerId) {
        return new CurrentUser(1, "u", "U", Set.of(role), 2, "/1/2/", 2L, customerId, null);
    }
}
