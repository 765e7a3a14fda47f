package com.estatecare.inbound;

import java.time.Duration;

/**
 * How the WeChat official-account callback (微信公众号消息接入) is checked: a callback whose {@code timestamp} lies
 * further than {@code replayWindow} from the server's clock is refused as a replay, whatever its signature.
 */
public record WechatInPolicy(Duration replayWindow) {

    /** Five minutes: WeChat calls at once and retries within seconds (three times, five seconds apart). */
    public static WechatInPolicy defaults() {
        return new WechatInPolicy(Duration.ofMinutes(5));
    }
}
