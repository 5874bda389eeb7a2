package com.claimdesk.extraction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.SampleArticles;
import com.claimdesk.claims.Appearance;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.ClaimKind;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** What happens to the statements found in an article: accepted, edited, merged, dismissed, in bulk. */
@QuarkusTest
class CandidateReviewTest {

    static final String DENIED = "it will take military action";

    TestSession reviewer;
    long articleId;

    @BeforeEach
    void ingestTheUsSample() {
        reviewer = TestSession.signedIn("rev", Role.CHECKER);
        SampleArticles sample = SampleArticles.load(SampleArticles.US);
        articleId = ((Number) TestSession.api(reviewer.username)
                .body(Map.of("title", sample.headline(), "publishedAt", "2022-01-27", "outlet", "Wire",
                        "text", sample.text()))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void ingestingAnArticleStoresWhatExtractionFoundAndThePageShowsIt() {
        List<Candidate> found = open();
        assertTrue(found.size() >= 5, "statements found: " + found.size());
        assertTrue(found.stream().anyMatch(c -> c.kind == StatementKind.DENIAL && c.content.equals(DENIED)));
        reviewer.get("/articles/" + articleId).then().statusCode(200)
                .body(containsString("data-testid=\"candidates\""))
                .body(containsString("class=\"candidate-mark\""))
                .body(containsString("<strong>Russia</strong>"))
                .body(containsString(DENIED));
    }

    @Test
    void acceptingRecordsTheClaimWithItsSpeakerKindAndPassage() {
        Candidate denial = candidate(DENIED);
        reviewer.post("/candidates/" + denial.id + "/accept", Map.of("version", denial.version))
                .then().statusCode(303);

        Candidate decided = reload(denial.id);
        assertEquals(CandidateStatus.ACCEPTED, decided.status);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.findForPage(decided.claim.id).orElseThrow());
        assertEquals(ClaimKind.DENIAL, claim.kind);
        assertEquals("Russia", claim.claimant.name);
        assertEquals(DENIED, claim.appearances.get(0).passage());

        // Deciding again on the same statement is refused and changes nothing.
        reviewer.post("/candidates/" + denial.id + "/dismiss", Map.of("version", denial.version))
                .then().statusCode(409).body(containsString("already accepted"));
        assertEquals(CandidateStatus.ACCEPTED, reload(denial.id).status);
    }

    @Test
    void editThenAcceptOpensTheClaimFormFilledIn() {
        Candidate denial = candidate(DENIED);
        reviewer.get("/candidates/" + denial.id + "/edit").then().statusCode(200)
                .body(containsString("data-testid=\"passage\">" + DENIED + "<"))
                .body(containsString("value=\"Russia\""))
                .body(containsString("value=\"DENIAL\" selected"));
    }

    @Test
    void mergingAddsAnAppearanceToAnEarlierClaim() {
        Candidate denial = candidate(DENIED);
        reviewer.post("/candidates/" + denial.id + "/accept", Map.of("version", denial.version)).then().statusCode(303);
        long claimId = reload(denial.id).claim.id;
        Candidate other = open().get(0);

        reviewer.post("/candidates/" + other.id + "/merge", Map.of("version", other.version, "claim", "99999999"))
                .then().statusCode(400).body(containsString("data-testid=\"error-merge-" + other.id + "\""));
        reviewer.post("/candidates/" + other.id + "/merge", Map.of("version", other.version, "claim", claimId))
                .then().statusCode(303);

        assertEquals(CandidateStatus.MERGED, reload(other.id).status);
        assertEquals(2, Appearance.count("claim.id", claimId));
    }

    @Test
    void editThenAcceptReturnsToTheArticle() {
        Candidate denial = candidate(DENIED);
        reviewer.get("/candidates/" + denial.id + "/edit").then().statusCode(200)
                .body(containsString("name=\"then\" value=\"article\""));
        Map<String, Object> form = new HashMap<>(Map.of("statement", DENIED,
                "claimReviewed", "Russia says it will not take military action", "claimant", "Russia",
                "claimantType", "ORGANISATION", "kind", "DENIAL", "appearance.articleId", articleId,
                "appearance.start", denial.start, "appearance.end", denial.end, "then", "article"));
        form.put("appearance.seenOn", "2022-01-27");

        reviewer.post("/claims", form).then().statusCode(303)
                .header("Location", endsWith("/articles/" + articleId + "#candidates"));
        assertEquals(CandidateStatus.ACCEPTED, reload(denial.id).status);
    }

    @Test
    void mergingCanPickAnyClaimOnRecordFoundBySearch() {
        String words = "lighthouse keepers " + System.nanoTime();
        Claim elsewhere = ClaimFixtures.claim(ClaimFixtures.claimant("Harbour Board " + System.nanoTime()),
                "The " + words + " were never paid");
        Candidate statement = open().get(0);

        reviewer.get("/candidates/" + statement.id + "/merge?q=" + words).then().statusCode(200)
                .body(containsString("data-claim=\"" + elsewhere.id + "\""));
        reviewer.get("/candidates/" + statement.id + "/merge?q=" + elsewhere.id).then().statusCode(200)
                .body(containsString("data-claim=\"" + elsewhere.id + "\""));
        reviewer.get("/candidates/" + statement.id + "/merge?q=" + "x".repeat(201)).then().statusCode(400)
                .body(containsString("data-testid=\"error-q\""));

        reviewer.post("/candidates/" + statement.id + "/merge", Map.of("version", statement.version,
                "claim", elsewhere.id)).then().statusCode(303);
        assertEquals(CandidateStatus.MERGED, reload(statement.id).status);
        assertEquals(1, Appearance.count("claim.id = ?1 and article.id = ?2", elsewhere.id, articleId));
    }

    @Test
    void dismissingLeavesNoClaim() {
        Candidate first = open().get(0);
        long claims = Claim.count();
        reviewer.post("/candidates/" + first.id + "/dismiss", Map.of("version", first.version)).then().statusCode(303);
        assertEquals(CandidateStatus.DISMISSED, reload(first.id).status);
        assertEquals(claims, Claim.count());
    }

    @Test
    void acceptAllRecordsEveryStatementWithASpeaker() {
        long withSpeaker = open().stream().filter(Candidate::speakerSure).count();
        long claims = Claim.count();
        reviewer.post("/candidates/accept-all", Map.of("article", articleId)).then().statusCode(303);

        assertTrue(Claim.count() - claims >= 1 && Claim.count() - claims <= withSpeaker,
                "claims recorded: " + (Claim.count() - claims) + " of " + withSpeaker);
        assertTrue(open().stream().noneMatch(Candidate::speakerSure),
                "only statements without a sure speaker stay open");
    }

    private List<Candidate> open() {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>list(
                "article.id = ?1 and status = ?2 order by start", articleId, CandidateStatus.OPEN));
    }

    private Candidate candidate(String content) {
        return open().stream().filter(c -> c.content.equals(content)).findFirst().orElseThrow();
    }

    private static Candidate reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.find(
                "from Candidate c left join fetch c.claim where c.id = ?1", id).<Candidate>firstResult());
    }
}
