package com.claimdesk.verdicts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;

import io.quarkus.test.junit.QuarkusTest;

/** The verdict page: one form saves and submits, and the reviewer sees the claim beside the verdict. */
@QuarkusTest
class VerdictPageTest {

    @Test
    void saveAndSubmitSendsWhatTheFormHolds() {
        String checker = TestSession.newAccount("pc", Role.CHECKER);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.draft(checker);
        TestSession session = TestSession.signIn(checker);
        session.get("/verdicts/" + verdict).then().statusCode(200)
                .body(containsString("name=\"then\" value=\"submit\""))
                .body(not(containsString("action=\"/verdicts/" + verdict + "/submit\"")));

        session.post("/verdicts/" + verdict, Map.of("version", 0, "then", "submit", "rating", "2",
                "conclusion", "Mostly true: they fell by 48%", "explanation", "Typed just before submitting.",
                "evidence", List.of(reviews.evidenceId))).then().statusCode(303);
        TestSession.api(checker).get("/api/verdicts/" + verdict).then()
                .body("status", equalTo("SUBMITTED"))
                .body("explanation", equalTo("Typed just before submitting."));
    }

    @Test
    void aSubmissionRefusedKeepsTheFormAndSavesTheDraft() {
        String checker = TestSession.newAccount("pc", Role.CHECKER);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.draft(checker);
        // No source ticked: the draft is saved, but it does not go to the editors.
        TestSession.signIn(checker).post("/verdicts/" + verdict, Map.of("version", 0, "then", "submit",
                "rating", "2", "conclusion", "Mostly true", "explanation", "Kept on the screen.")).then()
                .statusCode(409)
                .body(containsString("not submitted: Cite at least one source"))
                .body(containsString("Kept on the screen."))
                // The saved draft's version, so that the next press of a button is not taken for a stale tab.
                .body(containsString("name=\"version\" value=\"1\""));
        TestSession.api(checker).get("/api/verdicts/" + verdict).then()
                .body("status", equalTo("DRAFT"))
                .body("explanation", equalTo("Kept on the screen."));
    }

    @Test
    void aStaleSaveAndSubmitIsAConflictWithTheFormKept() {
        String checker = TestSession.newAccount("pc", Role.CHECKER);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.draft(checker);
        TestSession session = TestSession.signIn(checker);
        session.post("/verdicts/" + verdict, Map.of("version", 0, "rating", "2", "conclusion", "First save",
                "explanation", "First.", "evidence", List.of(reviews.evidenceId))).then().statusCode(303);
        session.post("/verdicts/" + verdict, Map.of("version", 0, "then", "submit", "rating", "2",
                "conclusion", "Second tab", "explanation", "From a stale tab.", "evidence", List.of(reviews.evidenceId)))
                .then().statusCode(409).body(containsString("From a stale tab."));
        TestSession.api(checker).get("/api/verdicts/" + verdict).then().body("status", equalTo("DRAFT"))
                .body("explanation", equalTo("First."));
    }

    @Test
    void theEditorSeesTheClaimTheyApprove() {
        String checker = TestSession.newAccount("pc", Role.CHECKER);
        String editor = TestSession.newAccount("pe", Role.EDITOR);
        Reviews reviews = Reviews.claim(checker, null);
        int verdict = reviews.draft(checker);
        Reviews.step(checker, verdict, "submit", Map.of());
        String claimant = TestSession.api(checker).get("/api/claims/" + reviews.claimId).then().extract()
                .path("claimant.name");
        TestSession.signIn(editor).get("/verdicts/" + verdict).then().statusCode(200)
                .body(containsString("data-testid=\"approve\""))
                .body(containsString("data-testid=\"verdict-claim\""))
                .body(containsString("<blockquote class=\"statement\" data-testid=\"statement\">" + Reviews.STATEMENT))
                .body(containsString(claimant))
                .body(containsString("<q data-testid=\"appearance-passage\">" + Reviews.STATEMENT + "</q>"))
                .body(containsString(Reviews.EXCERPT))
                .body(containsString("data-testid=\"evidence-cited\""));
    }
}
