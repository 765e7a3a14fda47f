package com.estatecare.inbound;

import java.time.Duration;

/**
 * How the WeChat official-account callback (微信公众号消息接入) is checked and answered: a callback whose
 * {@code timestamp} lies further than {@code replayWindow} from the server's clock is refused as a replay, whatever
 * its signature; staff may answer an owner by customer-service message (客服消息) only within {@code replyWindow}
 * of the owner's last message to the account (WeChat's own limit is 48 hours; after it, a template message).
 */
public record WechatInPolicy(Duration replayWindow, Duration replyWindow) {

    /** WeChat refuses customer-service messages later than this after the user's last message. */
    public static final Duration WECHAT_REPLY_LIMIT = Duration.ofHours(48);

    /** A version stored before the reply window existed reads with WeChat's 48 hours. */
    public WechatInPolicy {
        if (replyWindow == null) {
            replyWindow = WECHAT_REPLY_LIMIT;
        }
    }

    /** Five minutes: WeChat calls at once and retries within seconds (three times, five seconds apart). */
    public static WechatInPolicy defaults() {
        return new WechatInPolicy(Duration.ofMinutes(5), WECHAT_REPLY_LIMIT);
    }
}
