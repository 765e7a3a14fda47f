package com.estatecare.inbound.internal;

/**
 * The media of an image or voice message is due to be fetched (its message row says from where and for what: the
 * owner's request, or the triage item of an unknown sender), at once after the callback has answered (WeChat waits
 * five seconds at most); the sweep tries again later when the relay did not answer. Carries ids only.
 */
record WechatMediaArrived(long messageId, long companyId) {
}
