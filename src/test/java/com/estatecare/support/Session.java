package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A staff member's browser session, opened the way the workbench's sign-in form opens it ({@code POST
 * /api/v1/session} with the XSRF token echoed): its session cookie and XSRF token, to send from a test's own
 * client or to hand to Chromium ({@link Browser#signedIn}) for a browser test that is about another screen than
 * the sign-in form.
 */
public record Session(String id, String xsrf) {

    public static Session signIn(Api api, String username) {
        return signIn(api, username, "demo");
    }

    /** A session of an account a test made, with its own password. */
    public static Session signIn(Api api, String username, String password) {
        Api.Response first = api.anonymous().get("/actuator/health");
        String xsrf = cookie(first, "XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Api.Response signIn = api.anonymous().send(api.anonymous().builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .header("Cookie", "XSRF-TOKEN=" + xsrf).POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(204);
        return new Session(cookie(signIn, "JSESSIONID"), xsrf);
    }

    public String cookies() {
        return "JSESSIONID=" + id + "; XSRF-TOKEN=" + xsrf;
    }

    private static String cookie(Api.Response response, String name) {
        for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            if (pair.startsWith(name + "=") && pair.length() > name.length() + 1) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " cookie in " + response.headers());
    }
}
