package com.estatecare.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as an API client would:
 * each demo user signs in once with HTTP Basic and then uses a personal access
 * token.
 */
public class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(Environment environment) {
        this.environment = environment;
    }

    public Caller as(String username) {
        return new Caller(this, "Bearer " + tokens.computeIfAbsent(username, this::issueToken), Map.of());
    }

    /**
     * The demo home of a portal account ({@code owner}, {@code hz-owner}): the first unit it was given, since
     * other tests give the same owner new units (not handed over) that the list shows first.
     */
    public long homeOf(String owner) {
        return as(owner).get("/api/v1/units?limit=200").json().get("items").valueStream()
                .mapToLong(u -> u.get("id").asLong()).min().orElseThrow();
    }

    public Caller basic(String username, String password) {
        return new Caller(this, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    public Caller anonymous() {
        return new Caller(this, null, Map.of());
    }

    private String issueToken(String username) {
        Response response = basic(username, "demo").post("/api/v1/me/tokens", Map.of("name", "tests"));
        if (response.status() != 201) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + response.body());
        }
        return response.json().get("token").asString();
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + environment.getProperty("local.server.port") + path;
    }

    /** One caller's view of the API, with its credentials and extra headers. */
    public record Caller(Api api, String authorization, Map<String, String> headers) {

        public Caller header(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Caller(api, authorization, copy);
        }

        public Caller english() {
            return header("Accept-Language", "en");
        }

        public Response get(String path) {
            return send(builder(path).GET());
        }

        public Response get(String path, Map<String, ?> query) {
            StringBuilder url = new StringBuilder(path).append(path.contains("?") ? "&" : "?");
            query.forEach((k, v) -> url.append(k).append('=')
                    .append(URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)).append('&'));
            return get(url.substring(0, url.length() - 1));
        }

        public Response post(String path, Object body) {
            return send(builder(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
        }

        public Response put(String path, Object body) {
            return send(builder(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        }

        public Response patch(String path, Object body) {
            return send(builder(path).header("Content-Type", "application/json").method("PATCH",
                    HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
        }

        public Response delete(String path) {
            return send(builder(path).DELETE());
        }

        /** A {@code multipart/form-data} POST with one file in the part {@code file}. */
        public Response multipart(String path, String filename, byte[] content) {
            String boundary = "----estatecare" + Long.toHexString(System.nanoTime());
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))));
        }

        public Response send(HttpRequest.Builder builder) {
            try {
                HttpResponse<String> response = api.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body(), response.headers().map());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public HttpRequest.Builder builder(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api.url(path)));
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            headers.forEach(builder::header);
            return builder;
        }
    }

    /** What came back. */
    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
