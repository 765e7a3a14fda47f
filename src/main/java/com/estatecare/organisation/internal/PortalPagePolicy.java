package com.estatecare.organisation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * The Content-Security-Policy of the owner portal's page: the build writes the portal's script, its styles and
 * its early calls into the page itself ({@code frontend/vite.config.ts}, {@code portalInPage}), so that a phone
 * needs one round trip for the first screen. Those inline scripts and styles, and no others, are allowed by
 * their SHA-256, read from the very page the application serves — never {@code 'unsafe-inline'}.
 */
final class PortalPagePolicy {

    private static final Pattern SCRIPT = Pattern.compile("<script(?:\\s[^>]*)?>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern STYLE = Pattern.compile("<style(?:\\s[^>]*)?>(.*?)</style>", Pattern.DOTALL);

    private PortalPagePolicy() {
    }

    /** The policy for the page: {@code base} with the page's inline scripts and styles allowed by their hashes. */
    static String of(String base, Resource page) {
        if (!page.isReadable()) {
            return base; // a build without the front end (-Dfrontend.skip)
        }
        try (InputStream in = page.getInputStream()) {
            return of(base, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the portal's page cannot be read", e);
        }
    }

    static String of(String base, String html) {
        List<String> scripts = hashes(SCRIPT, html);
        List<String> styles = hashes(STYLE, html);
        StringBuilder policy = new StringBuilder(base);
        if (!scripts.isEmpty()) {
            policy.append("; script-src 'self' ").append(String.join(" ", scripts));
        }
        if (!styles.isEmpty()) {
            policy.append("; style-src 'self' ").append(String.join(" ", styles));
        }
        return policy.toString();
    }

    private static List<String> hashes(Pattern element, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = element.matcher(html);
        while (matcher.find()) {
            if (!matcher.group(1).isEmpty()) {
                found.add("'sha256-" + sha256(matcher.group(1)) + "'");
            }
        }
        return found;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
