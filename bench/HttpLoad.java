import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator for bench/run.sh, run as a single source file:
 *
 * <pre>
 * java bench/HttpLoad.java --url http://127.0.0.1:8080/api/v1/requests --token ect_... \
 *      [--body '{"kind":"REPAIR",...}'] [--concurrency 8] [--seconds 20] [--expect 201]
 * </pre>
 *
 * With --body it POSTs JSON, otherwise it GETs. N threads each send one request at a time
 * until the deadline, each on its own kept-alive connection (a plain socket, see {@link Connection});
 * every latency is kept (no sampling) and sorted at the end. Prints one line of key=value pairs:
 * requests, errors, throughput (req/s), p50, p90, p99, max (ms).
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI url = URI.create(a.get("url"));
        String token = a.get("token");
        String body = a.get("body");
        int concurrency = Integer.parseInt(a.getOrDefault("concurrency", "1"));
        double seconds = Double.parseDouble(a.getOrDefault("seconds", "20"));
        int expect = Integer.parseInt(a.getOrDefault("expect", body == null ? "200" : "201"));

        byte[] request = request(url, token, body);
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] counts = new int[concurrency];
        String[] firstError = new String[1];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        long[] window = new long[2];
        for (int t = 0; t < concurrency; t++) {
            long[] latencies = new long[1 << 20];
            perThread.add(latencies);
            int index = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long deadline = window[1];
                    int n = 0;
                    long[] lat = latencies;
                    Connection connection = null;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            if (connection == null) {
                                connection = new Connection(url);
                            }
                            Response response = connection.exchange(request);
                            if (response.close()) {
                                connection.close();
                                connection = null;
                            }
                            if (response.status() != expect) {
                                if (errors.getAndIncrement() == 0) {
                                    firstError[0] = response.status() + " " + response.body();
                                }
                                continue;
                            }
                        } catch (Exception e) {
                            if (connection != null) {
                                connection.close();
                                connection = null;
                            }
                            if (errors.getAndIncrement() == 0) {
                                firstError[0] = e.toString();
                            }
                            continue;
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                            perThread.set(index, lat);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    }
                    counts[index] = n;
                    if (connection != null) {
                        connection.close();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            thread.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + (long) (seconds * 1e9);
        start.countDown();
        done.await();
        double elapsed = (System.nanoTime() - window[0]) / 1e9;

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        System.out.printf(java.util.Locale.ROOT,
                "concurrency=%d seconds=%.1f requests=%d errors=%d throughput=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f%n",
                concurrency, elapsed, total, errors.get(), total / elapsed, ms(all, 0.50), ms(all, 0.90),
                ms(all, 0.99), total == 0 ? 0.0 : all[total - 1] / 1e6);
        if (firstError[0] != null) {
            System.err.println("first error: " + firstError[0]);
        }
    }

    /** The request's bytes, sent as they are on every call: HTTP/1.1, keep-alive. */
    private static byte[] request(URI url, String token, String body) {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(body == null ? "GET " : "POST ").append(url.getRawPath())
                .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(url.getHost()).append(':').append(url.getPort()).append("\r\n")
                .append("Authorization: Bearer ").append(token).append("\r\n")
                .append("Accept: application/json\r\n");
        if (body != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(payload.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(start, start.length + payload.length);
        System.arraycopy(payload, 0, all, start.length, payload.length);
        return all;
    }

    record Response(int status, String body, boolean close) {
    }

    /**
     * One kept-alive connection: writes a request and reads the whole response (status line, headers, a body
     * of Content-Length bytes or chunked). A plain socket keeps the load generator's own CPU small: it shares
     * the machine's cores with the application and PostgreSQL (pgbench, the reference, is a light C program).
     */
    static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(URI url) throws IOException {
            socket = new Socket(url.getHost(), url.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }

        Response exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    copy(size, body);
                    line();
                }
                while (!line().isEmpty()) { // trailers
                }
            } else if (length > 0) {
                copy(length, body);
            }
            return new Response(code, body.toString(StandardCharsets.UTF_8), close);
        }

        private void copy(long n, ByteArrayOutputStream to) throws IOException {
            byte[] buffer = new byte[8192];
            while (n > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, n));
                if (read < 0) {
                    throw new EOFException("connection closed in a response body");
                }
                to.write(buffer, 0, read);
                n -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0.0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
