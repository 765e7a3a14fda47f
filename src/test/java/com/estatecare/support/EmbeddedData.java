package com.estatecare.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/** The first-start default's data folder ({@code ./data}): its PostgreSQL cluster and the password file. */
public record EmbeddedData(Path home) {

    public Path cluster() {
        return home.resolve("postgresql");
    }

    /** A connection as the server's superuser, on the port its {@code postmaster.pid} names. */
    public Connection connect() throws SQLException {
        try {
            int port = Integer.parseInt(Files.readAllLines(cluster().resolve("postmaster.pid")).get(3).trim());
            String password = Files.readString(home.resolve("postgresql.password")).trim();
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/estatecare", "postgres",
                    password);
        } catch (IOException e) {
            throw new SQLException(e);
        }
    }

    /** SIGKILL of the postmaster, as when the machine loses the application and its server at once. */
    public void killServer() throws Exception {
        assertThat(killServerIfRunning()).as("the embedded server was running").isTrue();
    }

    /** @return whether a server was running */
    public boolean killServerIfRunning() throws Exception {
        Path pid = cluster().resolve("postmaster.pid");
        if (Files.notExists(pid)) {
            return false;
        }
        var postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()));
        if (postmaster.isEmpty()) {
            return false;
        }
        postmaster.get().destroyForcibly();
        postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        return true;
    }
}
