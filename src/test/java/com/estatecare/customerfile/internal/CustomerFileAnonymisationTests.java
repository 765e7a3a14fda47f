package com.estatecare.customerfile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which terms an anonymised customer file entry keeps (decision 043): only message keys, never a literal. */
class CustomerFileAnonymisationTests {

    @Test
    void anAnonymisedEntryKeepsOnlyItsMessageKeys() {
        assertThat(CustomerFileRetention.keeps("kind.REPAIR")).isTrue();
        assertThat(CustomerFileRetention.keeps("action.AGREE_PLAN")).isTrue();
        assertThat(CustomerFileRetention.keeps("ownershiprole.CO_OWNER")).isTrue();
    }

    @Test
    void aRequestNumberAUnitANameOrAPhoneIsNotKept() {
        assertThat(CustomerFileRetention.keeps("BX20190603-0001")).isFalse();
        assertThat(CustomerFileRetention.keeps("3栋1单元502")).isFalse();
        assertThat(CustomerFileRetention.keeps("王先生 13800138000")).isFalse();
        assertThat(CustomerFileRetention.keeps("kind.REPAIR 13800138000")).isFalse();
        assertThat(CustomerFileRetention.keeps("a.b")).isFalse();
        assertThat(CustomerFileRetention.keeps("")).isFalse();
        assertThat(CustomerFileRetention.keeps(null)).isFalse();
    }
}
