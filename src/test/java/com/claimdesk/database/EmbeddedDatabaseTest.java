package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server the app starts when no external PostgreSQL is configured. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder)) {
            try (var connection = first.connect()) {
                connection.createStatement().execute("create table kept (note text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder);
                var connection = second.connect();
                var rows = connection.createStatement().executeQuery("select note from kept")) {
            assertTrue(rows.next());
            assertEquals("still here", rows.getString(1));
        }
    }

    @Test
    void secondServerOnTheSameFolderFailsWithAOneLineReason() throws Exception {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder)) {
            var failure = assertThrows(EmbeddedDatabase.StartFailure.class, () -> EmbeddedDatabase.start(folder));
            assertTrue(failure.getMessage().contains("in use by another ClaimDesk"), failure.getMessage());
            assertTrue(failure.getMessage().lines().count() == 1, "one line: " + failure.getMessage());
        }
    }

    @Test
    void runsAsDurablyAsAnyPostgreSQL() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder); var connection = database.connect()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rows = connection.createStatement().executeQuery("show " + setting)) {
                    assertTrue(rows.next());
                    assertEquals("on", rows.getString(1), setting);
                }
            }
        }
    }

    @Test
    void letsNoOneInWithoutItsGeneratedPassword() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder)) {
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, ""));
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "postgres"));
            Path kept = folder.resolve(ServerPassword.FILE);
            assertEquals(database.password(), Files.readString(kept));
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(kept));
            try (var connection = database.connect();
                    var rules = connection.createStatement().executeQuery(
                            "select type, auth_method from pg_hba_file_rules")) {
                int count = 0;
                while (rules.next()) {
                    count++;
                    assertEquals("scram-sha-256", rules.getString("auth_method"), "rule for " + rules.getString("type"));
                }
                assertEquals(3, count, "the Unix socket, 127.0.0.1 and ::1");
            }
        }
        // The same password on the next start.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(folder); var connection = again.connect()) {
            assertTrue(connection.isValid(5));
        }
    }

    @Test
    void aClusterOpenToEveryLocalUserIsLockedOnItsNextStart() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder); var connection = database.connect()) {
            // As a cluster made before ClaimDesk set a password: trust for everyone, no password kept.
            connection.createStatement().execute("alter role postgres password null");
            Files.writeString(folder.resolve("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            Files.delete(folder.resolve(ServerPassword.FILE));
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder)) {
            assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, ""));
            try (var connection = database.connect()) {
                assertTrue(connection.isValid(5));
            }
        }
    }
}
