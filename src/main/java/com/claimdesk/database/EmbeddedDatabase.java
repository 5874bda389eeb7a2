package com.claimdesk.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

import io.quarkus.logging.Log;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the binaries shipped as Maven artifacts, with its data kept in a folder
 * of ours. Used when no external database is configured, and by the tests.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "claimdesk";
    public static final String USER = "postgres";

    private final Path directory;
    private EmbeddedPostgres server;
    private boolean running = true;

    private EmbeddedDatabase(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
    }

    /** Starts a server on a free port over {@code directory}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path directory) throws StartFailure {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartFailure("Cannot create the database folder " + directory + ": " + e.getMessage(), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(directory, launch(directory, 0));
        database.createApplicationDatabase();
        Log.infof("Embedded PostgreSQL listening on port %d, data in %s", database.port(), directory);
        return database;
    }

    /** Starts the server again on its folder and port, as after a crash (the fault tests use it). */
    public void restart() throws StartFailure {
        int port = server.getPort();
        close();
        server = launch(directory, port);
        running = true;
    }

    /** Stops the server, keeping its data, so that a test can see the application without its database. */
    public void stop() {
        close();
    }

    private static EmbeddedPostgres launch(Path directory, int port) throws StartFailure {
        try {
            // The data stays where it is: ClaimDesk's folder across restarts, a test's temporary folder until
            // the test resource removes it.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
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

    private void createApplicationDatabase() throws StartFailure {
        try (var connection = server.getPostgresDatabase().getConnection();
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

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    /** Points Quarkus at this server through system properties, which it reads when it starts. */
    public void exportDatasourceSettings() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl());
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
    }

    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
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
