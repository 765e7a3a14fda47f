package com.estatecare.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.FieldProblem;

/** Who may see a customer's full phone number, why, and how often (SPEC §13, 查看完整信息). */
class RevealRuleTests {

    @Test
    void agentsManagersAndHeadquartersMayRevealWithoutBeingDispatched() {
        for (Role role : Set.of(Role.AGENT, Role.MANAGER, Role.HQ)) {
            assertThat(RevealRule.roleRefusal(user(role))).as(role.name()).isEmpty();
            assertThat(RevealRule.needsDispatch(user(role))).as(role.name()).isFalse();
        }
    }

    @Test
    void anEngineerMayRevealOnlyWhileDispatchedToTheCustomer() {
        assertThat(RevealRule.roleRefusal(user(Role.ENGINEER))).isEmpty();
        assertThat(RevealRule.needsDispatch(user(Role.ENGINEER))).isTrue();
    }

    @Test
    void everyOtherRoleAndAnOwnerMayNotReveal() {
        for (Role role : Set.of(Role.ADMIN, Role.HANDLER, Role.CONSULTANT, Role.PROJECT_COMPANY, Role.OWNER,
                Role.AUDITOR)) {
            assertThat(RevealRule.roleRefusal(user(role))).as(role.name()).contains("reveal-not-permitted");
        }
    }

    @Test
    void aRevealNamesAKnownFieldAndAReasonAndOtherNeedsText() {
        assertThat(RevealRule.problems("phone", "CALL_BACK", null)).isEmpty();
        assertThat(RevealRule.problems("phone", "OTHER", "业主要求回电核实")).isEmpty();
        assertThat(fields(RevealRule.problems(null, null, null))).containsExactly("field", "reason");
        assertThat(RevealRule.problems("phone", "OTHER", " ")).extracting(FieldProblem::field, FieldProblem::reasonCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text", "required"));
        assertThat(RevealRule.problems("idCard", "GOSSIP", null)).extracting(FieldProblem::reasonCode)
                .containsExactly("one-of", "one-of");
        assertThat(fields(RevealRule.problems("phone", "LEGAL", "x".repeat(RevealRule.MAX_TEXT + 1))))
                .containsExactly("text");
    }

    @Test
    void theDailyLimitAllowsExactlyItsNumberOfReveals() {
        RevealPolicy three = new RevealPolicy(3);
        assertThat(RevealRule.withinLimit(0, three)).isTrue();
        assertThat(RevealRule.withinLimit(2, three)).isTrue();
        assertThat(RevealRule.withinLimit(3, three)).isFalse();
    }

    @Test
    void theRevealPolicyCannotForbidEveryRevealNorAllowUnboundedOnes() {
        var definition = new RevealPolicyDefinition();
        assertThat(definition.validate(definition.defaults())).isEmpty();
        assertThat(definition.defaults().dailyLimit()).isEqualTo(30);
        assertThat(fields(definition.validate(new RevealPolicy(0)))).containsExactly("dailyLimit");
        assertThat(fields(definition.validate(new RevealPolicy(RevealPolicy.MAX + 1)))).containsExactly("dailyLimit");
    }

    private static java.util.List<String> fields(java.util.List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(1, "u", "U", Set.of(role), 2, "/1/2/", 2L, role == Role.OWNER ? 9L : null, null);
    }

    @Test
    void onlyAManagerOrHeadquartersMayRevealAnIdNumber() {
        for (Role role : Set.of(Role.MANAGER, Role.HQ)) {
            assertThat(RevealRule.roleRefusal(user(role), "idNumber")).as(role.name()).isEmpty();
            assertThat(RevealRule.roleRefusal(user(role), "ID_NUMBER")).as(role.name()).isEmpty();
        }
        for (Role role : Set.of(Role.AGENT, Role.ENGINEER, Role.ADMIN, Role.HANDLER, Role.OWNER, Role.AUDITOR)) {
            assertThat(RevealRule.roleRefusal(user(role), "idNumber")).as(role.name()).contains("reveal-not-permitted");
        }
        assertThat(RevealRule.roleRefusal(user(Role.AGENT), "phone")).isEmpty();
        assertThat(RevealRule.field("ID_NUMBER")).isEqualTo("idNumber");
        assertThat(RevealRule.field("PHONE")).isEqualTo("phone");
        assertThat(RevealRule.field("idCard")).isNull();
    }

    @Test
    void aRequestsFreeTextIsRevealedOnlyToThoseWhoCallOwnersAndNamesItsField() {
        for (Role role : Set.of(Role.AGENT, Role.MANAGER, Role.HQ)) {
            assertThat(RevealRule.textRoleRefusal(user(role))).as(role.name()).isEmpty();
        }
        for (Role role : Set.of(Role.ENGINEER, Role.HANDLER, Role.ADMIN, Role.OWNER, Role.AUDITOR)) {
            assertThat(RevealRule.textRoleRefusal(user(role))).as(role.name()).contains("reveal-not-permitted");
        }
        assertThat(RevealRule.textProblems("description", "CALL_BACK", null)).isEmpty();
        assertThat(RevealRule.textProblems("expectedOutcome", "LEGAL", null)).isEmpty();
        assertThat(fields(RevealRule.textProblems("phone", "CALL_BACK", null))).containsExactly("field");
        assertThat(fields(RevealRule.textProblems("description", null, null))).containsExactly("reason");
    }
}
