package com.claimdesk.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.TestSession;
import com.claimdesk.articles.SampleArticles;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.extraction.Candidate;
import com.claimdesk.extraction.CandidateStatus;

import io.restassured.response.Response;

import io.quarkus.test.junit.QuarkusTest;

/** PostgreSQL stops while ClaimDesk runs, then comes back: readable 503s meanwhile, and service again after. */
@QuarkusTest
class DatabaseFaultTest {

    @Test
    void pagesSay503WhileTheDatabaseIsDownAndServeAgainWhenItIsBack() throws Exception {
        TestSession session = TestSession.signedIn("fault", Role.CHECKER);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Fault " + UUID.randomUUID()), "Before the outage");
        // Many connections in the pool, each of them broken by the outage.
        CompletableFuture.allOf(java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> CompletableFuture.runAsync(() -> session.get("/claims").then().statusCode(200)))
                .toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        EmbeddedDatabase database = PostgresTestResource.database();
        database.stop();
        try {
            session.get("/claims").then().statusCode(503)
                    .header("Retry-After", "30")
                    .body(containsString("briefly unavailable"))
                    .body(not(containsString("Exception")));
            TestSession.api(session.username).get("/api/claims/" + claim.id).then().statusCode(503)
                    .header("Retry-After", "30").body("status", equalTo(503));
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            // A write during the outage leaves nothing behind once the database is back.
            session.post("/claims/" + claim.id + "/status", Map.of("version", claim.version, "to", "RESEARCHING"))
                    .then().statusCode(503);
        } finally {
            database.restart();
        }
        given().get("/q/health/ready").then().statusCode(200);
        for (int i = 0; i < 12; i++) {
            session.get("/claims").then().statusCode(200);
        }
        assertEquals(0, Claim.<Claim>findById(claim.id).version, "the interrupted write is not half there");
    }

    @Test
    void aWriteCutOffHalfwayLeavesNothingBehind() throws Exception {
        TestSession reviewer = TestSession.signedIn("cut", Role.CHECKER);
        SampleArticles sample = SampleArticles.load(SampleArticles.US);
        long articleId = ((Number) TestSession.api(reviewer.username)
                .body(Map.of("title", sample.headline(), "text", sample.text()))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
        long claims = Claim.count();
        long pending = Candidate.count("article.id = ?1 and status = ?2", articleId, CandidateStatus.OPEN);

        EmbeddedDatabase database = PostgresTestResource.database();
        try (Connection blocker = database.connect()) {
            // Accepting all statements writes claims, then their audit entries: a lock on the audit log stops
            // that transaction halfway, with claims written, where its connection is then cut.
            blocker.setAutoCommit(false);
            blocker.createStatement().execute("lock table audit_entry in exclusive mode");
            CompletableFuture<Response> write = CompletableFuture.supplyAsync(
                    () -> reviewer.post("/candidates/accept-all", Map.of("article", articleId)));
            int cut = 0;
            for (int i = 0; i < 100 && cut == 0; i++) {
                Thread.sleep(100);
                // Only a writer to the audit log can wait for a lock. (Its query text may still show the statement
                // before: a statement parsed for the first time waits for the lock while being parsed.)
                ResultSet waiting = blocker.createStatement().executeQuery("""
                        select count(pg_terminate_backend(pid)) from pg_stat_activity
                        where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()""");
                waiting.next();
                cut = waiting.getInt(1);
            }
            assertEquals(1, cut, () -> "the accepting transaction was caught waiting halfway; the write answered "
                    + (write.isDone() ? write.join().statusLine() + " " + write.join().asString() : "nothing yet"));
            blocker.rollback();
            write.get(30, TimeUnit.SECONDS).then().statusCode(503).body(containsString("Nothing you sent was saved"));
        }
        assertEquals(claims, Claim.count(), "no claim of the cut-off write is there");
        assertEquals(pending, Candidate.count("article.id = ?1 and status = ?2", articleId, CandidateStatus.OPEN));
        // And the same write, done again, goes through whole.
        reviewer.post("/candidates/accept-all", Map.of("article", articleId)).then().statusCode(303);
        assertTrue(Claim.count() > claims);
    }
}
