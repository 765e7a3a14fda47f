/**
 * The owner portal's sign-in 业主登录: an owner asks for a one-time code for
 * their phone number, receives it through the notification channel, and signs
 * in with it to their owner account (created at the first sign-in). Codes are
 * stored hashed, expire, are single use and die after a few wrong attempts;
 * asking for codes is rate-limited per phone and per client address, and
 * failed sign-ins are counted by the organisation's sign-in throttle.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Owner portal sign-in")
package com.estatecare.portal;
