package com.estatecare.portal;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.estatecare.support.Api;
import com.estatecare.support.CookieJar;

import tools.jackson.databind.json.JsonMapper;

/**
 * The owner portal as a browser runs it: keeps the session and XSRF-TOKEN
 * cookies and echoes the token, as the portal's script does.
 */
final class PortalBrowser {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private final Api.Caller http;
    private final String language;
    private final CookieJar cookies = new CookieJar(true);

    PortalBrowser(Api api) {
        this(api, "zh-CN");
    }

    PortalBrowser(Api api, String language) {
        this.http = api.anonymous();
        this.language = language;
        get("/actuator/health");
    }

    Api.Response requestCode(String phone) {
        return post("/api/v1/portal/codes", Map.of("phone", phone));
    }

    Api.Response signIn(String phone, String code) {
        return post("/api/v1/portal/session", Map.of("phone", phone, "code", code));
    }

    Api.Response signIn(String phone, String code, long company) {
        return post("/api/v1/portal/session", Map.of("phone", phone, "code", code, "company", company));
    }

    Api.Response get(String path) {
        return send(withCookies(http.builder(path), true));
    }

    Api.Response post(String path, Object body) {
        return post(path, body, true);
    }

    Api.Response post(String path, Object body, boolean echoToken) {
        String json = body instanceof String s ? s : JsonMapper.builder().build().writeValueAsString(body);
        return send(withCookies(http.builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), echoToken));
    }

    HttpRequest.Builder withCookies(HttpRequest.Builder builder, boolean echoToken) {
        return cookies.addTo(builder.header("Accept-Language", language), echoToken);
    }

    Api.Response send(HttpRequest.Builder builder) {
        return cookies.send(http, builder);
    }

    String session() {
        return cookies.session();
    }

    String xsrf() {
        return cookies.xsrf();
    }

    /** The code in a message's text. */
    static String codeIn(String text) {
        Matcher matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no six-digit code in " + text);
        }
        return matcher.group(1);
    }
}
