package com.claimdesk.claimreview;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.claims.ClaimFixtures;

/** Publishes fact-checks through the real workflow (API), for tests of what the public sees. */
public final class Publishing {

    private static final String CONCLUSION = "Only the allies decide, by unanimity.";

    public final String checker = TestSession.newAccount("pc", Role.CHECKER);
    public final String editor = TestSession.newAccount("pe", Role.EDITOR);
    /** Who made the claims: tests that change the claimant get one of their own, not the demo's Stoltenberg. */
    private final String claimant;

    public Publishing() {
        this("Jens Stoltenberg");
    }

    public Publishing(String claimant) {
        this.claimant = claimant;
    }

    /** A claim recorded from an article, with a source, a verdict rated "Mostly false" and published. */
    public long publish(String claimReviewed) {
        return publish(claimReviewed, 4);
    }

    /** The same, rated with the given entry of the scale. */
    public long publish(String claimReviewed, long ratingId) {
        long claimId = draft(claimReviewed, ratingId, CONCLUSION);
        verdictSteps(claimId);
        return claimId;
    }

    /** Corrects the published verdict of a claim through review (checker drafts, editor approves and publishes). */
    int correct(long claimId, String note) {
        return publishCorrection(startCorrection(claimId, note));
    }

    /** Sends a drafted correction through review and publishes it. */
    int publishCorrection(int correction) {
        TestSession.api(checker).body(Map.of()).post("/api/verdicts/" + correction + "/submit").then().statusCode(200);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + correction + "/approve").then().statusCode(200);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + correction + "/publish").then().statusCode(200);
        return correction;
    }

    /** A correction of the claim's published verdict, drafted by the checker with its note. */
    int startCorrection(long claimId, String note) {
        return TestSession.api(checker).body(Map.of("correctionNote", note))
                .post("/api/verdicts/" + published(claimId) + "/correct").then().statusCode(201).extract().path("id");
    }

    /** Retracts the claim's published fact-check through review. */
    int retract(long claimId, String note) {
        int retraction = TestSession.api(checker).body(Map.of("correctionNote", note, "withdrawn", true))
                .post("/api/verdicts/" + published(claimId) + "/correct").then().statusCode(201).extract().path("id");
        return publishCorrection(retraction);
    }

    private int published(long claimId) {
        return TestSession.api(checker).get("/api/claims/" + claimId + "/audit").then().extract()
                .path("findAll { it.action == 'verdict.published' || it.action == 'verdict.correction-published' }"
                        + ".last().entityId");
    }

    /** A claim with a submitted-and-approved verdict, not yet published. */
    public long approveOnly(String claimReviewed) {
        return approveOnly(claimReviewed, CONCLUSION);
    }

    /** As {@link #approveOnly(String)}, with a conclusion of one's own. */
    public long approveOnly(String claimReviewed, String conclusion) {
        long claimId = draft(claimReviewed, 4, conclusion);
        int verdict = verdictOf(claimId);
        TestSession.api(checker).body(Map.of()).post("/api/verdicts/" + verdict + "/submit").then().statusCode(200);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + verdict + "/approve").then().statusCode(200);
        return claimId;
    }

    public int verdictOf(long claimId) {
        return TestSession.api(checker).get("/api/claims/" + claimId + "/audit").then().extract()
                .path("find { it.action == 'verdict.created' }.entityId");
    }

    private void verdictSteps(long claimId) {
        int verdict = verdictOf(claimId);
        TestSession.api(checker).body(Map.of()).post("/api/verdicts/" + verdict + "/submit").then().statusCode(200);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + verdict + "/approve").then().statusCode(200);
        TestSession.api(editor).body(Map.of()).post("/api/verdicts/" + verdict + "/publish").then().statusCode(200);
    }

    private long draft(String claimReviewed, long ratingId, String conclusion) {
        Article article = ClaimFixtures.article("Jens Stoltenberg said NATO's relationship with Ukraine is for the "
                + "allies and Ukraine to decide.");
        int claimId = TestSession.api(checker).body(Map.of("statement", "NATO's relationship with Ukraine",
                "claimReviewed", claimReviewed, "claimant", claimant, "claimantType", "PERSON",
                "kind", "PARAPHRASE", "madeAt", "2022-01-14",
                "appearance", Map.of("articleId", article.id, "start", 0, "end", 15)))
                .post("/api/claims").then().statusCode(201).extract().path("id");
        int evidence = TestSession.api(checker)
                .body(Map.of("source", Map.of("url", "https://www.nato.int/" + UUID.randomUUID(),
                        "title", "The North Atlantic Treaty", "publisher", "NATO", "type", "PRIMARY_DOCUMENT"),
                        "stance", "CONTRADICTS", "excerpt", "By unanimous agreement"))
                .post("/api/claims/" + claimId + "/evidence").then().statusCode(201).extract().path("id");
        TestSession.api(checker).body(Map.of("ratingId", ratingId, "conclusion", conclusion,
                "explanation", "Article 10 of the treaty.", "evidenceIds", List.of(evidence)))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201);
        return claimId;
    }
}
