package com.claimdesk.verdicts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.ClaimStatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;

/** The editorial workflow through the API, with the same rules as the pages. */
@QuarkusTest
class VerdictWorkflowTest {

    @Inject
    EntityManager entityManager;

    String checker;
    String editor;
    String otherEditor;
    Claim claim;
    int evidenceId;

    @BeforeEach
    void claimWithASource() {
        checker = TestSession.newAccount("vc", Role.CHECKER);
        editor = TestSession.newAccount("ve", Role.EDITOR);
        otherEditor = TestSession.newAccount("ve2", Role.EDITOR);
        claim = ClaimFixtures.claim(ClaimFixtures.claimant("Russia " + UUID.randomUUID()),
                "Russia has more than 100,000 troops at the border");
        evidenceId = TestSession.api(checker)
                .body(Map.of("source", Map.of("url", "https://example.gov/" + UUID.randomUUID(), "title", "Briefing",
                        "type", "OFFICIAL_STATEMENT"), "stance", "SUPPORTS", "excerpt", "About 100,000 troops"))
                .post("/api/claims/" + claim.id + "/evidence").then().statusCode(201).extract().path("id");
    }

    @Test
    void aVerdictGoesFromDraftToPublishedAndTheClaimFollows() {
        int id = draft(checker, List.of(evidenceId));
        assertEquals(ClaimStatus.RESEARCHING, claimStatus());

        step(checker, id, "submit", Map.of()).statusCode(200).body("status", equalTo("SUBMITTED"));
        assertEquals(ClaimStatus.IN_REVIEW, claimStatus());
        step(editor, id, "approve", Map.of()).statusCode(200).body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(editor));
        step(editor, id, "publish", Map.of()).statusCode(200).body("status", equalTo("PUBLISHED"));
        assertEquals(ClaimStatus.PUBLISHED, claimStatus());
    }

    @Test
    void submittingWithoutASourceIsRefused() {
        int id = draft(checker, List.of());
        step(checker, id, "submit", Map.of()).statusCode(409).body("message", containsString("Cite at least one source"));
        TestSession.api(checker).get("/api/verdicts/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyEditorsReviewAndNeverTheirOwnWork() {
        int id = draft(editor, List.of(evidenceId));
        step(editor, id, "submit", Map.of()).statusCode(200);

        step(checker, id, "approve", Map.of()).statusCode(403);
        step(editor, id, "approve", Map.of()).statusCode(409).body("message", containsString("another editor"));
        step(otherEditor, id, "approve", Map.of()).statusCode(200);
        step(editor, id, "publish", Map.of()).statusCode(409).body("message", containsString("another editor"));
        step(otherEditor, id, "publish", Map.of()).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theLastEditorCannotApproveEither() {
        int id = draft(checker, List.of(evidenceId));
        Map<String, Object> edit = new HashMap<>(verdict(List.of(evidenceId)));
        edit.put("conclusion", "Edited by an editor before review");
        TestSession.api(editor).body(edit).put("/api/verdicts/" + id).then().statusCode(200)
                .body("lastEditedBy", equalTo(editor));
        step(checker, id, "submit", Map.of()).statusCode(200);
        step(editor, id, "approve", Map.of()).statusCode(409).body("message", containsString("wrote or edited"));
    }

    /** [10] 6: the editor's rewrite counts, however often the checker saves after it. */
    @Test
    void anEditorWhoRewroteTheDraftCannotReviewItAfterTheCheckerSavesItAgain() {
        int id = draft(checker, List.of(evidenceId));
        Map<String, Object> rewritten = new HashMap<>(verdict(List.of(evidenceId)));
        rewritten.put("conclusion", "Rewritten by the editor");
        TestSession.api(editor).body(rewritten).put("/api/verdicts/" + id).then().statusCode(200);
        // The checker saves the editor's text unchanged (once more with a real change elsewhere) and submits.
        TestSession.api(checker).body(rewritten).put("/api/verdicts/" + id).then().statusCode(200)
                .body("lastEditedBy", equalTo(editor));
        rewritten.put("explanation", "Satellite images agree.");
        TestSession.api(checker).body(rewritten).put("/api/verdicts/" + id).then().statusCode(200)
                .body("lastEditedBy", equalTo(checker)).body("editors", equalTo(List.of(checker, editor)));
        step(checker, id, "submit", Map.of()).statusCode(200);

        step(editor, id, "approve", Map.of()).statusCode(409).body("message", containsString("wrote or edited"));
        step(editor, id, "request-changes", Map.of("comment", "mine")).statusCode(409);
        long version = TestSession.api(editor).get("/api/verdicts/" + id).then().extract().<Integer>path("version");
        TestSession.signIn(editor).post("/verdicts/" + id + "/approve", Map.of("version", version)).then()
                .statusCode(409).body(containsString("wrote or edited"));
        TestSession.signIn(editor).get("/desk/approvals").then().statusCode(200)
                .body(not(containsString("/verdicts/" + id + "\"")));
        TestSession.api(checker).get("/api/verdicts/" + id).then().body("status", equalTo("SUBMITTED"));

        step(otherEditor, id, "approve", Map.of()).statusCode(200);
        step(editor, id, "publish", Map.of()).statusCode(409).body("message", containsString("wrote or edited"));
    }

    @Test
    void requestedChangesSendTheDraftBackWithTheCommentKept() {
        int id = draft(checker, List.of(evidenceId));
        step(checker, id, "submit", Map.of()).statusCode(200);
        step(editor, id, "request-changes", Map.of()).statusCode(400).body("fields.comment", containsString("Say what"));
        step(editor, id, "request-changes", Map.of("comment", "Cite the Pentagon figure, not the estimate."))
                .statusCode(200).body("status", equalTo("DRAFT"))
                .body("editorComment", equalTo("Cite the Pentagon figure, not the estimate."));
        assertEquals(ClaimStatus.RESEARCHING, claimStatus());
        TestSession.signIn(checker).get("/verdicts/" + id).then().statusCode(200)
                .body(containsString("data-testid=\"editor-comment\""))
                .body(containsString("Cite the Pentagon figure"));
    }

    @Test
    void aCorrectionIsANewRevisionAndTheOldOneStaysReadable() {
        int first = publishedVerdict();
        step(checker, first, "correct", Map.of()).statusCode(400).body("fields.correctionNote", containsString("Say what"));
        int second = step(checker, first, "correct", Map.of("correctionNote", "The figure was 130,000, not 100,000."))
                .statusCode(201).body("revision", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("corrects", equalTo(first)).extract().path("id");
        // Until the correction is published, the first revision is still the published one.
        TestSession.api(checker).get("/api/verdicts/" + first).then().body("status", equalTo("PUBLISHED"));
        step(checker, first, "correct", Map.of("correctionNote", "again")).statusCode(409)
                .body("message", containsString("already under way"));

        Map<String, Object> corrected = new HashMap<>(verdict(List.of(evidenceId)));
        corrected.put("conclusion", "Russia has about 130,000 troops at the border");
        corrected.put("correctionNote", "The figure was 130,000, not 100,000.");
        TestSession.api(checker).body(corrected).put("/api/verdicts/" + second).then().statusCode(200);
        step(checker, second, "submit", Map.of()).statusCode(200);
        step(editor, second, "approve", Map.of()).statusCode(200);
        step(editor, second, "publish", Map.of()).statusCode(200);

        TestSession.api(checker).get("/api/verdicts/" + first).then().body("status", equalTo("SUPERSEDED"))
                .body("conclusion", equalTo("Russia has more than 100,000 troops at the border"));
        TestSession.api(checker).get("/api/verdicts/" + second).then().body("status", equalTo("PUBLISHED"))
                .body("conclusion", equalTo("Russia has about 130,000 troops at the border"));
    }

    @Test
    void aRetractionWithdrawsTheVerdict() {
        int first = publishedVerdict();
        int retraction = step(checker, first, "correct", Map.of("correctionNote", "The source was a forgery.",
                "withdrawn", true)).statusCode(201).body("withdrawn", equalTo(true)).body("rating", equalTo(null))
                .extract().path("id");
        step(checker, retraction, "submit", Map.of()).statusCode(200);
        step(editor, retraction, "approve", Map.of()).statusCode(200);
        step(editor, retraction, "publish", Map.of()).statusCode(200).body("withdrawn", equalTo(true));
    }

    @Test
    void everyStepIsInTheAuditLogWithBeforeAndAfter() {
        int id = publishedVerdict();
        TestSession.api(checker).get("/api/claims/" + claim.id + "/audit").then().statusCode(200)
                .body("action", hasItems("evidence.linked", "verdict.created", "verdict.submitted",
                        "verdict.approved", "verdict.published", "claim.status"))
                .body("find { it.action == 'verdict.approved' }.actor", equalTo(editor))
                .body("find { it.action == 'verdict.approved' }.before.status", equalTo("SUBMITTED"))
                .body("find { it.action == 'verdict.approved' }.after.status", equalTo("APPROVED"))
                .body("find { it.action == 'verdict.published' }.entityId", equalTo(id))
                .body("findAll { it.action == 'claim.status' }.after.status",
                        hasItems("RESEARCHING", "IN_REVIEW", "PUBLISHED"));
    }

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        publishedVerdict();
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_entry set summary = 'rewritten' where claim_id = ?1")
                .setParameter(1, claim.id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_entry where claim_id = ?1")
                .setParameter(1, claim.id).executeUpdate()));
        long entries = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from audit_entry where claim_id = ?1 and summary <> 'rewritten'")
                .setParameter(1, claim.id).getSingleResult()).longValue());
        assertTrue(entries >= 5, "entries kept: " + entries);
    }

    @Test
    void theClaimPageShowsTheVerdictAndItsHistory() {
        int id = publishedVerdict();
        TestSession.signIn(checker).get("/claims/" + claim.id).then().statusCode(200)
                .body(containsString("data-testid=\"claim-verdict\""))
                .body(containsString("/verdicts/" + id))
                .body(containsString("data-testid=\"timeline\""))
                .body(containsString("Verdict published"));
    }

    int publishedVerdict() {
        int id = draft(checker, List.of(evidenceId));
        step(checker, id, "submit", Map.of()).statusCode(200);
        step(editor, id, "approve", Map.of()).statusCode(200);
        step(editor, id, "publish", Map.of()).statusCode(200);
        return id;
    }

    int draft(String author, List<Integer> evidence) {
        return TestSession.api(author).body(verdict(evidence)).post("/api/claims/" + claim.id + "/verdicts")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    static Map<String, Object> verdict(List<Integer> evidence) {
        return Map.of("ratingId", 2, "conclusion", "Russia has more than 100,000 troops at the border",
                "explanation", "Satellite images and the Pentagon's briefing agree.\n\nSee https://example.gov/",
                "evidenceIds", evidence);
    }

    ValidatableResponse step(String who, int verdictId, String action, Map<String, Object> body) {
        return TestSession.api(who).body(body).post("/api/verdicts/" + verdictId + "/" + action).then();
    }

    ClaimStatus claimStatus() {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(claim.id).status);
    }
}
