package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;

import io.quarkus.test.junit.QuarkusTest;

/** V014 on a database that already holds duplicates: they are kept and marked, and no new one gets in. */
@QuarkusTest
class DuplicateRulesMigrationTest {

    @Test
    void olderDuplicatesAreMarkedAndNewOnesRefused() throws Exception {
        EmbeddedDatabase server = PostgresTestResource.database();
        String name = "dupes_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.connect("postgres")) {
            connection.createStatement().execute("create database " + name);
        }
        String url = server.jdbcUrl(name);
        flyway(url, lastBefore(14));
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, password())) {
            var sql = db.createStatement();
            for (int id = 1; id <= 3; id++) {
                sql.execute("insert into article (id, headline, text, text_sha256, added_by, added_at, version) "
                        + "values (" + id + ", 'Copy " + id + "', 'Same text', 'abc', 'old', now(), 0)");
            }
            sql.execute("insert into claimant (id, name, type, created_at, version) values "
                    + "(1, 'Jane Doe', 'PERSON', now(), 0), (2, 'JANE DOE', 'PERSON', now(), 0)");

            flyway(url, null);

            var marks = sql.executeQuery("select string_agg(id || ':' || coalesce(duplicate_of::text, '-'), ' '"
                    + " order by id) from article");
            marks.next();
            assertEquals("1:- 2:1 3:1", marks.getString(1));
            var claimants = sql.executeQuery("select string_agg(id || ':' || coalesce(duplicate_of::text, '-'), ' '"
                    + " order by id) from claimant");
            claimants.next();
            assertEquals("1:- 2:1", claimants.getString(1));

            SQLException refused = assertThrows(SQLException.class, () -> sql.execute(
                    "insert into claimant (id, name, type, created_at, version) "
                            + "values (3, 'jane doe', 'PERSON', now(), 0)"));
            assertTrue(refused.getMessage().contains("claimant_name_key"), refused.getMessage());
            assertThrows(SQLException.class, () -> sql.execute(
                    "insert into article (id, headline, text, text_sha256, added_by, added_at, version) "
                            + "values (4, 'Copy 4', 'Same text', 'abc', 'new', now(), 0)"));
        }
    }

    /** The newest migration before {@code version}, whatever the others numbered theirs. */
    private static String lastBefore(int version) throws IOException {
        try (var files = Files.list(Path.of("migrations"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .filter(v -> v < version).max().orElseThrow());
        }
    }

    private static void flyway(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, EmbeddedDatabase.USER, password())
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static String password() {
        return PostgresTestResource.database().password();
    }
}
