package com.claimdesk.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.PostgresTestResource;
import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** PostgreSQL stops while ClaimDesk runs, then comes back: readable 503s meanwhile, and service again after. */
@QuarkusTest
class DatabaseFaultTest {

    @Test
    void pagesSay503WhileTheDatabaseIsDownAndServeAgainWhenItIsBack() throws Exception {
        TestSession session = TestSession.signedIn("fault", Role.CHECKER);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Fault " + UUID.randomUUID()), "Before the outage");
        session.get("/claims").then().statusCode(200);
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
        session.get("/claims").then().statusCode(200);
        assertEquals(0, Claim.<Claim>findById(claim.id).version, "the interrupted write is not half there");
    }
}
