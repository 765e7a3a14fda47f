package com.estatecare.notifications.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.estatecare.platform.PhoneNumber;

/**
 * Which channels reach an owner: every channel they have an address for (an e-mail address, a mobile number,
 * a linked WeChat), unless they opted out of it. Without a choice recorded a channel is on.
 */
final class ChannelChoice {

    /** What the registry knows of how to reach a customer. */
    record Contact(String email, String phone, String wechat) {
    }

    private ChannelChoice() {
    }

    static Set<ContactChannel> channels(Contact contact, Map<ContactChannel, Boolean> choices) {
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        for (ContactChannel channel : ContactChannel.values()) {
            if (address(contact, channel) != null && allowed(channel, choices)) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** Whether the owner still wants this channel: the sender asks again just before sending. */
    static boolean allowed(ContactChannel channel, Map<ContactChannel, Boolean> choices) {
        return !Boolean.FALSE.equals(choices.get(channel));
    }

    /** The owner's address on a channel, or null: text messages go to mainland mobile numbers only. */
    static String address(Contact contact, ContactChannel channel) {
        String address = switch (channel) {
            case EMAIL -> contact.email();
            case SMS -> contact.phone() != null && PhoneNumber.parse(contact.phone()).isMobile() ? contact.phone() : null;
            case WECHAT -> contact.wechat();
        };
        return address == null || address.isBlank() ? null : address.strip();
    }

    /** The address as staff and the log may show it: {@code z***@example.com}, {@code 138****5678}, {@code ******}. */
    static String masked(ContactChannel channel, String address) {
        return switch (channel) {
            case EMAIL -> {
                int at = address.indexOf('@');
                yield at <= 1 ? "***" + address.substring(Math.max(at, 0)) : address.charAt(0) + "***" + address.substring(at);
            }
            case SMS -> PhoneNumber.mask(address);
            case WECHAT -> "******" + (address.length() > 8 ? address.substring(address.length() - 4) : "");
        };
    }
}
