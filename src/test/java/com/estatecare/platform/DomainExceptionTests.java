package com.estatecare.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DomainExceptionTests {

    @Test
    void aProblemsOwnMemberIsNeverAnExtension() {
        for (String member : new String[] { "type", "title", "status", "detail", "instance" }) {
            assertThatThrownBy(() -> DomainException.conflict("x").with(member, "PLANNED")).as(member)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DomainException.conflict("x").with("currentStatus", "PLANNED").properties())
                .containsEntry("currentStatus", "PLANNED");
    }
}
