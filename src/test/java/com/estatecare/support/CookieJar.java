package com.estatecare.support;

import java.net.http.HttpRequest;
import java.util.List;

/**
 * The two cookies a browser keeps for the application, JSESSIONID and
 * XSRF-TOKEN: sends them with each request, echoes the token in the
 * X-XSRF-TOKEN header when the page's script would, and takes the new values
 * from each answer's Set-Cookie headers.
 */
public final class CookieJar {

    private final boolean forgetsEmptied;
    private String session;
    private String xsrf;

    /**
     * @param forgetsEmptied whether a cookie set to the empty value is dropped
     *        (as a browser does) rather than kept at its last value
     */
    public CookieJar(boolean forgetsEmptied) {
        this.forgetsEmptied = forgetsEmptied;
    }

    public String session() {
        return session;
    }

    public String xsrf() {
        return xsrf;
    }

    /** Adds the cookies to {@code builder}, and the token header when {@code echoToken}. */
    public HttpRequest.Builder addTo(HttpRequest.Builder builder, boolean echoToken) {
        StringBuilder cookies = new StringBuilder();
        if (session != null) {
            cookies.append("JSESSIONID=").append(session).append("; ");
        }
        if (xsrf != null) {
            cookies.append("XSRF-TOKEN=").append(xsrf);
            if (echoToken) {
                builder.header("X-XSRF-TOKEN", xsrf);
            }
        }
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.toString());
        }
        return builder;
    }

    /** Sends the request through {@code http} and keeps the cookies the answer sets. */
    public Api.Response send(Api.Caller http, HttpRequest.Builder builder) {
        Api.Response response = http.send(builder);
        for (String cookie : response.headers().getOrDefault("set-cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (name.equals("JSESSIONID")) {
                session = kept(session, value);
            }
            if (name.equals("XSRF-TOKEN")) {
                xsrf = kept(xsrf, value);
            }
        }
        return response;
    }

    private String kept(String old, String value) {
        if (!value.isEmpty()) {
            return value;
        }
        return forgetsEmptied ? null : old;
    }
}
