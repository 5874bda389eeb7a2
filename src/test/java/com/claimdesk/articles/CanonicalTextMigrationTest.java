package com.claimdesk.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.database.EmbeddedDatabase;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Articles stored before the canonical text form: V013 brings their text to it and moves the offsets that
 * point into it, counted in UTF-16 code units although PostgreSQL counts code points.
 */
@QuarkusTest
class CanonicalTextMigrationTest {

    private static final String OLD_TEXT = "Fans \uD83C\uDF89\uD83C\uDF89 cheered.\r\n\r\nThe mayor\u00A0said:\r"
            + "\"We won \uD83C\uDFC6.\"\r\n\r\nThe club\r\nsaid it was a consultant's report.\r\n";

    @Test
    void storedWindowsLineEndsAreNormalisedAndOffsetsFollow() throws SQLException, IOException {
        EmbeddedDatabase server = PostgresTestResource.database();
        String name = "v013_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.connect("postgres")) {
            connection.createStatement().execute("create database " + name);
        }
        String url = server.jdbcUrl(name);
        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, password()).locations("classpath:db/migration")
                .target(lastVersionBefore(13)).load().migrate();

        String report = "consultant's report.";
        String spanning = "The club\r\nsaid";
        String trophy = "We won \uD83C\uDFC6.";
        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, password())) {
            db.createStatement().execute("""
                    insert into article (id, headline, text, text_sha256, added_by, added_at, version)
                    values (1, 'Old', '%s', 'x', 'checker', now(), 0);
                    insert into article (id, headline, text, text_sha256, added_by, added_at, version)
                    values (2, 'Untouched', 'Plain\nlines.', 'y', 'checker', now(), 0);
                    insert into claimant (id, name, type, created_at, version)
                    values (1, 'Club', 'ORGANISATION', now(), 0);
                    insert into claim (id, statement, claim_reviewed, claimant_id, kind, status, created_by, created_at,
                                       updated_at, version)
                    values (1, 's', 'c', 1, 'OTHER', 'NEW', 'checker', now(), now(), 0);
                    """.formatted(OLD_TEXT.replace("'", "''")));
            appearance(db, 1, 1, report);
            appearance(db, 2, 1, spanning);
            appearance(db, 3, 2, "lines");
            try (PreparedStatement candidate = db.prepareStatement("""
                    insert into candidate (id, article_id, kind, content, start_offset, end_offset, status, version)
                    values (1, 1, 'DIRECT', ?, ?, ?, 'OPEN', 0)""")) {
                candidate.setString(1, trophy);
                candidate.setInt(2, OLD_TEXT.indexOf(trophy));
                candidate.setInt(3, OLD_TEXT.indexOf(trophy) + trophy.length());
                candidate.execute();
            }
        }

        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, password()).locations("classpath:db/migration")
                .load().migrate();

        try (Connection db = DriverManager.getConnection(url, EmbeddedDatabase.USER, password())) {
            String text = single(db, "select text from article where id = 1");
            assertEquals(CanonicalText.of(OLD_TEXT), text);
            assertEquals(Article.sha256(text), single(db, "select text_sha256 from article where id = 1"));
            assertEquals(report, passage(db, text, "select start_offset, end_offset from appearance where id = 1"));
            assertEquals("The club\nsaid",
                    passage(db, text, "select start_offset, end_offset from appearance where id = 2"));
            assertEquals(trophy, passage(db, text, "select start_offset, end_offset from candidate where id = 1"));
            assertEquals("lines", passage(db, "Plain\nlines.",
                    "select start_offset, end_offset from appearance where id = 3"));
            assertEquals("y", single(db, "select text_sha256 from article where id = 2"),
                    "a canonical text is left alone");
            assertEquals("1",
                    single(db, "select count(*) from audit_entry where action = 'article.text-normalised'"));
        }
    }

    private static String lastVersionBefore(int version) throws IOException {
        try (var files = Files.list(Path.of("migrations"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.matches("V\\d+__.+\\.sql"))
                    .mapToInt(f -> Integer.parseInt(f.substring(1, f.indexOf("__")))).filter(v -> v < version)
                    .max().orElseThrow() + "";
        }
    }

    private static void appearance(Connection db, long id, long article, String passage) throws SQLException {
        String text = article == 1 ? OLD_TEXT : "Plain\nlines.";
        try (PreparedStatement insert = db.prepareStatement("""
                insert into appearance (id, claim_id, article_id, start_offset, end_offset, seen_on, created_at)
                values (?, 1, ?, ?, ?, current_date, now())""")) {
            insert.setLong(1, id);
            insert.setLong(2, article);
            insert.setInt(3, text.indexOf(passage));
            insert.setInt(4, text.indexOf(passage) + passage.length());
            insert.execute();
        }
    }

    private static String passage(Connection db, String text, String query) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(query)) {
            row.next();
            return text.substring(row.getInt(1), row.getInt(2));
        }
    }

    private static String single(Connection db, String query) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static String password() {
        return PostgresTestResource.database().password();
    }
}
