package com.claimdesk.verdicts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;

import io.quarkus.test.junit.QuarkusTest;

/** The queues through the pages: my claims, waiting for my approval, the dashboard; and the steps as forms. */
@QuarkusTest
class DeskTest {

    @Test
    void aVerdictTravelsThroughThePagesAndTheQueues() {
        TestSession checker = TestSession.signedIn("dc", Role.CHECKER);
        TestSession editor = TestSession.signedIn("de", Role.EDITOR);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Lavrov " + UUID.randomUUID()),
                "Diplomatic talks can begin " + UUID.randomUUID());
        checker.post("/claims/" + claim.id, Map.of("version", claim.version, "statement", claim.statement,
                "claimReviewed", claim.claimReviewed, "claimant", claim.claimant.id, "kind", "PARAPHRASE",
                "assignee", checker.username)).then().statusCode(303);
        checker.get("/desk/mine").then().statusCode(200).body(containsString(claim.claimReviewed));

        checker.post("/evidence", Map.of("claim", claim.id, "source.url", "https://example.org/" + UUID.randomUUID(),
                "source.title", "Transcript", "source.type", "PRIMARY_DOCUMENT", "stance", "SUPPORTS"))
                .then().statusCode(303);
        long evidence = ((Number) TestSession.api(checker.username).get("/api/claims/" + claim.id + "/evidence")
                .path("[0].id")).longValue();
        String location = checker.post("/verdicts", Map.of("claim", claim.id, "rating", "3",
                "conclusion", "Talks may begin, but nothing is agreed", "explanation", "Both sides said so.",
                "evidence", List.of(evidence))).then().statusCode(303).extract().header("Location");
        long verdictId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        checker.post(location + "/submit", Map.of("version", 0)).then().statusCode(303);
        editor.get("/desk/approvals").then().statusCode(200).body(containsString("data-verdict=\"" + verdictId + "\""));
        // The author is an editor elsewhere, but sees no approve button on their own work.
        checker.get(location).then().body(not(containsString("data-testid=\"approve\"")));

        editor.get(location).then().body(containsString("data-testid=\"approve\""));
        editor.post(location + "/approve", Map.of("version", 1)).then().statusCode(303);
        editor.post(location + "/publish", Map.of("version", 2, "confirm", true)).then().statusCode(303);
        editor.get("/desk/approvals").then().body(not(containsString("data-verdict=\"" + verdictId + "\"")));
        // The counts per status the database keeps, as on the claims list.
        long inReview = TestSession.api(checker.username).get("/api/claims").then().extract().jsonPath()
                .getLong("counts.IN_REVIEW");
        checker.get("/desk/dashboard").then().statusCode(200)
                .body(containsString("data-testid=\"status-IN_REVIEW\">" + inReview + "<"))
                .body(containsString("data-testid=\"median\""))
                .body(not(containsString("no publication yet")));
        checker.get("/desk/mine").then().body(not(containsString(claim.claimReviewed)));
    }

    @Test
    void anEditorDoesNotSeeTheirOwnVerdictsInTheApprovalQueue() {
        TestSession editor = TestSession.signedIn("de", Role.EDITOR, Role.CHECKER);
        Claim claim = ClaimFixtures.claim(ClaimFixtures.claimant("Biden " + UUID.randomUUID()), "Own work");
        editor.post("/evidence", Map.of("claim", claim.id, "source.url", "https://example.org/" + UUID.randomUUID(),
                "source.title", "Readout", "source.type", "OFFICIAL_STATEMENT", "stance", "CONTEXT"))
                .then().statusCode(303);
        long evidence = ((Number) TestSession.api(editor.username).get("/api/claims/" + claim.id + "/evidence")
                .path("[0].id")).longValue();
        String location = editor.post("/verdicts", Map.of("claim", claim.id, "rating", "7",
                "conclusion", "Unproven so far", "explanation", "No record.", "evidence", List.of(evidence)))
                .then().statusCode(303).extract().header("Location");
        editor.post(location + "/submit", Map.of("version", 0)).then().statusCode(303);
        String verdictId = location.substring(location.lastIndexOf('/') + 1);
        editor.get("/desk/approvals").then().body(not(containsString("data-verdict=\"" + verdictId + "\"")));
        editor.post(location + "/approve", Map.of("version", 1)).then().statusCode(409)
                .body(containsString("another editor"));
        TestSession.signedIn("dc", Role.CHECKER).get("/desk/approvals").then().statusCode(403);
    }
}
