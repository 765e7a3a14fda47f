package com.estatecare.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A text and WeChat gateway on the loopback (the JDK's HTTP server): keeps what it was posted, per path, and
 * answers with the status the test sets (200, or 503 for a gateway that is down).
 */
final class LocalGateway implements AutoCloseable {

    /** One POST as the gateway received it. */
    record Received(String path, String body, String idempotencyKey, String authorization) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    private final HttpServer server;

    LocalGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int answer = status.get();
            if (answer == 200) {
                received.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8),
                        exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        exchange.getRequestHeaders().getFirst("Authorization")));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> to(String path, String containing) {
        return received.stream().filter(r -> r.path().equals(path) && r.body().contains(containing)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
