package com.estatecare.webhooks.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which URLs a webhook may be delivered to (no server-side request forgery): http or https with a host and no
 * user information; unless private targets are allowed (development, tests), not an address on the loopback, the
 * local network, link-local (cloud metadata), carrier-grade NAT, unique-local IPv6, multicast or the wildcard —
 * checked for every address the host resolves to, when subscribed and again before each delivery.
 */
final class WebhookTargets {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;
    private final Function<String, InetAddress[]> resolver;

    WebhookTargets(boolean allowPrivate) {
        this(allowPrivate, WebhookTargets::resolve);
    }

    WebhookTargets(boolean allowPrivate, Function<String, InetAddress[]> resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why {@code url} is refused (a field reason code), or empty when it may be used. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            return Optional.of("malformed");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("webhook-scheme");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("malformed");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        InetAddress[] addresses = resolver.apply(uri.getHost());
        if (addresses == null || addresses.length == 0) {
            return Optional.of("webhook-unresolvable");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of("webhook-private-target");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            // fc00::/7 unique local; ::ffff:a.b.c.d is judged as the IPv4 address it maps
            return (b[0] & 0xfe) == 0xfc;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second & 0xfe) == 18)
                || first >= 240;
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return new InetAddress[0];
        }
    }
}
