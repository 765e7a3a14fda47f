package com.estatecare.inbound.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.estatecare.platform.FieldProblem;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an administrator may save as a company's official account (公众号设置, decision 047), checked against what is
 * stored: the token and the EncodingAESKey are written, never read back, so an empty field keeps the stored one and
 * is required only when there is none. Safe mode (安全模式) needs the AppID ({@code wx} and 16 hex digits) and a key
 * of 43 letters and digits (WeChat's alphabet for it); the relay is an http(s) address without user or fragment.
 * Without a mode, the old API's rule holds: an AppID or a key given means safe mode.
 */
final class WechatSettingsRule {

    /** 明文模式 or 安全模式. */
    @Schema(name = "WechatMode")
    enum Mode {
        PLAIN, SAFE
    }

    /** The form as sent; {@code null} or blank is "not given". */
    record Settings(String accountId, String token, Mode mode, String appId, String encodingAesKey, String relayUrl,
            String relayToken) {

        Mode effectiveMode() {
            if (mode != null) {
                return mode;
            }
            return given(appId) || given(encodingAesKey) ? Mode.SAFE : Mode.PLAIN;
        }

        @Override
        public String toString() {
            return "Settings " + accountId + " " + effectiveMode() + " (secrets not shown)";
        }
    }

    /** What the company has stored: whether a token and a key are set. */
    record Stored(boolean tokenSet, boolean keySet) {
        static final Stored NONE = new Stored(false, false);
    }

    static final Pattern APP_ID = Pattern.compile("wx[0-9a-fA-F]{16}");
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
    static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern RELAY_TOKEN = Pattern.compile("[\\x21-\\x7e]{1,200}");
    static final int MAX_RELAY_URL = 500;

    private WechatSettingsRule() {
    }

    /** The fields that cannot be saved, each with its reason; empty when the settings may be saved. */
    static List<FieldProblem> problems(Settings s, Stored stored) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!given(s.accountId())) {
            problems.add(FieldProblem.of("accountId", "required"));
        } else if (!ACCOUNT_ID.matcher(s.accountId()).matches()) {
            problems.add(FieldProblem.of("accountId", "malformed"));
        }
        if (!given(s.token())) {
            if (!stored.tokenSet()) {
                problems.add(FieldProblem.of("token", "required"));
            }
        } else if (!TOKEN.matcher(s.token()).matches()) {
            problems.add(FieldProblem.of("token", "malformed"));
        }
        if (s.effectiveMode() == Mode.SAFE) {
            if (!given(s.appId())) {
                problems.add(FieldProblem.of("appId", "required"));
            } else if (!APP_ID.matcher(s.appId()).matches()) {
                problems.add(FieldProblem.of("appId", "malformed"));
            }
            if (!given(s.encodingAesKey())) {
                if (!stored.keySet()) {
                    problems.add(FieldProblem.of("encodingAesKey", "required"));
                }
            } else if (!WechatEncryption.validKey(s.encodingAesKey())) {
                problems.add(FieldProblem.of("encodingAesKey", "malformed"));
            }
        }
        if (given(s.relayUrl()) && !relayUrl(s.relayUrl())) {
            problems.add(FieldProblem.of("relayUrl", "malformed"));
        }
        if (given(s.relayToken()) && !RELAY_TOKEN.matcher(s.relayToken()).matches()) {
            problems.add(FieldProblem.of("relayToken", "malformed"));
        }
        return problems;
    }

    /** An http or https address with a host, no user name or password, no fragment, at most 500 characters. */
    static boolean relayUrl(String value) {
        if (value.length() > MAX_RELAY_URL) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A key as the screen shows it: its last four characters, the rest hidden. */
    static String masked(String key) {
        if (key == null) {
            return null;
        }
        return key.length() <= 4 ? "****" : "*".repeat(key.length() - 4) + key.substring(key.length() - 4);
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
