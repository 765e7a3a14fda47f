package com.estatecare.inbound.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Component;

import com.estatecare.inbound.WechatInPolicy;
import com.estatecare.platform.FieldProblem;
import com.estatecare.policies.PolicyDefinition;

/**
 * The WeChat callback's replay window as a policy (between 30 seconds and 30 minutes) and the window of staff's
 * customer-service replies (between 1 hour and WeChat's own 48 hours).
 */
@Component
class WechatInPolicyDefinition implements PolicyDefinition<WechatInPolicy> {

    @Override
    public String kind() {
        return "wechat-in";
    }

    @Override
    public Class<WechatInPolicy> type() {
        return WechatInPolicy.class;
    }

    @Override
    public WechatInPolicy defaults() {
        return WechatInPolicy.defaults();
    }

    @Override
    public List<FieldProblem> validate(WechatInPolicy policy) {
        Duration window = policy.replayWindow();
        if (window == null) {
            return List.of(FieldProblem.of("replayWindow", "required"));
        }
        if (window.compareTo(Duration.ofSeconds(30)) < 0 || window.compareTo(Duration.ofMinutes(30)) > 0) {
            return List.of(new FieldProblem("replayWindow", "range", new Object[] { "PT30S", "PT30M" }));
        }
        Duration reply = policy.replyWindow();
        if (reply.compareTo(Duration.ofHours(1)) < 0 || reply.compareTo(WechatInPolicy.WECHAT_REPLY_LIMIT) > 0) {
            return List.of(new FieldProblem("replyWindow", "range", new Object[] { "PT1H", "PT48H" }));
        }
        return List.of();
    }
}
