package com.estatecare.inbound.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code estatecare.inbound.wechat.media.*}: where the media of image and voice messages are fetched by their
 * MediaId (docs/channels-in.md) — the company's WeChat relay, which holds the official account's access token and
 * answers {@code GET <url>?account=<gh_…>&media_id=<MediaId>} with the file (WeChat's 获取临时素材), with a bearer
 * token; the largest file taken, and the timeouts. Without a URL no media is fetched (the MediaId is kept).
 */
@ConfigurationProperties("estatecare.inbound.wechat.media")
record WechatMediaProperties(URI url, String token, @DefaultValue("10485760") long maxBytes,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT20S") Duration timeout) {

    boolean configured() {
        return url != null;
    }
}
