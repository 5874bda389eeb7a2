package com.claimdesk.verdicts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.claimdesk.TestSession;
import com.claimdesk.articles.Article;
import com.claimdesk.claims.ClaimFixtures;

/** A claim with a source and a verdict, moved through review by the API, for tests of the review pages. */
public final class Reviews {

    public static final String STATEMENT = "Wheat exports through the Black Sea fell by half in March";
    public static final String EXCERPT = "Shipments in March were 48 per cent below those of February";

    public final long claimId;
    public final int evidenceId;
    public final String claimReviewed;

    private Reviews(long claimId, int evidenceId, String claimReviewed) {
        this.claimId = claimId;
        this.evidenceId = evidenceId;
        this.claimReviewed = claimReviewed;
    }

    /** A claim recorded by {@code checker} from an article, assigned to {@code assignee} (or nobody), with a source. */
    public static Reviews claim(String checker, String assignee) {
        Article article = ClaimFixtures.article("The minister said: " + STATEMENT + ". " + UUID.randomUUID());
        String claimReviewed = "Black Sea wheat exports halved " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(Map.of("statement", STATEMENT, "claimReviewed", claimReviewed,
                "claimant", "Minister " + UUID.randomUUID().toString().substring(0, 8), "claimantType", "PERSON",
                "kind", "PARAPHRASE", "madeAt", "2022-04-02",
                "appearance", Map.of("articleId", article.id, "start", 19, "end", 19 + STATEMENT.length())));
        if (assignee != null) {
            body.put("assignee", assignee);
        }
        int claimId = TestSession.api(checker).body(body).post("/api/claims").then().statusCode(201).extract()
                .path("id");
        int evidence = TestSession.api(checker)
                .body(Map.of("source", Map.of("url", "https://example.org/grain-" + UUID.randomUUID(),
                        "title", "Grain shipments, March", "type", "OFFICIAL_STATEMENT"),
                        "stance", "SUPPORTS", "excerpt", EXCERPT))
                .post("/api/claims/" + claimId + "/evidence").then().statusCode(201).extract().path("id");
        return new Reviews(claimId, evidence, claimReviewed);
    }

    /** The claim's verdict, drafted by {@code author} citing the source. */
    public int draft(String author) {
        return TestSession.api(author).body(Map.of("ratingId", 2, "conclusion", "Mostly true: they fell by 48%",
                "explanation", "The port authority's figures.", "evidenceIds", List.of(evidenceId)))
                .post("/api/claims/" + claimId + "/verdicts").then().statusCode(201).extract().path("id");
    }

    public static void step(String who, int verdictId, String action, Map<String, Object> body) {
        TestSession.api(who).body(body).post("/api/verdicts/" + verdictId + "/" + action).then().statusCode(200);
    }

    /** Drafted by {@code author}, submitted, and sent back by {@code editor} with {@code comment}. */
    public int sentBack(String author, String editor, String comment) {
        int verdict = draft(author);
        step(author, verdict, "submit", Map.of());
        step(editor, verdict, "request-changes", Map.of("comment", comment));
        return verdict;
    }
}
