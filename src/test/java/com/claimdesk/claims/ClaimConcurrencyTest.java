package com.claimdesk.claims;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Two people editing the same claim: the second save is a conflict, and neither version is lost. */
@QuarkusTest
class ClaimConcurrencyTest {

    @Test
    void theSecondSaveOnThePagesShowsBothVersions() {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Sergei Lavrov"), "Talks can begin");
        TestSession first = TestSession.signedIn("ed1", Role.CHECKER);
        TestSession second = TestSession.signedIn("ed2", Role.CHECKER);
        long readVersion = claim.version;

        first.post("/claims/" + claim.id, edit(readVersion, "FIRST reviewer's wording"))
                .then().statusCode(303);
        second.post("/claims/" + claim.id, edit(readVersion, "SECOND reviewer's wording"))
                .then().statusCode(409)
                .body(containsString("data-testid=\"conflict\""))
                .body(containsString("FIRST reviewer&#39;s wording"))
                .body(containsString("SECOND reviewer&#39;s wording"));

        Claim stored = QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claim.id));
        assertEquals("FIRST reviewer's wording", stored.claimReviewed);

        // The conflict page's form carries the current version: saving it deliberately replaces the first.
        second.post("/claims/" + claim.id, edit(stored.version, "SECOND reviewer's wording"))
                .then().statusCode(303);
        assertEquals("SECOND reviewer's wording",
                QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claim.id).claimReviewed));
    }

    @Test
    void theApiAnswers409ToAStaleVersion() {
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Dmitry Peskov"), "The Kremlin will take its time");
        String checker = TestSession.newAccount("api", Role.CHECKER);
        Map<String, Object> body = new HashMap<>(Map.of("statement", "Peskov statement",
                "claimReviewed", "Edited once", "claimant", "Dmitry Peskov", "kind", "PARAPHRASE",
                "version", claim.version));

        TestSession.api(checker).body(body).put("/api/claims/" + claim.id).then().statusCode(200)
                .body("claimReviewed", equalTo("Edited once"))
                .body("version", equalTo((int) claim.version + 1));
        body.put("claimReviewed", "Edited twice from a stale copy");
        TestSession.api(checker).body(body).put("/api/claims/" + claim.id).then().statusCode(409)
                .body("fields.version", containsString("Current version is " + (claim.version + 1)));

        TestSession.api(checker).get("/api/claims/" + claim.id).then().body("claimReviewed", equalTo("Edited once"));
    }

    private static Map<String, Object> edit(long version, String claimReviewed) {
        return Map.of("version", version, "statement", "Talks can begin", "claimReviewed", claimReviewed,
                "claimant", "Sergei Lavrov", "kind", "PARAPHRASE");
    }
}
