package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server the app starts when no external PostgreSQL is configured. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder)) {
            try (var connection = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.USER, "")) {
                connection.createStatement().execute("create table kept (note text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder);
                var connection = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, "");
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
}
