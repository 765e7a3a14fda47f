package com.estatecare.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * One browser of the workbench over plain HTTP: its cookies, and the XSRF token echoed as the page's script does —
 * for tests of the sign-in's steps, which HTTP Basic and tokens skip.
 */
public final class StaffBrowser {

    private final CookieJar jar = new CookieJar(true);
    private final Api.Caller anonymous;

    public StaffBrowser(Api api) {
        this.anonymous = api.anonymous();
        jar.send(anonymous, anonymous.builder("/actuator/health"));
    }

    /** The workbench's sign-in form: 204 signed in, 200 with {@code secondFactor} when a second step follows. */
    public Api.Response signIn(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return jar.send(anonymous, jar.addTo(anonymous.builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true));
    }

    public Api.Response get(String path) {
        return jar.send(anonymous, jar.addTo(anonymous.builder(path), false));
    }

    public Api.Response post(String path, String json) {
        return jar.send(anonymous, jar.addTo(anonymous.builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), true));
    }

    public Api.Response english(String path, String json) {
        return jar.send(anonymous, jar.addTo(anonymous.builder(path).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(json)), true));
    }

    public Api.Response delete(String path) {
        return jar.send(anonymous, jar.addTo(anonymous.builder(path).DELETE(), true));
    }
}
