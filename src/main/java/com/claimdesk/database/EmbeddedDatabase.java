package com.claimdesk.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final EmbeddedPostgres server;

    private EmbeddedDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts a server on a free port over {@code directory}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path directory) throws StartFailure {
        return start(directory, false);
    }

    /** Starts a server on a fresh, empty cluster that is deleted when it stops. */
    public static EmbeddedDatabase startThrowaway(Path directory) throws StartFailure {
        return start(directory, true);
    }

    private static EmbeddedDatabase start(Path directory, boolean throwaway) throws StartFailure {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartFailure("Cannot create the database folder " + directory + ": " + e.getMessage(), e);
        }
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwaway)
                    .setRegisterShutdownHook(throwaway)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IllegalStateException e) {
            // Zonky locks the data folder; a second server on it would corrupt the cluster.
            throw new StartFailure("The database folder " + directory
                    + " is in use by another ClaimDesk; stop it first or set CLAIMDESK_DATA_DIR to another folder.", e);
        } catch (IOException e) {
            throw new StartFailure("The embedded PostgreSQL did not start in " + directory + ": " + e.getMessage(), e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(server);
        database.createApplicationDatabase();
        Log.infof("Embedded PostgreSQL listening on port %d, data in %s", server.getPort(), directory);
        return database;
    }

    private void createApplicationDatabase() throws StartFailure {
        try (var connection = server.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        } catch (java.sql.SQLException e) {
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
