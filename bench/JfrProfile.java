import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of the application (bench/run.sh with APP_JAVA_OPTS=-XX:StartFlightRecording=...) and
 * prints where the sampled CPU went: per thread group, per framework (inclusive: a sample counts for every
 * framework on its stack), the methods with the most samples on top of the stack (self) and anywhere on it
 * (inclusive), and the CPU load per thread group from jdk.ThreadCPULoad.
 *
 * <pre>
 * java bench/JfrProfile.java app.jfr [--threads http-nio] [--under com.estatecare.requests.Requests.register]
 *                                    [--from 2026-11-25T20:40:00Z --to ...] [--top 40]
 *                                    [--collapsed stacks.txt]   (one line per stack, root first: "a;b;c count")
 * </pre>
 */
public class JfrProfile {

    private static final Map<String, String> FRAMEWORKS = new LinkedHashMap<>();
    static {
        FRAMEWORKS.put("org.hibernate.", "Hibernate");
        FRAMEWORKS.put("org.springframework.security.", "Spring Security");
        FRAMEWORKS.put("org.springframework.modulith.", "Spring Modulith");
        FRAMEWORKS.put("org.springframework.transaction.", "Spring transactions");
        FRAMEWORKS.put("org.springframework.orm.", "Spring transactions");
        FRAMEWORKS.put("org.springframework.jdbc.", "Spring JDBC");
        FRAMEWORKS.put("org.springframework.data.", "Spring Data");
        FRAMEWORKS.put("org.springframework.web.", "Spring MVC");
        FRAMEWORKS.put("org.springframework.context.event.", "event multicaster");
        FRAMEWORKS.put("org.springframework.aop.", "Spring AOP");
        FRAMEWORKS.put("org.springframework.validation.", "validation");
        FRAMEWORKS.put("org.hibernate.validator.", "validation");
        FRAMEWORKS.put("org.apache.catalina.", "Tomcat");
        FRAMEWORKS.put("org.apache.coyote.", "Tomcat");
        FRAMEWORKS.put("org.apache.tomcat.", "Tomcat");
        FRAMEWORKS.put("tools.jackson.", "Jackson");
        FRAMEWORKS.put("com.fasterxml.jackson.", "Jackson");
        FRAMEWORKS.put("org.postgresql.", "pgjdbc");
        FRAMEWORKS.put("com.zaxxer.hikari.", "Hikari");
        FRAMEWORKS.put("io.micrometer.", "Micrometer");
        FRAMEWORKS.put("com.estatecare.", "EstateCare");
        FRAMEWORKS.put("java.lang.Throwable.", "exceptions");
        FRAMEWORKS.put("ch.qos.logback.", "logging");
        FRAMEWORKS.put("org.slf4j.", "logging");
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        String threads = null;
        String under = null;
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        int top = 40;
        Path collapsed = null;
        for (int i = 1; i < args.length; i += 2) {
            switch (args[i]) {
                case "--threads" -> threads = args[i + 1];
                case "--under" -> under = args[i + 1];
                case "--from" -> from = Instant.parse(args[i + 1]);
                case "--to" -> to = Instant.parse(args[i + 1]);
                case "--top" -> top = Integer.parseInt(args[i + 1]);
                case "--collapsed" -> collapsed = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byFramework = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> selfFramework = new HashMap<>();
        Map<String, double[]> cpu = new HashMap<>();
        Map<String, Integer> other = new HashMap<>();
        Map<String, Integer> stacks = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                Instant at = e.getStartTime();
                if (at.isBefore(from) || at.isAfter(to)) {
                    continue;
                }
                String type = e.getEventType().getName();
                if (type.equals("jdk.ThreadCPULoad")) {
                    String group = group(e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName());
                    double[] sum = cpu.computeIfAbsent(group, g -> new double[2]);
                    sum[0] += e.getFloat("user") + e.getFloat("system");
                    sum[1]++;
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) {
                    other.merge(type, 1, Integer::sum);
                    continue;
                }
                String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                if (threads != null && (thread == null || !thread.startsWith(threads))) {
                    continue;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : stack.getFrames()) {
                    frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
                }
                String below = under;
                if (below != null && frames.stream().noneMatch(f -> f.startsWith(below))) {
                    continue;
                }
                samples++;
                if (collapsed != null) {
                    List<String> rootFirst = new ArrayList<>(frames);
                    java.util.Collections.reverse(rootFirst);
                    stacks.merge(String.join(";", rootFirst), 1, Integer::sum);
                }
                byThread.merge(group(thread), 1, Integer::sum);
                if (!frames.isEmpty()) {
                    self.merge(frames.get(0), 1, Integer::sum);
                    selfFramework.merge(framework(frames.get(0)), 1, Integer::sum);
                }
                Set<String> seenFrameworks = new HashSet<>();
                Set<String> seenMethods = new HashSet<>();
                for (String f : frames) {
                    seenFrameworks.add(framework(f));
                    seenMethods.add(f);
                }
                seenFrameworks.forEach(fw -> byFramework.merge(fw, 1, Integer::sum));
                seenMethods.forEach(m -> inclusive.merge(m, 1, Integer::sum));
            }
        }
        if (collapsed != null) {
            List<String> lines = new ArrayList<>();
            stacks.forEach((stack, n) -> lines.add(stack + " " + n));
            java.nio.file.Files.write(collapsed, lines);
        }
        System.out.printf("%d execution samples%s%s%n", samples, threads == null ? "" : " of threads " + threads + "*",
                under == null ? "" : " under " + under);
        print("thread groups (samples)", byThread, samples, top);
        print("frameworks anywhere on the stack (inclusive)", byFramework, samples, top);
        print("framework of the top frame (self)", selfFramework, samples, top);
        print("methods on top of the stack (self)", self, samples, top);
        print("methods anywhere on the stack (inclusive)", inclusive, samples, top);
        System.out.println("\nthread CPU load (jdk.ThreadCPULoad, mean share of the machine per thread group, summed over threads):");
        cpu.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(en -> System.out.printf("  %-40s %8.1f%n", en.getKey(), en.getValue()[0]));
    }

    private static String group(String thread) {
        if (thread == null) {
            return "?";
        }
        return thread.replaceAll("[-#]?\\d+$", "").replaceAll("-\\d+-", "-N-");
    }

    private static String framework(String frame) {
        String best = null;
        String name = "other";
        for (var en : FRAMEWORKS.entrySet()) {
            if (frame.startsWith(en.getKey()) && (best == null || en.getKey().length() > best.length())) {
                best = en.getKey();
                name = en.getValue();
            }
        }
        if (best == null && (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun."))) {
            return "JDK";
        }
        return name;
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
                .forEach(en -> System.out.printf("  %6.1f %%  %6d  %s%n", 100.0 * en.getValue() / Math.max(1, total),
                        en.getValue(), en.getKey()));
    }
}
