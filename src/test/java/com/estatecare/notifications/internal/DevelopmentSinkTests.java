package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.estatecare.notifications.Message;
import com.estatecare.platform.PhoneNumber;

/** The development channel keeps messages for staff, a bounded number, and never runs in production. */
class DevelopmentSinkTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void developmentSinkRefusesTheProductionProfile() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        assertThatIllegalStateException().isThrownBy(() -> new DevelopmentSink(clock, production))
                .withMessageContaining("prod profile");
    }

    @Test
    void sinkKeepsTheNewestMessagesOnlyNewestFirst() {
        DevelopmentSink sink = new DevelopmentSink(clock, new MockEnvironment());
        IntStream.range(0, DevelopmentSink.KEPT + 50).forEach(i -> sink.send(code(i, "1380013%04d".formatted(i % 2),
                "message " + i)));

        assertThat(sink.recent(null, 1000)).hasSize(DevelopmentSink.KEPT);
        assertThat(sink.recent(null, 1).get(0).text()).isEqualTo("message " + (DevelopmentSink.KEPT + 49));
        assertThat(sink.recent("13800130000", 1000)).hasSize(DevelopmentSink.KEPT / 2)
                .allMatch(k -> k.to().equals("13800130000") && k.channel().equals("SMS"));
    }

    @Test
    void sinkKeepsOwnersNoticesApartFromTheCodesOfAPhone() {
        DevelopmentSink sink = new DevelopmentSink(clock, new MockEnvironment());
        sink.send(code(1, "13800138000", "code 123456"));
        sink.send(new OutboundChannel.Outgoing(7, ContactChannel.SMS, MessageKind.DISPATCHED, "13800138000", "工单",
                "已派工", "BX-1"));
        assertThat(sink.recent("13800138000", 10)).extracting(DevelopmentSink.Kept::text).containsExactly("code 123456");
        assertThat(sink.recent(null, 10)).extracting(DevelopmentSink::masked).containsExactly("138****8000",
                "138****8000");
    }

    @Test
    void messageNeverShowsItsTextOrTheFullNumber() {
        Message message = new Message(new PhoneNumber("13800138000"), "code 123456", 1, "/1/", "en");
        assertThat(message.toString()).isEqualTo("Message to 138****8000");
        assertThat(code(3, "13800138000", "code 123456").toString()).doesNotContain("123456", "13800138000");
    }

    private static OutboundChannel.Outgoing code(long id, String phone, String text) {
        return new OutboundChannel.Outgoing(id, ContactChannel.SMS, MessageKind.SIGN_IN_CODE, phone, null, text, null);
    }
}
