package com.estatecare.hotline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.estatecare.hotline.HotlinePolicy;
import com.estatecare.organisation.CurrentUser;
import com.estatecare.organisation.Role;
import com.estatecare.platform.DomainException;

/** The hotline's rules without the application: deadline states, the four eyes on the reply, the policy's bounds. */
class HotlineRulesTests {

    private static final Instant WARN = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aDeadlineRunsWarnsAndIsBreachedByTheClockUntilDone() {
        assertThat(HotlineDeadline.state(WARN, DUE, null, WARN.minusSeconds(1))).isEqualTo(HotlineDeadline.State.RUNNING);
        assertThat(HotlineDeadline.state(WARN, DUE, null, WARN)).isEqualTo(HotlineDeadline.State.WARNING);
        assertThat(HotlineDeadline.state(WARN, DUE, null, DUE)).isEqualTo(HotlineDeadline.State.BREACHED);
        assertThat(HotlineDeadline.state(WARN, DUE, DUE, DUE.plusSeconds(3600))).isEqualTo(HotlineDeadline.State.MET);
        assertThat(HotlineDeadline.state(WARN, DUE, DUE.plusSeconds(1), DUE.plusSeconds(3600)))
                .isEqualTo(HotlineDeadline.State.MET_LATE);
    }

    @Test
    void drafterCannotApproveOwnHotlineReply() {
        assertThatThrownBy(() -> HotlineReply.checkDecision(HotlineReply.State.DRAFTED, 7L, 7L))
                .isInstanceOf(DomainException.Forbidden.class).hasMessageContaining("hotline-four-eyes");
        HotlineReply.checkDecision(HotlineReply.State.DRAFTED, 7L, 8L);
        CurrentUser managerWhoDrafted = user(7, Role.MANAGER);
        assertThat(HotlineCases.allowed(HotlineReply.State.DRAFTED, 7L, true, managerWhoDrafted))
                .containsExactly("draft");
        assertThat(HotlineCases.allowed(HotlineReply.State.DRAFTED, 8L, true, managerWhoDrafted))
                .containsExactly("draft", "approve", "reject");
        assertThat(HotlineCases.allowed(HotlineReply.State.DRAFTED, 8L, false, user(9, Role.HANDLER)))
                .containsExactly("contacted", "draft");
    }

    @Test
    void onlyADraftIsDecidedAndAnApprovedReplyNeverChanges() {
        assertThatThrownBy(() -> HotlineReply.checkDecision(HotlineReply.State.NONE, null, 8L))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("hotline-reply-no-draft");
        assertThatThrownBy(() -> HotlineReply.checkDecision(HotlineReply.State.APPROVED, 7L, 8L))
                .isInstanceOf(DomainException.Conflict.class).hasMessageContaining("hotline-reply-approved");
        assertThatThrownBy(() -> HotlineReply.checkDraft(HotlineReply.State.APPROVED))
                .isInstanceOf(DomainException.Conflict.class);
        HotlineReply.checkDraft(HotlineReply.State.DRAFTED);
        assertThat(HotlineCases.allowed(HotlineReply.State.APPROVED, 7L, true, user(8, Role.MANAGER))).isEmpty();
    }

    @Test
    void policyKeepsItsDeadlinesBetweenOneAndThirtyWorkingDaysAndTheReplyAfterTheContact() {
        HotlinePolicyDefinition definition = new HotlinePolicyDefinition();
        assertThat(definition.validate(HotlinePolicy.defaults())).isEmpty();
        assertThat(definition.validate(new HotlinePolicy(0, 31, Duration.ofHours(2))))
                .extracting(p -> p.field()).containsExactly("contactWorkingDays", "replyWorkingDays");
        assertThat(definition.validate(new HotlinePolicy(3, 2, Duration.ofHours(2))))
                .extracting(p -> p.field()).containsExactly("replyWorkingDays");
        assertThat(definition.validate(new HotlinePolicy(1, 5, Duration.ofHours(-1))))
                .extracting(p -> p.field()).containsExactly("warnBefore");
    }

    private static CurrentUser user(long id, Role role) {
        return new CurrentUser(id, "u" + id, "用户" + id, Set.of(role), 1, "/1/2/", 2L, null, null);
    }
}
