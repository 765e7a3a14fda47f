import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * until the deadline; every latency is kept (no sampling) and sorted at the end. Prints one
 * line of key=value pairs: requests, errors, throughput (req/s), p50, p90, p99, max (ms).
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

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder base = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        HttpRequest request = body == null ? base.GET().build()
                : base.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();

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
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != expect) {
                                if (errors.getAndIncrement() == 0) {
                                    firstError[0] = response.statusCode() + " " + response.body();
                                }
                                continue;
                            }
                        } catch (Exception e) {
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

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0.0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
