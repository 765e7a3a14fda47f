package com.estatecare.inbound.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The media of a WeChat message by its MediaId, through the company's relay ({@link WechatAccounts.Relay}, its own
 * or the deployment's default, {@link WechatMediaProperties}): one GET with the relay's bearer token; the file is read up to the bound and no further. A file too large, empty, or an
 * answer that is not a file (WeChat answers an unknown or expired MediaId with JSON {@code errcode}) is
 * {@link NotTaken} — fetching again will not help; no answer, or a 5xx, is {@link Unavailable} — it may.
 */
@Component
class WechatMediaGateway {

    /** The gateway's answer will not become an attachment: the reason is kept on the message. */
    static final class NotTaken extends RuntimeException {
        NotTaken(String reason) {
            super(reason);
        }
    }

    /** The gateway could not answer now (its status or the network's failure). */
    static final class Unavailable extends RuntimeException {
        Unavailable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final WechatMediaProperties properties;
    private final HttpClient http;

    WechatMediaGateway(WechatMediaProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The file's bytes, at most the configured bound. */
    byte[] fetch(WechatAccounts.Relay relay, String account, String mediaId) {
        String base = relay.url().toString();
        URI uri = URI.create(base + (base.contains("?") ? "&" : "?") + "account="
                + URLEncoder.encode(account, StandardCharsets.UTF_8) + "&media_id="
                + URLEncoder.encode(mediaId, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.timeout()).GET();
        if (relay.token() != null && !relay.token().isBlank()) {
            request.header("Authorization", "Bearer " + relay.token());
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new Unavailable("media gateway unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("media gateway: interrupted", e);
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status >= 500 || status == 429) {
                throw new Unavailable("media gateway answered HTTP " + status, null);
            }
            if (status / 100 != 2) {
                throw new NotTaken("gateway-" + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json") || type.startsWith("text/")) {
                throw new NotTaken("not-media");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > properties.maxBytes()) {
                throw new NotTaken("too-large");
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, properties.maxBytes() + 1));
            if (bytes.length > properties.maxBytes()) {
                throw new NotTaken("too-large");
            }
            if (bytes.length == 0) {
                throw new NotTaken("empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new Unavailable("media gateway: broken answer " + e.getClass().getSimpleName(), e);
        }
    }
}
