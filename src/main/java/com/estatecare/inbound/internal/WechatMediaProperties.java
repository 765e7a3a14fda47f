package com.estatecare.inbound.internal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.estatecare.platform.RetryPolicy;

/**
 * {@code estatecare.inbound.wechat.media.*}: the default relay the media of image and voice messages are fetched
 * through by their MediaId (docs/channels-in.md) — a company's own relay, set on its 公众号设置 screen, comes first
 * (decision 047). A relay holds the official account's access token and answers
 * {@code GET <url>?account=<gh_…>&media_id=<MediaId>} with the file (WeChat's 获取临时素材), with a bearer token.
 * Also the largest file taken, the timeouts, and the retries of a relay that did not answer: after the n-th failed
 * attempt the next waits {@code firstRetry × 2^(n−1)}, at most {@code maxRetryDelay}; after {@code maxAttempts} the
 * download is given up (listed for administrators, who may try again). Without any relay no media is fetched.
 */
@ConfigurationProperties("estatecare.inbound.wechat.media")
record WechatMediaProperties(URI url, String token, @DefaultValue("10485760") long maxBytes,
        @DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT20S") Duration timeout,
        @DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT2H") Duration maxRetryDelay, @DefaultValue("20") int batch) {

    boolean configured() {
        return url != null;
    }

    RetryPolicy retry() {
        return new RetryPolicy(maxAttempts, firstRetry, maxRetryDelay);
    }
}
