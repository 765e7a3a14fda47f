package com.estatecare.inbound.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.estatecare.inbound.WechatInPolicy;

/** WeChat's customer-service window (客服消息): open for the policy's hours after the owner's last message. */
class ReplyWindowTests {

    private static final Instant LAST = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void aReplyWithinTheWindowOfTheOwnersLastMessageIsAllowed() {
        ReplyWindow window = ReplyWindow.of(LAST, LAST.plus(Duration.ofHours(47)), Duration.ofHours(48));
        assertThat(window.open()).isTrue();
        assertThat(window.openUntil()).isEqualTo(LAST.plus(Duration.ofHours(48)));
    }

    @Test
    void aReplyAtOrAfterTheEndOfTheWindowIsNot() {
        assertThat(ReplyWindow.of(LAST, LAST.plus(Duration.ofHours(48)), Duration.ofHours(48)).open()).isFalse();
        assertThat(ReplyWindow.of(LAST, LAST.plus(Duration.ofHours(3)), Duration.ofHours(2)).open())
                .as("a company's shorter window").isFalse();
    }

    @Test
    void anOwnerWhoNeverWroteCannotBeAnsweredByCustomerServiceMessage() {
        ReplyWindow window = ReplyWindow.of(null, LAST, Duration.ofHours(48));
        assertThat(window.open()).isFalse();
        assertThat(window.openUntil()).isNull();
    }

    @Test
    void aPolicyStoredBeforeTheReplyWindowExistedReadsWithWeChatsFortyEightHours() {
        assertThat(new WechatInPolicy(Duration.ofMinutes(5), null).replyWindow()).isEqualTo(Duration.ofHours(48));
        assertThat(new WechatInPolicyDefinition().validate(new WechatInPolicy(Duration.ofMinutes(5),
                Duration.ofHours(49)))).extracting(p -> p.field()).containsExactly("replyWindow");
        assertThat(new WechatInPolicyDefinition().validate(new WechatInPolicy(Duration.ofMinutes(5),
                Duration.ofMinutes(30)))).extracting(p -> p.field()).containsExactly("replyWindow");
        assertThat(new WechatInPolicyDefinition().validate(WechatInPolicy.defaults())).isEmpty();
    }

    @Test
    void aReplyQueuedWithinTheWindowIsNotSentOnceTheWindowClosedBeforeTheSenderRuns() {
        Instant queued = LAST.plus(Duration.ofHours(47));
        assertThat(ReplyWindow.of(LAST, queued, Duration.ofHours(48)).open()).as("written in time").isTrue();
        assertThat(ReplyWindow.of(LAST, LAST.plus(Duration.ofHours(49)), Duration.ofHours(48)).open())
                .as("the gateway was down until after the window").isFalse();
    }

    @Test
    void aReplyThatWaitedIsSentWhenTheOwnerWroteAgainMeanwhile() {
        Instant again = LAST.plus(Duration.ofHours(30));
        assertThat(ReplyWindow.of(again, LAST.plus(Duration.ofHours(49)), Duration.ofHours(48)).open()).isTrue();
    }

    @Test
    void theWindowInForceWhenTheReplyIsSentDecidesNotTheOneWhenItWasWritten() {
        Instant sending = LAST.plus(Duration.ofHours(3));
        assertThat(ReplyWindow.of(LAST, sending, Duration.ofHours(48)).open()).isTrue();
        assertThat(ReplyWindow.of(LAST, sending, Duration.ofHours(2)).open())
                .as("an administrator shortened the window meanwhile").isFalse();
    }
}
