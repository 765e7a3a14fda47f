package com.estatecare.notifications.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

/**
 * Text and WeChat template messages through an HTTP gateway (the provider's API, or a company's own relay):
 * one JSON POST per message with a bearer token and an {@code Idempotency-Key}, the same on every attempt;
 * any 2xx answer is accepted, anything else (or no answer in time) is a failure the outbox retries.
 * <p>
 * SMS: {@code {"to", "text", "reference"}}. WeChat: the official account's template message,
 * {@code {"touser", "template_id", "data": {"first", "keyword1", "keyword2", "remark"}, "reference"}}, the
 * template id configured per message kind; a staff member's reply is a customer-service message (客服消息),
 * {@code {"touser", "msgtype": "text", "text": {"content"}, "reference"}} (decision 047).
 */
class GatewayChannel implements OutboundChannel {

    private final ContactChannel channel;
    private final OutboundProperties.Endpoint endpoint;
    private final HttpClient http;
    private final java.time.Duration timeout;
    private final ObjectMapper json;

    GatewayChannel(ContactChannel channel, OutboundProperties.Endpoint endpoint, OutboundProperties.Gateway gateway,
            ObjectMapper json) {
        this.channel = channel;
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(gateway.connectTimeout()).build();
        this.timeout = gateway.timeout();
        this.json = json;
    }

    @Override
    public ContactChannel channel() {
        return channel;
    }

    @Override
    public void send(Outgoing message) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", message.reference())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload(message))));
        if (endpoint.token() != null && !endpoint.token().isBlank()) {
            request.header("Authorization", "Bearer " + endpoint.token());
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new GatewayRefused(channel + " gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayRefused(channel + " gateway: interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new GatewayRefused(channel + " gateway answered HTTP " + response.statusCode(), null);
        }
    }

    Map<String, Object> payload(Outgoing message) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (channel == ContactChannel.WECHAT && message.kind() == MessageKind.WECHAT_REPLY) {
            // a customer-service message (客服消息) in WeChat's own shape, within the 48-hour window
            body.put("touser", message.recipient());
            body.put("msgtype", "text");
            body.put("text", Map.of("content", message.body()));
        } else if (channel == ContactChannel.WECHAT) {
            body.put("touser", message.recipient());
            Map<String, String> templates = endpoint.templates() == null ? Map.of() : endpoint.templates();
            body.put("template_id", templates.getOrDefault(message.kind().name(), message.kind().name()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("first", Map.of("value", message.subject()));
            data.put("keyword1", Map.of("value", message.number() == null ? "" : message.number()));
            data.put("keyword2", Map.of("value", message.kind().name()));
            data.put("remark", Map.of("value", message.body()));
            body.put("data", data);
        } else {
            body.put("to", message.recipient());
            body.put("text", message.body());
        }
        body.put("reference", message.reference());
        return body;
    }

    /** The gateway did not take the message (its status or the network's failure; never the recipient). */
    static final class GatewayRefused extends RuntimeException {
        GatewayRefused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
