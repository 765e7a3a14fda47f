package com.estatecare.notifications.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The channel each message leaves by: the configured SMTP server or gateway, else the development sink where it
 * is switched on (demo profile), else none: then nothing is queued for that channel.
 */
@Component
class Channels {

    private final Map<ContactChannel, OutboundChannel> configured = new EnumMap<>(ContactChannel.class);
    private final DevelopmentSink sink;

    Channels(List<OutboundChannel> channels, ObjectProvider<DevelopmentSink> sink) {
        channels.forEach(channel -> configured.put(channel.channel(), channel));
        this.sink = sink.getIfAvailable();
    }

    boolean available(ContactChannel channel) {
        return configured.containsKey(channel) || sink != null;
    }

    Optional<OutboundChannel> of(ContactChannel channel) {
        OutboundChannel found = configured.get(channel);
        if (found == null && sink != null) {
            return Optional.of(new OutboundChannel() {
                @Override
                public ContactChannel channel() {
                    return channel;
                }

                @Override
                public void send(Outgoing message) {
                    sink.send(message);
                }
            });
        }
        return Optional.ofNullable(found);
    }
}
