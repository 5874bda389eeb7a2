package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.claimreview.Publication;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Fact-checks published before V010 get what they showed then, frozen, and their revisions their editors. */
@QuarkusTest
class PublishedSnapshotMigrationTest {

    @Test
    void publishedRevisionsAreFrozenAsTheyStandAndDraftsKeepTheirEditors() throws Exception {
        EmbeddedDatabase server = PostgresTestResource.database();
        String name = "snapshot_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.connect("postgres")) {
            connection.createStatement().execute("create database " + name);
        }
        migrate(server.jdbcUrl(name), "9");
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(name), EmbeddedDatabase.USER, password())) {
            db.createStatement().execute("""
                    insert into claimant (id, name, type, title, created_at, version)
                        values (1, 'Jens Stoltenberg', 'PERSON', 'Secretary-General', now(), 0);
                    insert into claim (id, statement, claim_reviewed, claimant_id, kind, made_on, status, created_by,
                                       created_at, updated_at, version)
                        values (1, 'NATO decides', 'Only the allies decide', 1, 'PARAPHRASE', '2022-01-14',
                                'PUBLISHED', 'ann', now(), now(), 0);
                    insert into article (id, headline, url, outlet, published_on, text, text_sha256, added_by,
                                         added_at, version)
                        values (1, 'NATO rejects demand', 'https://news.example.org/a', 'Wire', '2022-01-27',
                                'NATO decides', 'x', 'ann', now(), 0);
                    insert into appearance (id, claim_id, article_id, start_offset, end_offset, seen_on, created_at)
                        values (1, 1, 1, 0, 4, '2022-01-27', now());
                    insert into source (id, url, title, publisher, type, published_on, accessed_on, created_by,
                                        created_at, updated_at, version)
                        values (1, 'https://www.nato.int/treaty', 'The North Atlantic Treaty', 'NATO',
                                'PRIMARY_DOCUMENT', '1949-04-04', '2022-01-28', 'ann', now(), now(), 0);
                    insert into evidence (id, claim_id, source_id, stance, excerpt, location, created_by, created_at,
                                          updated_at, version)
                        values (1, 1, 1, 'CONTRADICTS', 'By unanimous agreement', 'Article 10', 'ann', now(), now(), 0);
                    insert into verdict (id, claim_id, revision, rating_id, conclusion, explanation, status, author,
                                         last_edited_by, published_by, published_at, created_at, updated_at, version)
                        values (1, 1, 1, 2, 'Accurate', 'Article 10.', 'PUBLISHED', 'ann', 'ann', 'eve', now(),
                                now(), now(), 0);
                    insert into verdict_evidence (verdict_id, evidence_id) values (1, 1);
                    insert into claim (id, statement, claim_reviewed, claimant_id, kind, status, created_by,
                                       created_at, updated_at, version)
                        values (2, 'Another', 'Another claim', 1, 'PARAPHRASE', 'IN_REVIEW', 'ann', now(), now(), 0);
                    insert into verdict (id, claim_id, revision, rating_id, conclusion, explanation, status, author,
                                         last_edited_by, created_at, updated_at, version)
                        values (2, 2, 1, 5, 'False', 'No.', 'SUBMITTED', 'ann', 'ann', now(), now(), 0);
                    insert into audit_entry (id, at, actor, action, entity_type, entity_id, claim_id, summary)
                        values (1, now(), 'eve', 'verdict.updated', 'verdict', 2, 2, 'Verdict draft edited');
                    """);
        }
        migrate(server.jdbcUrl(name), "10");

        try (Connection db = DriverManager.getConnection(server.jdbcUrl(name), EmbeddedDatabase.USER, password());
                ResultSet rows = db.createStatement().executeQuery(
                        "select id, publication::text, editors from verdict order by id")) {
            rows.next();
            Publication shown = new ObjectMapper().readValue(rows.getString(2), Publication.class);
            assertEquals(new Publication("Only the allies decide", "Jens Stoltenberg", "PERSON", "Secretary-General",
                    "2022-01-14", new Publication.PublishedRating("Mostly true", 4, 5, 1,
                            "The statement is accurate but needs clarification or additional information.", "#689f38"),
                    List.of(new Publication.CitedEvidence("CONTRADICTS", "https://www.nato.int/treaty",
                            "The North Atlantic Treaty", "NATO", "1949-04-04", "By unanimous agreement",
                            "Article 10")),
                    List.of(new Publication.Appearance("https://news.example.org/a", "NATO rejects demand",
                            "2022-01-27", "Wire"))), shown);
            assertArrayEquals(new String[] {"ann"}, (String[]) rows.getArray(3).getArray());
            rows.next();
            assertNull(rows.getString(2), "unpublished work has nothing frozen");
            assertArrayEquals(new String[] {"ann", "eve"}, (String[]) rows.getArray(3).getArray());
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, EmbeddedDatabase.USER, password()).locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static String password() {
        return PostgresTestResource.database().password();
    }
}
