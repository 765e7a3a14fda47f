package com.estatecare.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.estatecare.support.Api;

/** A browser signed in with the session cookie (and the XSRF token echoed, as the workbench's script does). */
record SessionBrowser(String session, String xsrf) {

    static SessionBrowser signIn(Api api, String username) {
        Api.Response first = api.anonymous().get("/actuator/health");
        String xsrf = cookie(first, "XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        Api.Response signIn = api.anonymous().send(api.anonymous().builder("/api/v1/session")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .header("Cookie", "XSRF-TOKEN=" + xsrf).POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(204);
        return new SessionBrowser(cookie(signIn, "JSESSIONID"), xsrf);
    }

    String cookies() {
        return "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf;
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
