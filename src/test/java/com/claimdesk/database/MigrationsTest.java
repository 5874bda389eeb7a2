package com.claimdesk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MigrationsTest {

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() throws Exception {
        EmbeddedDatabase server = PostgresTestResource.database();
        String name = "empty_" + UUID.randomUUID().toString().replace("-", "");
        try (var connection = server.connect("postgres")) {
            connection.createStatement().execute("create database " + name);
        }
        var result = Flyway.configure()
                .dataSource(server.jdbcUrl(name), EmbeddedDatabase.USER, server.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertTrue(result.success);
        assertEquals(migrationFiles(), result.migrationsExecuted,
                "every file in migrations/ is packaged and applied");
    }

    private static long migrationFiles() throws IOException {
        try (var files = Files.list(Path.of("migrations"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
    }
}
