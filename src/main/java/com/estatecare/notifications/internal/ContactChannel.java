package com.estatecare.notifications.internal;

/** The ways out to an owner: e-mail over SMTP, a text message and a WeChat template message through the gateway. */
enum ContactChannel {
    EMAIL, SMS, WECHAT
}
