package com.estatecare.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the WeChat gateway is sent: a notice as a template message, a staff member's reply as WeChat's
 * customer-service message (客服消息), each with the outbox's reference.
 */
class GatewayChannelTests {

    private final GatewayChannel wechat = new GatewayChannel(ContactChannel.WECHAT,
            new OutboundProperties.Endpoint(URI.create("http://127.0.0.1:9/wechat"), null,
                    Map.of("WORK_DONE", "tmpl-done-1")),
            new OutboundProperties.Gateway(null, null, Duration.ofSeconds(1), Duration.ofSeconds(1)),
            JsonMapper.builder().build());

    @Test
    void aStaffReplyIsSentAsACustomerServiceTextMessage() {
        Map<String, Object> body = wechat.payload(new OutboundChannel.Outgoing(7, ContactChannel.WECHAT,
                MessageKind.WECHAT_REPLY, "oWx_owner", null, "您好，师傅明天上门。", "BX-20261124-0001"));
        assertThat(body).containsEntry("touser", "oWx_owner").containsEntry("msgtype", "text")
                .containsEntry("text", Map.of("content", "您好，师傅明天上门。")).containsEntry("reference", "outbound-7")
                .doesNotContainKey("template_id");
    }

    @Test
    void aNoticeIsSentAsATemplateMessage() {
        Map<String, Object> body = wechat.payload(new OutboundChannel.Outgoing(8, ContactChannel.WECHAT,
                MessageKind.WORK_DONE, "oWx_owner", "完工", "请确认", "BX-20261124-0001"));
        assertThat(body).containsEntry("template_id", "tmpl-done-1").doesNotContainKey("msgtype");
    }
}
