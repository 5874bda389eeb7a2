package com.claimdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import com.claimdesk.database.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** One real PostgreSQL for the whole test run, on a throwaway cluster. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;
    private static Path folder;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("claimdesk-test-pg");
            // Throwaway data: no fsync (a PostgreSQL crash still loses nothing acknowledged; DurabilityTest).
            database = EmbeddedDatabase.start(folder, EmbeddedDatabase.Durability.RELAXED_FOR_TESTS);
        } catch (IOException | EmbeddedDatabase.StartFailure e) {
            throw new IllegalStateException("The test PostgreSQL did not start: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", database.password());
    }

    /** The running server, for tests that need a second database on it or that stop and restart it. */
    public static EmbeddedDatabase database() {
        return database;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (folder != null) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
