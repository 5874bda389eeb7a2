package com.claimdesk.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries shipped as Maven artifacts, with its data kept in a folder
 * of ours. Used when no external database is configured, and by the tests.
 *
 * <p>It is run as durably as any PostgreSQL (the embedded library turns fsync and synchronous commit off),
 * only ClaimDesk gets in (a generated password, see {@link ServerPassword}), a server left running by a
 * killed ClaimDesk is stopped before a new one starts ({@link LeftoverServer}), and the server stops when the
 * Java process that started it dies, however it dies ({@link Watchdog}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "claimdesk";
    public static final String USER = "postgres";

    /** How hard the server works to keep what it acknowledged. */
    public enum Durability {
        /** Every commit is on disk before it is acknowledged: the only setting for real data. */
        DURABLE,
        /**
         * For throwaway test clusters only: no fsync to the disk, so an operating-system crash could lose
         * data; a crash of PostgreSQL itself still loses nothing acknowledged (commits still wait for their
         * WAL to be written).
         */
        RELAXED_FOR_TESTS
    }

    private final Path directory;
    private final Durability durability;
    private final String password;
    private EmbeddedPostgres server;
    private Watchdog watchdog;
    private boolean running = true;

    private EmbeddedDatabase(Path directory, Durability durability, String password, EmbeddedPostgres server) {
        this.directory = directory;
        this.durability = durability;
        this.password = password;
        this.server = server;
    }

    /** Starts a durable server on a free port over {@code directory}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path directory) throws StartFailure {
        return start(directory, Durability.DURABLE);
    }

    public static EmbeddedDatabase start(Path directory, Durability durability) throws StartFailure {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartFailure("Cannot create the database folder " + directory + ": " + e.getMessage(), e);
        }
        LeftoverServer.stopIfAny(directory);
        ServerPassword password = ServerPassword.in(directory);
        EmbeddedDatabase database = new EmbeddedDatabase(directory, durability, password.value(),
                launch(directory, durability, password, 0));
        database.afterLaunch(password);
        database.createApplicationDatabase();
        Log.infof("Embedded PostgreSQL listening on port %d, data in %s", database.port(), directory);
        return database;
    }

    /** Starts the server again on its folder and port, as after a crash (the fault tests use it). */
    public void restart() throws StartFailure {
        int port = server.getPort();
        close();
        LeftoverServer.stopIfAny(directory);
        ServerPassword kept = ServerPassword.in(directory);
        server = launch(directory, durability, kept, port);
        afterLaunch(kept);
        running = true;
    }

    /** Stops the server, keeping its data, so that a test can see the application without its database. */
    public void stop() {
        close();
    }

    private static EmbeddedPostgres launch(Path directory, Durability durability, ServerPassword password, int port)
            throws StartFailure {
        try {
            // The data stays where it is: ClaimDesk's folder across restarts, a test's temporary folder until
            // the test resource removes it.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // The library starts the server with -F (no fsync) and synchronous_commit off; these come
                    // after -F on the command line and so win.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", durability == Durability.DURABLE ? "on" : "off")
                    .setServerConfig("full_page_writes", durability == Durability.DURABLE ? "on" : "off");
            if (password.established()) {
                builder.setConnectConfig("password", password.value());
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IllegalStateException e) {
            // Zonky locks the data folder; a second server on it would corrupt the cluster.
            throw new StartFailure("The database folder " + directory
                    + " is in use by another ClaimDesk; stop it first or set CLAIMDESK_DATA_DIR to another folder.", e);
        } catch (IOException e) {
            throw new StartFailure("The embedded PostgreSQL did not start in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Locks the server to our password (on a new or older cluster) and ties its life to this process. */
    private void afterLaunch(ServerPassword password) throws StartFailure {
        try (Connection connection = connect("postgres")) {
            password.establish(connection);
        } catch (SQLException | IOException e) {
            throw new StartFailure("Cannot set the embedded PostgreSQL's password in " + directory + ": "
                    + e.getMessage(), e);
        }
        watchdog = Watchdog.guard(LeftoverServer.postmasterPid(directory).orElseThrow(
                () -> new StartFailure("The embedded PostgreSQL in " + directory + " started but wrote no postmaster.pid",
                        null)));
    }

    private void createApplicationDatabase() throws StartFailure {
        try (var connection = connect("postgres");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new StartFailure("Cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getPort();
    }

    public Path directory() {
        return directory;
    }

    /** The generated password of the server's only account, kept in its folder. */
    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** A connection to the application database, as the server's account. */
    public Connection connect() throws SQLException {
        return connect(DATABASE);
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Points Quarkus at this server through system properties, which it reads when it starts. */
    public void exportDatasourceSettings() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", password);
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        // The watchdog goes first: it must not signal a server that is already stopping, or a process that
        // took its number later.
        if (watchdog != null) {
            watchdog.dismiss();
        }
        try {
            server.close();
        } catch (IOException e) {
            Log.warnf("The embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        }
    }

    /** Why the embedded database could not start, in one line a person can act on. */
    public static final class StartFailure extends Exception {
        StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
