package com.estatecare.inbound;

import java.util.List;
import java.util.Map;

/**
 * An administrator saved a company's official-account settings (公众号设置): which fields changed, and the values
 * before and after of those that are not secret (account, mode, AppID, relay address). The token, the
 * EncodingAESKey and the relay's token are named when they were set, never given. Published in the saving
 * transaction, for the audit log.
 */
public record WechatAccountChanged(long companyId, String scopePath, List<String> changed,
        Map<String, String> before, Map<String, String> after) {
}
