package com.estatecare.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.organisation.OrgKind;
import com.estatecare.organisation.Role;

/** Which roles an administrator may give a staff account. */
class RoleGrantRuleTests {

    @Test
    void headquartersRoleIsHeldOnlyAtTheGroupsNode() {
        assertThat(RoleGrantRule.violation(Set.of(Role.HQ), OrgKind.GROUP)).isEmpty();
        assertThat(RoleGrantRule.violation(Set.of(Role.HQ), OrgKind.COMPANY)).contains("hq-at-group");
        assertThat(RoleGrantRule.violation(Set.of(Role.AGENT, Role.HQ), OrgKind.PROJECT)).contains("hq-at-group");
        assertThat(RoleGrantRule.violation(Set.of(Role.ADMIN, Role.MANAGER), OrgKind.COMPANY)).isEmpty();
    }

    @Test
    void staffAccountHoldsStaffRolesOnly() {
        assertThat(RoleGrantRule.violation(Set.of(Role.OWNER), OrgKind.PROJECT)).contains("staff-roles-only");
        assertThat(RoleGrantRule.violation(Set.of(Role.AGENT, Role.OWNER), OrgKind.COMPANY)).contains("staff-roles-only");
    }

    @Test
    void anAuditorHoldsNoOtherRole() {
        assertThat(RoleGrantRule.violation(Set.of(Role.AUDITOR), OrgKind.GROUP)).isEmpty();
        assertThat(RoleGrantRule.violation(Set.of(Role.AUDITOR), OrgKind.COMPANY)).isEmpty();
        assertThat(RoleGrantRule.violation(Set.of(Role.AUDITOR, Role.ADMIN), OrgKind.GROUP)).contains("auditor-alone");
        assertThat(Role.AUDITOR.isStaff()).as("nobody assigns work to an auditor").isFalse();
    }

    @Test
    void nobodyChangesTheirOwnAccount() {
        assertThat(RoleGrantRule.selfChange(7, 7)).contains("not-yourself");
        assertThat(RoleGrantRule.selfChange(7, 8)).isEmpty();
    }
}
