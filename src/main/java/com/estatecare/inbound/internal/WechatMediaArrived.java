package com.estatecare.inbound.internal;

/**
 * An owner's image or voice message went on a request (a new one or their open one) and its media is to be fetched
 * by its MediaId after the callback has answered (WeChat waits five seconds at most). Carries ids only: the owner's
 * account, never their OpenID.
 */
record WechatMediaArrived(long messageId, long companyId, long requestId, long ownerAccountId, String account,
        String mediaId, String messageType) {
}
