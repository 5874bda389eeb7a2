package com.claimdesk.database;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * PostgreSQL killed outright (kill -9 of the postmaster and its backends) while eight people record claims: after it comes back,
 * every claim that was answered 201 is there, with its audit entry. The embedded library's defaults
 * (synchronous_commit off) lost dozens of acknowledged claims this way.
 */
@QuarkusTest
class DurabilityTest {

    private static final int WRITERS = 8;

    @Test
    void everyAcknowledgedClaimSurvivesAPostgresCrash() throws Exception {
        String checker = TestSession.newAccount("durable", Role.CHECKER);
        EmbeddedDatabase database = PostgresTestResource.database();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    Response response = TestSession.api(checker).body(Map.of(
                            "statement", "Durability figure " + writer + "-" + n + " was reported",
                            "claimReviewed", "Durability figure " + writer + "-" + n,
                            "claimant", "Durability Office", "claimantType", "ORGANISATION", "kind", "FIGURE",
                            "appearance", Map.of("url", "https://news.example.org/durability/" + writer + "/" + n)))
                            .post("/api/claims");
                    if (response.statusCode() == 201) {
                        acknowledged.add(response.jsonPath().getLong("id"));
                    }
                }
            });
        }
        try {
            while (acknowledged.size() < 200) {
                Thread.sleep(20);
            }
            // The whole server at once, postmaster and every backend, as an out-of-memory kill would: what sat in
            // its memory (WAL not yet written) is gone.
            long postmaster = LeftoverServer.postmasterPid(database.directory()).orElseThrow();
            List<String> kill = new ArrayList<>(List.of("kill", "-9", Long.toString(postmaster)));
            ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> kill.add(Long.toString(p.pid())));
            new ProcessBuilder(kill).start().waitFor();
            Thread.sleep(500); // the writers meet the dead server for a moment
        } finally {
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES));
            database.restart();
        }
        for (int tries = 0; given().get("/q/health/ready").statusCode() != 200 && tries < 100; tries++) {
            Thread.sleep(100);
        }

        try (Connection connection = database.connect()) {
            Set<Long> claims = ids(connection, "select id from claim where id = any (?)", acknowledged);
            Set<Long> audited = ids(connection,
                    "select entity_id from audit_entry where entity_type = 'claim' and action = 'claim.created'"
                            + " and entity_id = any (?)", acknowledged);
            Set<Long> lostClaims = new HashSet<>(acknowledged);
            lostClaims.removeAll(claims);
            Set<Long> lostAudit = new HashSet<>(acknowledged);
            lostAudit.removeAll(audited);
            assertEquals(Set.of(), lostClaims, "acknowledged claims lost of " + acknowledged.size());
            assertEquals(Set.of(), lostAudit, "audit entries of acknowledged claims lost");
        }
    }

    private static Set<Long> ids(Connection connection, String sql, Set<Long> wanted) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("bigint", List.copyOf(wanted).toArray());
            statement.setArray(1, array);
            Set<Long> found = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
            return found;
        }
    }
}
