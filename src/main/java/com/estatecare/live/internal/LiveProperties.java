package com.estatecare.live.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live stream's bounds ({@code estatecare.live.*}).
 *
 * @param batchInterval how long changes are collected before they go out in one {@code pg_notify}
 * @param heartbeat     how often an idle stream gets a comment (keeps proxies from closing it)
 * @param timeout       how long one stream lasts before the server ends it (the browser reconnects)
 * @param maxPerUser    streams one account may hold open on one instance (tabs, devices)
 * @param maxTotal      streams one instance holds open in all
 * @param clientQueue   changes waiting for one slow client; beyond this it is told to reload
 * @param pending       changes waiting to be published on this instance; beyond this everyone reloads
 * @param senders       threads that write to the clients
 */
@ConfigurationProperties("estatecare.live")
record LiveProperties(@DefaultValue("PT0.2S") Duration batchInterval, @DefaultValue("PT20S") Duration heartbeat,
        @DefaultValue("PT15M") Duration timeout, @DefaultValue("5") int maxPerUser,
        @DefaultValue("2000") int maxTotal, @DefaultValue("100") int clientQueue,
        @DefaultValue("20000") int pending, @DefaultValue("4") int senders) {
}
