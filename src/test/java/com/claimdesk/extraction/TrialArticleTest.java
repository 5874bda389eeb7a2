package com.claimdesk.extraction;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.claimdesk.TestSession;
import com.claimdesk.accounts.Role;
import com.claimdesk.articles.Article;
import com.claimdesk.claims.Claim;
import com.claimdesk.claims.ClaimFixtures;
import com.claimdesk.claims.ClaimStatus;
import com.claimdesk.claims.Claimant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An invented article in the shapes that gave wrong speakers in the trial (a description before the name, an
 * organisation with an article, a title before a name, a body's own figures, a role without a name), read by the
 * engine and accepted in bulk: only people and organisations the text names become claimants.
 */
@QuarkusTest
class TrialArticleTest {

    static final String OUTLET = "Harbour Gazette";

    static final String TRIAL = """
            Flood wall still unfinished as the harbour waits

            Local resident Maria Santos, 54, said she had waited five years for the flood wall to be finished.

            The Environment Agency said the canal would be dredged again in June.

            Mayor Helen Okafor called the delay regrettable and said the wall would be finished by spring.

            According to the council's own figures, 340 homes on the estate were flooded last winter.

            The World Health Organization said standing flood water could spread stomach infections.

            "We are doing everything we can to speed up the work," a spokesperson said.

            A spokesperson for the mayor said the budget for the wall had been doubled.

            Councillor David Brennan has denied that he will resign over the delay.

            Quennell said the pumps at the quay had failed twice this year.
            """;

    /** Who may be recorded as a claimant from the trial article: those it names, and the outlet for its own figures. */
    static final Set<String> NAMED = Set.of("Maria Santos", "Environment Agency", "Helen Okafor",
            "World Health Organization", "David Brennan", "Tom Quennell", OUTLET);

    @Test
    void theTrialShapesGiveTheRightSpeakers() {
        TestSession reviewer = TestSession.signedIn("trial", Role.CHECKER);
        long articleId = ingest(reviewer, TRIAL);

        assertEquals("Maria Santos", speakerOf(articleId, "waited five years"));
        assertEquals("Environment Agency", speakerOf(articleId, "canal would be dredged"));
        assertEquals("World Health Organization", speakerOf(articleId, "standing flood water"));
        assertEquals("Helen Okafor", speakerOf(articleId, "finished by spring"));
        assertFalse(found(articleId, "340 homes").speakerSure(), "the council's own figures name nobody sure");
        assertFalse(found(articleId, "doing everything we can").speakerSure(), "a spokesperson is nobody named");
        assertFalse(found(articleId, "budget for the wall").speakerSure(), "a role without its holder's name");
    }

    @Test
    void acceptAllOnTheTrialArticleCreatesOnlyClaimantsItNames() {
        TestSession reviewer = TestSession.signedIn("trialall", Role.CHECKER);
        // Already on record: the only Quennell, whom the article calls by surname alone.
        Claimant quennell = ClaimFixtures.claimant("Tom Quennell");
        long spokespeople = Claimant.count("lower(name) like '%spokesperson%'");
        long articleId = ingest(reviewer, TRIAL.replace("harbour waits", "harbour waits again"));

        String flash = reviewer.post("/candidates/accept-all", Map.of("article", articleId)).then().statusCode(303)
                .extract().cookie("claimdesk-flash");

        List<Claim> claims = claimsFrom(articleId);
        assertFalse(claims.isEmpty());
        Claim denial = claimOf(claims, "resign over the delay");
        List<Executable> checks = new ArrayList<>(claims.stream().<Executable>map(claim -> () -> assertTrue(
                NAMED.contains(claim.claimant.name), "claimant " + claim.claimant.name + " for: " + claim.statement))
                .toList());
        checks.addAll(List.of(
                () -> assertEquals(spokespeople, Claimant.count("lower(name) like '%spokesperson%'")),
                () -> assertEquals(quennell.id, claimOf(claims, "pumps at the quay").claimant.id),
                () -> assertEquals(0, Claimant.count("lower(name) = 'quennell'"), "no second Quennell"),
                () -> assertEquals("Maria Santos had waited five years for the flood wall to be finished",
                        claimOf(claims, "waited five years").claimReviewed),
                () -> assertEquals("David Brennan will not resign over the delay", denial.claimReviewed),
                () -> assertNull(denial.rewriteNote),
                () -> assertTrue(URLDecoder.decode(String.valueOf(flash), StandardCharsets.UTF_8)
                        .contains("left for you to pick the speaker"), flash)));
        assertAll(checks);
    }

    @Test
    void uncertainSpeakersKindsAndHiddenStatesOfMindOnTheArticlePage() {
        TestSession reviewer = TestSession.signedIn("trialpage", Role.CHECKER);
        Article article = ClaimFixtures.article("""
                The pier fees will double, the harbour master said. Officials think the ferry is too slow. \
                A Lakeshore Research poll showed Vega ahead.""");
        String text = article.text;
        Candidate unsure = candidate(article, StatementKind.INDIRECT, text, "The pier fees will double", "Local", 0.4);
        candidate(article, StatementKind.BELIEF, text, "the ferry is too slow", "Officials", 0.9);
        candidate(article, StatementKind.DOCUMENT, text, "Vega ahead", "Lakeshore Research", 0.9);

        reviewer.get("/articles/" + article.id).then().statusCode(200)
                .body(containsString("data-testid=\"speaker-uncertain\""))
                .body(containsString("document or poll"))
                .body(not(containsString("state of mind or intention</span>")))
                .body(not(containsString("the ferry is too slow</blockquote>")))
                .body(containsString("data-testid=\"show-beliefs\""));
        reviewer.get("/articles/" + article.id + "?beliefs=show").then().statusCode(200)
                .body(containsString("state of mind or intention</span>"))
                .body(containsString("the ferry is too slow</blockquote>"))
                .body(containsString("data-testid=\"hide-beliefs\""));

        // An uncertain speaker is the reviewer's to pick: accepting it opens the claim form.
        reviewer.post("/candidates/" + unsure.id + "/accept", Map.of("version", unsure.version)).then()
                .statusCode(303).header("Location", endsWith("/candidates/" + unsure.id + "/edit"));

        String flash = reviewer.post("/candidates/accept-all", Map.of("article", article.id)).then().statusCode(303)
                .extract().cookie("claimdesk-flash");
        String message = URLDecoder.decode(String.valueOf(flash), StandardCharsets.UTF_8);
        assertTrue(message.contains("1 claim recorded; 1 left for you to pick the speaker"), message);
        assertEquals(CandidateStatus.OPEN, reload(unsure.id).status);
        assertEquals(1, claimsFrom(article.id).size(), "neither the uncertain speaker nor the state of mind");
    }

    @Test
    void aDenialThatCannotBeTurnedWaitsForItsRewriteBeforeResearch() {
        TestSession reviewer = TestSession.signedIn("trialdeny", Role.CHECKER);
        Article article = ClaimFixtures.article("The harbour board denied receiving money from the developer.");
        Candidate denial = candidate(article, StatementKind.DENIAL, article.text,
                "receiving money from the developer", "Harbour Board " + UUID.randomUUID().toString().substring(0, 4),
                0.9);
        reviewer.post("/candidates/" + denial.id + "/accept", Map.of("version", denial.version)).then()
                .statusCode(303);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> Claim.findForPage(reload(denial.id).claim.id)
                .orElseThrow());
        assertNotNull(claim.rewriteNote);

        reviewer.get("/claims/" + claim.id).then().statusCode(200)
                .body(containsString("data-testid=\"rewrite-note\""));
        reviewer.post("/claims/" + claim.id + "/status", Map.of("version", claim.version, "to", "RESEARCHING"))
                .then().statusCode(400).body(containsString("Research cannot start yet"));
        reviewer.post("/verdicts", Map.of("claim", claim.id, "conclusion", "No payment found")).then()
                .statusCode(409).body(containsString("Research cannot start yet"));
        assertEquals(ClaimStatus.NEW, reloadClaim(claim.id).status);

        Map<String, Object> rewritten = new HashMap<>(Map.of("version", claim.version,
                "statement", claim.statement, "claimant", claim.claimant.name, "kind", claim.kind.name(),
                "claimReviewed", "The harbour board received no money from the developer"));
        reviewer.post("/claims/" + claim.id, rewritten).then().statusCode(303);
        Claim after = reloadClaim(claim.id);
        assertNull(after.rewriteNote);
        reviewer.post("/claims/" + claim.id + "/status", Map.of("version", after.version, "to", "RESEARCHING"))
                .then().statusCode(303);
        assertEquals(ClaimStatus.RESEARCHING, reloadClaim(claim.id).status);
    }

    private static long ingest(TestSession reviewer, String text) {
        return ((Number) TestSession.api(reviewer.username)
                .body(Map.of("title", "Trial " + UUID.randomUUID(), "publishedAt", "2026-11-20", "outlet", OUTLET,
                        "text", text + "\n" + UUID.randomUUID()))
                .post("/api/articles").then().statusCode(201).extract().path("id")).longValue();
    }

    private static Candidate candidate(Article article, StatementKind kind, String text, String content,
            String speaker, double confidence) {
        int start = text.indexOf(content);
        return QuarkusTransaction.requiringNew().call(() -> {
            Candidate candidate = Candidate.of(Article.findById(article.id), new Statement(kind, content, start,
                    start + content.length(), speaker, "said", List.of(), confidence));
            candidate.persist();
            return candidate;
        });
    }

    private static Candidate found(long articleId, String words) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.<Candidate>list("article.id = ?1", articleId)
                .stream().filter(c -> c.content.contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement found with: " + words)));
    }

    private static String speakerOf(long articleId, String words) {
        return found(articleId, words).speaker;
    }

    private static List<Claim> claimsFrom(long articleId) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>find("""
                select distinct c from Claim c join fetch c.claimant join c.appearances ap
                where ap.article.id = ?1""", articleId).list());
    }

    private static Claim claimOf(List<Claim> claims, String words) {
        return claims.stream().filter(c -> c.statement.contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim recorded with: " + words));
    }

    private static Candidate reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Candidate.find(
                "from Candidate c left join fetch c.claim where c.id = ?1", id).<Candidate>firstResult());
    }

    private static Claim reloadClaim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Claim.<Claim>findById(id));
    }
}
