package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** An owner is told on every channel they have an address for, except those they opted out of. */
class ChannelChoiceTests {

    private final ChannelChoice.Contact everything = new ChannelChoice.Contact("owner@example.com", "13800138000",
            "oWx-open-id-123456");

    @Test
    void ownerIsToldOnEveryChannelWithAnAddressUntilTheyOptOut() {
        assertThat(ChannelChoice.channels(everything, Map.of())).containsExactly(ContactChannel.EMAIL,
                ContactChannel.SMS, ContactChannel.WECHAT);
        assertThat(ChannelChoice.channels(everything, Map.of(ContactChannel.SMS, false, ContactChannel.EMAIL, true)))
                .containsExactly(ContactChannel.EMAIL, ContactChannel.WECHAT);
    }

    @Test
    void optOutIsHonouredAndAChannelNeverChosenIsOn() {
        assertThat(ChannelChoice.allowed(ContactChannel.WECHAT, Map.of(ContactChannel.WECHAT, false))).isFalse();
        assertThat(ChannelChoice.allowed(ContactChannel.WECHAT, Map.of(ContactChannel.WECHAT, true))).isTrue();
        assertThat(ChannelChoice.allowed(ContactChannel.WECHAT, Map.of())).isTrue();
    }

    @Test
    void channelWithoutAnAddressIsNotUsedAndTextsGoToMobilesOnly() {
        ChannelChoice.Contact landline = new ChannelChoice.Contact(" ", "057188001234", null);
        assertThat(ChannelChoice.channels(landline, Map.of())).isEmpty();
    }

    @Test
    void addressesAreMasked() {
        assertThat(ChannelChoice.masked(ContactChannel.EMAIL, "owner@example.com")).isEqualTo("o***@example.com");
        assertThat(ChannelChoice.masked(ContactChannel.SMS, "13800138000")).isEqualTo("138****8000");
        assertThat(ChannelChoice.masked(ContactChannel.WECHAT, "oWx-open-id-123456")).isEqualTo("******3456");
    }

    @Test
    void errorTextNeverHoldsAnAddressOrAFullNumber() {
        assertThat(ErrorText.scrub("550 5.1.1 <owner@example.com>: no such user, call 13800138000"))
                .isEqualTo("550 5.1.1 <***@example.com>: no such user, call 138********");
        assertThat(ErrorText.scrub("x".repeat(2000))).hasSize(ErrorText.MAX);
        assertThat(ErrorText.of(new RuntimeException("outer", new IllegalStateException("to a@b.cn"))))
                .isEqualTo("outer: to ***@b.cn");
    }
}
